// The language switch: a labelled group of two toggle buttons, each language named in itself.
import { LOCALES, LOCALE_ENDONYMS } from '../../shared/locales';
import { lang, t } from '../i18n';
import { updateSettings } from '../settings';
import { h } from './dom';

export function languageSwitch(): HTMLElement {
  return h('div', { class: 'lang-switch', role: 'group', 'aria-label': t('common:language'), 'data-testid': 'language-switch' },
    ...LOCALES.map((id) => h('button', {
      type: 'button',
      lang: id,
      'aria-pressed': String(lang() === id),
      'data-focus-id': `lang-${id}`,
      'data-testid': `lang-${id}`,
      onclick: () => { void updateSettings({ language: id }); },
    }, LOCALE_ENDONYMS[id])));
}
