// Choosing who to be: a list of the laid-off workers (arrow keys move through it) and, beside it, the chosen
// one's portrait, story and the facts that decide what is open to them.
import { num, t, yuan } from '../i18n';
import { listPersonas, listScenarios, type Persona } from '../game/sim-api';
import { h } from './dom';
import { portrait } from './portrait';
import { redraw, type Screen } from './screens';
import { personaName } from './text';

function familyLines(p: Persona): string[] {
  const f = p.family;
  const lines = [t(`game:persona.spouse.${f.spouse}`)];
  if (f.children.length) lines.push(t('game:persona.children', { count: f.children.length, ages: f.children.map((c) => num(c.age)).join(t('game:persona.listSep')) }));
  else lines.push(t('game:persona.noChildren'));
  const sick = f.elders.filter((e) => e.sick).length;
  if (f.elders.length) lines.push(sick ? t('game:persona.eldersSick', { count: f.elders.length }) : t('game:persona.elders', { count: f.elders.length }));
  return lines;
}

/** `ws` turns the persona's 2016 yuan into the scenario's yuan (the model does the same for wages and savings). */
export function personaFacts(p: Persona, ws = 1): HTMLElement {
  const gap = p.statutoryRetirementAge - p.age;
  const window = p.age >= p.earliestRetirementAge;
  const row = (k: string, v: string, id?: string) => [h('dt', {}, k), h('dd', id ? { 'data-testid': id } : {}, v)];
  return h('dl', { class: 'facts persona-facts', 'data-testid': 'persona-facts' },
    ...row(t('game:persona.age'), t('game:persona.ageValue', { age: num(p.age), statutory: num(p.statutoryRetirementAge), gap: num(gap), n: num(gap), count: gap }), 'fact-age'),
    ...row(t('game:persona.neitui'), window ? t('game:persona.neituiYes', { earliest: num(p.earliestRetirementAge) }) : t('game:persona.neituiNo', { earliest: num(p.earliestRetirementAge) }), 'fact-neitui'),
    ...row(t('game:persona.job'), t(`content:job.${p.job}`) + (p.arduous ? t('game:persona.arduous', { years: num(p.arduousYears), n: num(p.arduousYears), count: p.arduousYears }) : '')),
    ...row(t('game:persona.service'), t('game:persona.years', { count: p.yearsOfService, n: num(p.yearsOfService) })),
    ...row(t('game:persona.wage'), t('game:fig.perMonth', { amount: yuan(Math.round(p.monthlyWage * ws)) })),
    ...row(t('game:persona.severance'), yuan(p.severance), 'fact-severance'),
    ...row(t('game:persona.savings'), yuan(Math.round(p.savings * ws))),
    ...row(t('game:persona.family'), familyLines(p).join(t('game:persona.sentenceSep'))),
    ...row(t('game:persona.housing'), t(`game:persona.housingValue.${p.housing}`)),
    ...row(t('game:persona.skills'), p.skills.map((s) => t(`content:skill.${s}`)).join(t('game:persona.listSep'))),
    ...row(t('game:persona.guarantor'), t(`content:relation.${p.guarantor.relation}`)));
}

export function personaScreen(scenarioId: string, initial: string | null, choose: (personaId: string) => void, back: () => void): Screen {
  const personas = listPersonas(scenarioId);
  const ws = listScenarios().find((s) => s.id === scenarioId)?.params.wageScale.value ?? 1;
  let picked = initial && personas.some((p) => p.id === initial) ? initial : personas[0]!.id;
  const screen: Screen = {
    initialFocus: `persona-${picked}`,
    render: () => {
      const p = personas.find((x) => x.id === picked)!;
      const name = personaName(p.id);
      return h('main', { class: 'screen', 'data-testid': 'persona-screen' },
        h('div', { class: 'card wide persona-layout' },
          h('h1', { id: 'persona-h' }, t('game:persona.title')),
          h('fieldset', { class: 'radio-list options persona-list', 'data-testid': 'persona-list' },
            h('legend', { class: 'visually-hidden' }, t('game:persona.listLabel')),
            ...personas.map((x) => h('label', { class: `option persona-option ${x.id === picked ? 'picked' : ''}` },
              h('input', {
                type: 'radio', name: 'persona', value: x.id, checked: x.id === picked, 'data-focus-id': `persona-${x.id}`, 'data-testid': `persona-${x.id}`,
                onchange: () => { picked = x.id; redraw(); },
              }),
              portrait({ id: x.id, gender: x.gender, age: x.age, job: x.job }, t('game:persona.portraitOf', { name: personaName(x.id) }), 48),
              h('span', { class: 'option-body' },
                h('span', { class: 'option-name' }, personaName(x.id)),
                h('span', { class: 'option-detail' }, t('game:persona.short', { age: num(x.age), job: t(`content:job.${x.job}`), province: t(`content:province.${x.province}`) })))))),
          h('section', { class: 'persona-detail', 'aria-labelledby': 'persona-name', 'data-testid': 'persona-detail' },
            h('div', { class: 'persona-head' },
              portrait({ id: p.id, gender: p.gender, age: p.age, job: p.job }, t('game:persona.portraitOf', { name }), 112),
              h('div', {},
                h('h2', { id: 'persona-name' }, name),
                h('p', { class: 'persona-sub' }, t('game:persona.short', { age: num(p.age), job: t(`content:job.${p.job}`), province: t(`content:province.${p.province}`) })))),
            h('p', { class: 'story' }, t(`content:persona.${p.id}.story`)),
            personaFacts(p, ws)),
          h('div', { class: 'actions persona-actions' },
            h('button', { type: 'button', class: 'button', 'data-focus-id': 'persona-back', 'data-testid': 'persona-back', onclick: back }, t('common:back')),
            h('button', { type: 'button', class: 'button primary', 'data-focus-id': 'persona-choose', 'data-testid': 'persona-choose', onclick: () => choose(picked) }, t('game:persona.choose', { name })))));
    },
  };
  return screen;
}
