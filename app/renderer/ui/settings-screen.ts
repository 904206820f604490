// Settings: language, text size (four steps), motion. Opened from the title or from the game; "back"
// returns to where the player came from. The game has no sound, so there is no sound switch.
import { TEXT_SIZES } from '../../shared/settings';
import { percent, t } from '../i18n';
import { getSettings, updateSettings } from '../settings';
import { h } from './dom';
import { languageSwitch } from './language-switch';
import type { Screen } from './screens';

const SIZE_KEYS = ['game:settings.size.0', 'game:settings.size.1', 'game:settings.size.2', 'game:settings.size.3'];

function radioGroup(name: string, legend: string, options: { value: string; label: string }[], checked: string, onPick: (v: string) => void): HTMLElement {
  return h('fieldset', { class: 'field radio-list', 'data-testid': `settings-${name}` },
    h('legend', {}, legend),
    ...options.map((o) => h('label', { class: 'radio' },
      h('input', { type: 'radio', name, value: o.value, checked: o.value === checked, 'data-focus-id': `${name}-${o.value}`, 'data-testid': `${name}-${o.value}`, onchange: () => onPick(o.value) }),
      h('span', {}, o.label))));
}

export function settingsScreen(back: () => void): Screen {
  return {
    render: () => {
      const s = getSettings();
      const motion = s.reducedMotion === null ? 'system' : s.reducedMotion ? 'reduce' : 'allow';
      return h('main', { class: 'screen', 'data-testid': 'settings-screen' },
        h('section', { class: 'card narrow', 'aria-labelledby': 'settings-h' },
          h('h1', { id: 'settings-h' }, t('game:settings.title')),
          h('div', { class: 'field' }, h('p', { class: 'field-label', id: 'lang-label' }, t('common:language')), languageSwitch()),
          radioGroup('textsize', t('game:settings.textSize'),
            TEXT_SIZES.map((f, i) => ({ value: String(i), label: t(SIZE_KEYS[i] ?? SIZE_KEYS[0]!, { size: percent(f) }) })),
            String(s.textSize), (v) => { void updateSettings({ textSize: Number(v) }); }),
          radioGroup('motion', t('game:settings.motion'), [
            { value: 'system', label: t('game:settings.motionSystem') },
            { value: 'reduce', label: t('game:settings.motionReduce') },
            { value: 'allow', label: t('game:settings.motionAllow') },
          ], motion, (v) => { void updateSettings({ reducedMotion: v === 'system' ? null : v === 'reduce' }); }),
          h('p', { class: 'hint' }, t('game:settings.noSound')),
          h('div', { class: 'actions' },
            h('button', { type: 'button', class: 'button primary', 'data-focus-id': 'settings-back', 'data-testid': 'settings-back', onclick: back }, t('common:back')))));
    },
  };
}
