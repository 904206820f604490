// The crowded street in numbers, every month, without hovering: for the player's trade (or, on other paths,
// the most crowded trade and the job centre's queue) how many firms are open, the price against before the
// layoffs, closures last month and a sparkline of the last months; and a button that shows that row in the street.
import { num, percent, t } from '../../i18n';
import type { GameState } from '../../game/sim-api';
import { sparkPoints, townNews, tradeStripData, type TradeStripData } from '../../game/play-figures';
import '../../styles/play.css';
import { h } from '../dom';
import { ct } from '../text';

const SVG = 'http://www.w3.org/2000/svg';
const W = 96;
const H = 24;

function svg(tag: string, attrs: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** The sentence a screen reader hears for the sparkline (the drawing itself is hidden from it). */
export function sparkText(d: TradeStripData): string {
  if (d.series.length < 2) return t('play:strip.sparkShort');
  const first = d.series[0] ?? 0;
  const last = d.series[d.series.length - 1] ?? 0;
  const peak = Math.max(...d.series);
  return t('play:strip.spark', { count: d.series.length, from: num(first), to: num(last), peak: num(peak) });
}

export function priceText(pi: number): string {
  if (Math.abs(pi - 1) < 0.005) return t('play:strip.priceSame');
  return t(pi < 1 ? 'play:strip.priceDown' : 'play:strip.priceUp', { percent: percent(pi), diff: percent(Math.abs(1 - pi)) });
}

function sparkline(d: TradeStripData): HTMLElement {
  const box = h('span', { class: 'spark', role: 'img', 'aria-label': sparkText(d), 'data-testid': 'strip-spark' });
  const s = svg('svg', { viewBox: `-4 -4 ${W + 8} ${H + 8}`, preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
  const pts = sparkPoints(d.series, W, H);
  if (pts) s.append(svg('polyline', { points: pts, fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linejoin': 'round', 'vector-effect': 'non-scaling-stroke' }));
  box.append(s);
  return box;
}

export function tradeStrip(state: GameState, showTrade: (businessId: string) => void, jobSeekers: number | null = null): HTMLElement | null {
  const d = tradeStripData(state, jobSeekers);
  if (!d) return null;
  const name = ct(`business.${d.businessId}.name`);
  const down = d.priceIndex < 0.995;
  return h('section', {
    class: `trade-strip mode-${d.mode}`, 'aria-labelledby': 'strip-h', 'data-testid': 'trade-strip',
    'data-business': d.businessId, 'data-open': String(d.open), 'data-closed': String(d.closedLastMonth), 'data-price': d.priceIndex.toFixed(4),
  },
  h('h3', { id: 'strip-h' }, d.mode === 'own' ? t('play:strip.own', { business: name }) : t('play:strip.crowded', { business: name })),
  h('div', { class: 'strip-row' },
    h('dl', { class: 'strip-figs' },
      h('div', {}, h('dt', {}, t('play:strip.open')), h('dd', { class: 'num', 'data-testid': 'strip-open' }, num(d.open))),
      h('div', { class: down ? 'down' : '' }, h('dt', {}, t('play:strip.price')),
        h('dd', { class: 'num', 'data-testid': 'strip-price' }, down ? h('span', { 'aria-hidden': 'true' }, '▼ ') : null, percent(d.priceIndex))),
      h('div', { class: d.closedLastMonth > 0 ? 'closed' : '' }, h('dt', {}, t('play:strip.closed')),
        h('dd', { class: 'num', 'data-testid': 'strip-closed' }, d.closedLastMonth > 0 ? h('span', { 'aria-hidden': 'true' }, '▮ ') : null, num(d.closedLastMonth)))),
    sparkline(d)),
  h('p', { class: 'strip-say hint', 'data-testid': 'strip-say' },
    priceText(d.priceIndex), ' ',
    d.waiting !== null ? t('play:strip.waiting', { count: d.waiting, n: num(d.waiting) }) : ''),
  h('button', {
    type: 'button', class: 'button small show-trade', 'data-focus-id': 'show-trade', 'data-testid': 'show-trade',
    onclick: () => showTrade(d.businessId),
  }, d.mode === 'own' ? t('play:strip.showMine') : t('play:strip.showThem', { business: name })));
}

/** The town's news for the month just played, in words (null before the first month ends). */
export function newsText(state: GameState): string | null {
  const n = townNews(state);
  if (!n) return null;
  const p: Record<string, unknown> = { ...n.params };
  if (typeof n.params.businessId === 'string') p.business = ct(`business.${n.params.businessId}.name`);
  if (typeof n.params.count === 'number') p.n = num(n.params.count);
  return t(n.key, p);
}

export function newsLine(state: GameState): HTMLElement | null {
  const text = newsText(state);
  if (!text) return null;
  return h('p', { class: 'town-news', 'data-testid': 'town-news' },
    h('span', { class: 'news-label' }, t('play:news.label')), ' ', text);
}
