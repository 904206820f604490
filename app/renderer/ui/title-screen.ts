// The title screen: the game's name, the main menu and the language switch.
import { t } from '../i18n';
import { h } from './dom';
import { languageSwitch } from './language-switch';
import type { Screen } from './screens';

export interface TitleActions {
  newGame?: () => void;
  continueGame?: () => void; // present only when a save exists
  settings?: () => void;
  teacher?: () => void;
  savedGames?: () => void;
  about?: () => void;
  /** Help: teacher guide, the model, glossary, sources, curriculum. */
  help?: () => void;
  hostClass?: () => void;
  joinClass?: () => void;
  /** A message shown above the menu (e.g. the saved game could not be read); rebuilt in the active language. */
  notice?: () => string;
  /** Buttons under the notice (e.g. download a copy of a save that cannot be kept aside). */
  noticeActions?: { id: string; label: () => string; run: () => void }[];
}

export function titleScreen(actions: TitleActions): Screen {
  const item = (id: string, label: string, fn?: () => void) =>
    fn ? h('li', {}, h('button', { type: 'button', class: 'menu-button', 'data-focus-id': id, 'data-testid': id, onclick: fn }, label)) : null;
  return {
    initialFocus: actions.continueGame ? 'menu-continue' : 'menu-new',
    render: () =>
      h('main', { class: 'screen title-screen', 'data-testid': 'title-screen' },
        h('div', { class: 'title-card' },
          h('h1', { 'data-testid': 'title' }, t('common:appTitle')),
          h('p', { class: 'subtitle' }, t('common:appSubtitle')),
          actions.notice ? h('div', { class: 'notice', role: 'alert', 'data-testid': 'title-notice' }, actions.notice(),
            actions.noticeActions?.length ? h('div', { class: 'notice-actions' }, ...actions.noticeActions.map((a) =>
              h('button', { type: 'button', class: 'button small', 'data-focus-id': a.id, 'data-testid': a.id, onclick: a.run }, a.label()))) : null) : null,
          h('nav', { 'aria-label': t('common:menu.label') },
            h('ul', { class: 'menu' },
              item('menu-continue', t('common:menu.continue'), actions.continueGame),
              item('menu-new', t('common:menu.newGame'), actions.newGame),
              item('menu-saved', t('classroom:menu.savedGames'), actions.savedGames),
              item('menu-teacher', t('classroom:menu.teacher'), actions.teacher),
              item('menu-join-class', t('class:menu.join'), actions.joinClass),
              item('menu-host-class', t('class:menu.host'), actions.hostClass),
              item('menu-settings', t('common:menu.settings'), actions.settings),
              item('menu-help', t('common:menu.help'), actions.help),
              item('menu-about', t('common:menu.about'), actions.about))),
          languageSwitch())),
  };
}
