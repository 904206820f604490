// The teacher's screen, reached from the title: pick the world, change the policy (each setting with its unit,
// the scenario's value and that value's source), start from a preset, and get the class code for the board.
// Also the door to the class results view, which is loaded only when a teacher opens it.
import { num, percent, t, yuan } from '../i18n';
import { randomCodeSeed } from '../game/class-code';
import {
  CODE_SCENARIOS, PRESETS, SETTINGS, classCodeFor, presetOf, scenarioById, settingValue,
  type ClassSettings, type PresetId, type SettingDef,
} from '../../shared/class-settings';
import '../styles/classroom.css';
import { h } from './dom';
import { redraw, type Screen } from './screens';

export interface TeacherActions {
  back: () => void;
  classView: () => void;
}

/** The value a setting has at a level, in words with its unit. */
function valueText(def: SettingDef, scenarioId: string, level: number): string {
  const v = settingValue(def, scenarioById(scenarioId)!, level);
  switch (def.unit) {
    case 'yuan': return yuan(v as number);
    case 'yuanMonth': return t('classroom:unit.yuanMonth', { amount: yuan(v as number) });
    case 'months': return t('classroom:unit.months', { count: v as number });
    case 'workers': return t('classroom:unit.workers', { count: v as number, n: num(v as number) });
    case 'percent': return percent(v as number);
    case 'flag': return t(v ? 'classroom:unit.on' : 'classroom:unit.off');
  }
}

// Kept between visits in one sitting, so a teacher who looks at the results and comes back finds the same code.
let current: ClassSettings | null = null;

export function teacherScreen(actions: TeacherActions): Screen {
  const s: ClassSettings = current ??= { scenarioId: CODE_SCENARIOS[0], seed: randomCodeSeed(), levels: { ...PRESETS.defaults } };
  const set = (fn: () => void) => { fn(); redraw(); };
  return {
    initialFocus: `teacher-scenario-${s.scenarioId}`,
    render: () => {
      const code = classCodeFor(s);
      const preset = presetOf(s.levels);
      const scenario = scenarioById(s.scenarioId)!;
      return h('main', { class: 'screen', 'data-testid': 'teacher-screen' },
        h('div', { class: 'card wide teacher' },
          h('h1', { id: 'teacher-h' }, t('classroom:teacher.title')),
          h('p', {}, t('classroom:teacher.intro')),
          h('section', { class: 'class-code-board', 'aria-labelledby': 'teacher-code-h' },
            h('h2', { id: 'teacher-code-h' }, t('classroom:teacher.codeTitle')),
            h('p', { class: 'board-code', 'data-testid': 'teacher-code', 'aria-live': 'polite', 'aria-atomic': 'true' }, code),
            h('p', { class: 'hint' }, t('classroom:teacher.codeHint', { seed: s.seed })),
            h('div', { class: 'actions' },
              h('button', { type: 'button', class: 'button', 'data-focus-id': 'teacher-new-world', 'data-testid': 'teacher-new-world', onclick: () => set(() => { s.seed = randomCodeSeed(); }) }, t('classroom:teacher.newWorld')),
              h('button', { type: 'button', class: 'button', 'data-focus-id': 'teacher-copy', 'data-testid': 'teacher-copy', onclick: () => { void navigator.clipboard?.writeText(code).catch(() => undefined); } }, t('classroom:teacher.copy')))),
          h('fieldset', { class: 'radio-list options' },
            h('legend', {}, t('classroom:teacher.scenario')),
            ...CODE_SCENARIOS.map((id) => h('label', { class: `option ${s.scenarioId === id ? 'picked' : ''}` },
              h('input', { type: 'radio', name: 'teacher-scenario', value: id, checked: s.scenarioId === id, 'data-focus-id': `teacher-scenario-${id}`, 'data-testid': `teacher-scenario-${id}`, onchange: () => set(() => { s.scenarioId = id; }) }),
              h('span', { class: 'option-body' }, h('span', { class: 'option-name' }, t(`content:scenario.${id}.name`)))))),
          h('fieldset', { class: 'presets' },
            h('legend', {}, t('classroom:teacher.presets')),
            h('div', { class: 'actions start' },
              ...(Object.keys(PRESETS) as PresetId[]).map((id) => h('button', {
                type: 'button', class: `button ${preset === id ? 'primary' : ''}`, 'aria-pressed': preset === id ? 'true' : 'false',
                'data-focus-id': `preset-${id}`, 'data-testid': `preset-${id}`, onclick: () => set(() => { s.levels = { ...PRESETS[id] }; }),
              }, t(`classroom:preset.${id}`)))),
            h('p', { class: 'hint' }, t(`classroom:presetHint.${preset ?? 'custom'}`))),
          h('div', { class: 'settings-grid', role: 'group', 'aria-labelledby': 'teacher-settings-h' },
            h('h2', { id: 'teacher-settings-h' }, t('classroom:teacher.settings')),
            ...SETTINGS.map((def) => {
              const prm = scenario.params[def.param];
              const id = `setting-${def.id}`;
              return h('div', { class: 'field setting' },
                h('label', { for: id }, t(`classroom:setting.${def.id}.label`)),
                h('select', {
                  id, 'data-focus-id': id, 'data-testid': id, 'aria-describedby': `${id}-about`,
                  onchange: (e: Event) => set(() => { s.levels = { ...s.levels, [def.id]: Number((e.target as HTMLSelectElement).value) }; }),
                }, ...[0, ...def.levels.map((_, i) => i + 1)].map((lv) => h('option', { value: lv, selected: s.levels[def.id] === lv },
                  lv === 0 ? t('classroom:teacher.defaultOption', { value: valueText(def, s.scenarioId, 0) }) : valueText(def, s.scenarioId, lv)))),
                h('p', { class: 'hint', id: `${id}-about` },
                  t(`classroom:setting.${def.id}.about`), ' ',
                  t('classroom:teacher.defaultIs', { value: valueText(def, s.scenarioId, 0), unit: prm.unit, source: prm.source })));
            })),
          h('p', { class: 'hint' }, t('classroom:teacher.notInCode')),
          h('div', { class: 'actions' },
            h('button', { type: 'button', class: 'button', 'data-focus-id': 'teacher-back', 'data-testid': 'teacher-back', onclick: actions.back }, t('common:back')),
            h('button', { type: 'button', class: 'button primary', 'data-focus-id': 'teacher-class-view', 'data-testid': 'teacher-class-view', onclick: actions.classView }, t('classroom:teacher.openClassView')))));
    },
  };
}
