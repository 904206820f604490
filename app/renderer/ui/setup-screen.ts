// New game set-up: which world (2016 coal and steel, or the 1998 xiagang wave), an optional class code that
// gives every student the same world, and an optional nickname for the results file.
import { t } from '../i18n';
import { readClassCode } from '../game/class-code';
import { classCodeStatus } from './class-code-status';
import { DEFAULT_SCENARIO_ID, listScenarios } from '../game/sim-api';
import '../styles/classroom.css';
import { h } from './dom';
import type { Screen } from './screens';

export interface SetupChoice {
  scenarioId: string;
  classCode: string | null;
  nickname: string | null;
}

export function setupScreen(initial: Partial<SetupChoice>, next: (c: SetupChoice) => void, back: () => void): Screen {
  const choice: SetupChoice = { scenarioId: initial.scenarioId ?? DEFAULT_SCENARIO_ID, classCode: initial.classCode ?? null, nickname: initial.nickname ?? null };
  const status = classCodeStatus('class-code-status');
  const submit = (form: HTMLFormElement) => {
    const code = readClassCode(choice.classCode ?? '');
    if (code.kind === 'invalid') {
      status.update(code, true);
      form.querySelector<HTMLInputElement>('#class-code')?.focus();
      return;
    }
    // A settings code decides the world; an older code or none leaves the choice above.
    const scenarioId = code.kind === 'settings' ? code.settings.scenarioId : choice.scenarioId;
    const classCode = code.kind === 'settings' || code.kind === 'seedOnly' ? code.code : null;
    next({ ...choice, scenarioId, classCode });
  };
  return {
    render: () => {
      const scenarios = listScenarios();
      status.update(readClassCode(choice.classCode ?? ''), false);
      return h('main', { class: 'screen', 'data-testid': 'setup-screen' },
        h('form', {
          class: 'card narrow', 'aria-labelledby': 'setup-h',
          onsubmit: (e: Event) => { e.preventDefault(); submit(e.currentTarget as HTMLFormElement); },
        },
        h('h1', { id: 'setup-h' }, t('game:setup.title')),
        h('fieldset', { class: 'radio-list options', 'data-testid': 'scenario-list' },
          h('legend', {}, t('game:setup.scenario')),
          ...scenarios.map((s) => h('label', { class: `option ${choice.scenarioId === s.id ? 'picked' : ''}` },
            h('input', { type: 'radio', name: 'scenario', value: s.id, checked: choice.scenarioId === s.id, 'data-focus-id': `scenario-${s.id}`, 'data-testid': `scenario-${s.id}`, onchange: () => { choice.scenarioId = s.id; } }),
            h('span', { class: 'option-body' },
              h('span', { class: 'option-name' }, t(`content:scenario.${s.id}.name`)),
              h('span', { class: 'option-detail' }, t(`content:scenario.${s.id}.summary`)))))),
        h('div', { class: 'field' },
          h('label', { for: 'class-code' }, t('game:setup.classCode')),
          h('input', {
            id: 'class-code', name: 'class-code', type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: 24, value: choice.classCode ?? '',
            'aria-describedby': 'class-code-hint class-code-status', 'data-focus-id': 'class-code', 'data-testid': 'class-code',
            oninput: (e: Event) => {
              const v = (e.target as HTMLInputElement).value.trim();
              choice.classCode = v || null;
              status.update(readClassCode(v), false);
            },
          }),
          h('p', { class: 'hint', id: 'class-code-hint' }, t('game:setup.classCodeHint')),
          status.el),
        h('div', { class: 'field' },
          h('label', { for: 'nickname' }, t('game:setup.nickname')),
          h('input', {
            id: 'nickname', name: 'nickname', type: 'text', autocomplete: 'off', maxlength: 24, value: choice.nickname ?? '',
            'aria-describedby': 'nickname-hint', 'data-focus-id': 'nickname', 'data-testid': 'nickname',
            oninput: (e: Event) => { const v = (e.target as HTMLInputElement).value.trim(); choice.nickname = v || null; },
          }),
          h('p', { class: 'hint', id: 'nickname-hint' }, t('game:setup.nicknameHint'))),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'button', 'data-focus-id': 'setup-back', 'data-testid': 'setup-back', onclick: back }, t('common:back')),
          h('button', { type: 'submit', class: 'button primary', 'data-focus-id': 'setup-next', 'data-testid': 'setup-next' }, t('game:setup.next')))));
    },
  };
}
