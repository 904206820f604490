// "The layoff": a short, sourced account of what happened (2016, or 1998 in that scenario) and the four
// official measures under their real names, told once and neutrally. Skippable.
import { t } from '../i18n';
import { listScenarios } from '../game/sim-api';
import { h } from './dom';
import type { Screen } from './screens';

const MEASURES = ['retrain', 'retire', 'migrate', 'business'] as const;

/** The intro's text set: by the scenario's year (y2016, y1998). */
export function introKey(scenarioId: string): 'y2016' | 'y1998' {
  const year = listScenarios().find((s) => s.id === scenarioId)?.year ?? 2016;
  return year < 2005 ? 'y1998' : 'y2016';
}

export function introScreen(scenarioId: string, begin: () => void): Screen {
  const k = introKey(scenarioId);
  return {
    initialFocus: 'intro-h',
    render: () =>
      h('main', { class: 'screen', 'data-testid': 'intro-screen' },
        h('article', { class: 'card wide prose intro', 'aria-labelledby': 'intro-h' },
          h('div', { class: 'skip-row' },
            h('button', { type: 'button', class: 'button small', 'data-focus-id': 'intro-skip', 'data-testid': 'intro-skip', onclick: begin }, t('game:intro.skip'))),
          h('h1', { id: 'intro-h', tabindex: '-1', 'data-focus-id': 'intro-h' }, t(`game:intro.${k}.title`)),
          h('p', {}, t(`game:intro.${k}.what`)),
          h('p', {}, t(`game:intro.${k}.measuresLead`)),
          h('ol', { class: 'measures', 'data-testid': 'measures' },
            ...MEASURES.map((m) => h('li', {},
              h('strong', {}, t(`game:intro.${k}.measure.${m}.name`)), ' ',
              h('span', {}, t(`game:intro.${k}.measure.${m}.what`))))),
          h('p', {}, t(`game:intro.${k}.you`)),
          h('p', { class: 'sources-line' }, t(`game:intro.${k}.sources`)),
          h('div', { class: 'actions' },
            h('button', { type: 'button', class: 'button primary', 'data-focus-id': 'intro-begin', 'data-testid': 'intro-begin', onclick: begin }, t('game:intro.begin'))))),
  };
}
