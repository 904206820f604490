// About and sources: what the game is, where its facts come from, and the licences of what it is built with.
import { t } from '../i18n';
import { h } from './dom';
import type { Screen } from './screens';

/** Source ids in the order shown; texts in game:about.src.<id>. */
const SOURCES = ['essay', 'guidelines', 'mohrss', 'laws', 'retirement', 'pension', 'microcredit', 'nbs', 'training', 'unemployed', 'age4050', 'blacklist', 'firms', 'rcts', 'handan'] as const;
/** Software and fonts bundled with the game; texts in game:about.lib.<id>. */
const LIBS = ['font', 'phaser', 'i18next', 'chartjs', 'electron'] as const;

/** `help` opens the Help screen, where the teacher notes the About text mentions live. */
export function aboutScreen(back: () => void, help?: () => void): Screen {
  return {
    render: () =>
      h('main', { class: 'screen', 'data-testid': 'about-screen' },
        h('article', { class: 'card wide prose', 'aria-labelledby': 'about-h' },
          h('h1', { id: 'about-h' }, t('game:about.title')),
          h('p', {}, t('game:about.what')),
          h('p', {}, t('game:about.model')),
          h('h2', {}, t('game:about.sourcesTitle')),
          h('ul', { class: 'sources' }, ...SOURCES.map((id) => h('li', {}, t(`game:about.src.${id}`)))),
          h('h2', {}, t('game:about.creditsTitle')),
          h('p', {}, t('game:about.art')),
          h('ul', { class: 'sources' }, ...LIBS.map((id) => h('li', {}, t(`game:about.lib.${id}`)))),
          h('p', {}, t('game:about.privacy')),
          h('div', { class: 'actions' },
            help ? h('button', { type: 'button', class: 'button', 'data-focus-id': 'about-help', 'data-testid': 'about-help', onclick: help }, t('common:menu.help')) : null,
            h('button', { type: 'button', class: 'button primary', 'data-focus-id': 'about-back', 'data-testid': 'about-back', onclick: back }, t('common:back'))))),
  };
}
