// A round of the class market as a table: firms per trade (class, cohort, incumbents), price, average profit and
// break-even, with the student's own trade marked. Used by the student's class panel, code mode and the debrief.
import { t, yuan } from '../i18n';
import { h } from '../ui/dom';
import { CLASS_TRADES } from '../game/sim-api';
import type { ClassTick } from '../game/sim-api';
import { tradeName } from './names';

export function marketTable(tick: ClassTick, opts: { mine?: string | null; caption: string }): HTMLElement {
  const fmt = (n: number) => (Math.round(n * 10) / 10).toLocaleString();
  return h('table', { class: 'class-table', 'data-testid': 'class-market-table' },
    h('caption', {}, opts.caption),
    h('thead', {}, h('tr', {},
      ...['trade', 'class', 'cohort', 'incumbents', 'firms', 'breakEven', 'price', 'profit'].map((k) => h('th', { scope: 'col' }, t(`class:table.${k}`))))),
    h('tbody', {}, ...CLASS_TRADES.map((id, i) => {
      const over = tick.firms[i]! > tick.breakEven[i]!;
      return h('tr', { class: id === opts.mine ? 'mine' : '', 'data-trade': id },
        h('th', { scope: 'row' }, tradeName(id), id === opts.mine ? h('span', { class: 'mine-mark' }, ` ${t('class:table.yours')}`) : null),
        h('td', {}, fmt(tick.counts[i]! * tick.seatWeight)),
        h('td', {}, String(tick.cohort[i])),
        h('td', {}, String(tick.incumbents[i])),
        h('td', { class: over ? 'over' : '' }, fmt(tick.firms[i]!), over ? h('span', { class: 'over-mark' }, ` ${t('class:table.over')}`) : null),
        h('td', {}, String(tick.breakEven[i])),
        h('td', {}, `${Math.round(tick.priceIndex[i]! * 100)}%`),
        h('td', { class: tick.avgProfit[i]! < 0 ? 'loss' : '' }, yuan(tick.avgProfit[i]!)));
    })));
}
