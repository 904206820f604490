// "Host a class" from the title. The host is a plain Node program on the teacher's computer; this screen says how
// to start it and opens its dashboard (a page the host serves to this computer only).
import './class.css';
import { t } from '../i18n';
import { h } from '../ui/dom';
import type { Screen } from '../ui/screens';

export function hostScreen(back: () => void): Screen {
  return {
    render: () => h('main', { class: 'screen class-screen', 'data-testid': 'host-screen' },
      h('div', { class: 'panel class-panel' },
        h('h1', {}, t('class:host.title')),
        h('p', {}, t('class:host.intro')),
        h('ol', {},
          h('li', {}, t('class:host.step1'), ' ', h('code', {}, 'npm run --silent class-host -- --state class-data')),
          h('li', {}, t('class:host.step2')),
          h('li', {}, t('class:host.step3')),
          h('li', {}, t('class:host.step4'))),
        h('p', { class: 'hint' }, t('class:host.network')),
        h('div', { class: 'class-actions' }, h('button', { type: 'button', class: 'button', 'data-testid': 'host-back', onclick: back }, t('common:back'))))),
  };
}
