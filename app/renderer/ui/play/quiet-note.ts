// "Six months passed: ...": what a run of quiet months brought, so letting months pass never skips them
// silently. Shown at the top of the decisions panel until the player does something else.
import { num, signedYuan, t, yuanProse } from '../../i18n';
import type { QuietSummary } from '../../game/play-figures';
import { h } from '../dom';
import { ct } from '../text';

/** The summary's sentences (also read aloud), in the active language. */
export function quietLines(q: QuietSummary): string[] {
  const lines = [t('play:quiet.money', { income: yuanProse(q.income), spending: yuanProse(q.expenses), change: signedYuan(q.cashChange) })];
  if (q.debtChange !== 0) lines.push(t('play:quiet.debt', { change: signedYuan(q.debtChange) }));
  if (q.businessId) lines.push(t('play:quiet.trade', { business: ct(`business.${q.businessId}.name`), from: num(q.openBefore), to: num(q.openAfter) }));
  if (q.goingWithout > 0) lines.push(t('play:quiet.without', { count: q.goingWithout }));
  return lines;
}

export function quietTitle(q: QuietSummary): string {
  return t('play:quiet.title', { count: q.months });
}

export function quietNote(q: QuietSummary, close: () => void): HTMLElement {
  return h('section', { class: 'quiet-note', 'aria-labelledby': 'quiet-h', 'data-testid': 'quiet-summary', 'data-months': String(q.months) },
    h('h3', { id: 'quiet-h' }, quietTitle(q)),
    h('ul', {}, ...quietLines(q).map((l) => h('li', {}, l))),
    h('button', { type: 'button', class: 'button small', 'data-focus-id': 'quiet-close', 'data-testid': 'quiet-close', onclick: close }, t('play:quiet.close')));
}
