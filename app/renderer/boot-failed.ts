// The start-up failure screen of both pages (the game, the join page): a real screen, never a bare error, in the
// player's language when the texts loaded, in both otherwise (it may have to speak before the texts are loaded).
import { t } from './i18n';
import { h } from './ui/dom';
import { boot as bootEn } from '../../locales/en/saves.json';
import { boot as bootZh } from '../../locales/zh-CN/saves.json';

export function showBootFailed(e: unknown): void {
  console.error(e);
  const ui = document.getElementById('ui');
  if (!ui) return;
  const both = (key: 'failed' | 'reload') => `${bootEn[key]} / ${bootZh[key]}`;
  const say = (key: 'failed' | 'reload') => { const s = t(`saves:boot.${key}`); return s && s !== `saves:boot.${key}` ? s : both(key); };
  ui.replaceChildren(h('main', { class: 'screen title-screen', 'data-testid': 'boot-failed' },
    h('div', { class: 'title-card' },
      h('p', { class: 'notice', role: 'alert' }, say('failed')),
      h('button', { type: 'button', class: 'button primary', onclick: () => location.reload() }, say('reload')))));
  document.body.dataset.ready = 'true';
}
