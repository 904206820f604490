// What the month screen shows about the crowded street and the quiet months, read from the model's state
// (GameState.market and .history) by small pure functions, so unit tests can check the numbers behind the words.
import type { GameState, MonthRecord } from './sim-api';

/** How many recent months the trade strip's sparkline covers. */
export const SPARK_MONTHS = 12;

export interface TradeStripData {
  /** 'own': the player's business trade; 'crowded': the most crowded trade (other paths, or before choosing). */
  mode: 'own' | 'crowded';
  businessId: string;
  open: number;
  /** Price index of the trade (1 = before the layoffs). */
  priceIndex: number;
  /** Firms of the trade that closed in the last month played. */
  closedLastMonth: number;
  /** Open firms of the trade at the end of each recent month (oldest first), for the sparkline. */
  series: number[];
  /** Laid-off workers looking for local work (the job centre's queue, the model's figure); null on the business path. */
  waiting: number | null;
}

const openOf = (state: GameState, businessId: string): number =>
  state.market.firms.reduce((n, f) => n + (f.closedMonth === null && f.businessId === businessId ? 1 : 0), 0);

/** The month whose results the screen shows (the last month played), or null before the first month ends. */
const lastRecord = (state: GameState): MonthRecord | null => state.history[state.history.length - 1] ?? null;

/** The trade with the most open firms now (ties: the first in the market's own order), or null with no firms. */
export function mostCrowdedTrade(state: GameState): string | null {
  const counts = new Map<string, number>();
  for (const f of state.market.firms) if (f.closedMonth === null) counts.set(f.businessId, (counts.get(f.businessId) ?? 0) + 1);
  let best: string | null = null;
  let bestN = 0;
  for (const [id, n] of counts) if (n > bestN) { best = id; bestN = n; }
  return best;
}

export function tradeStripData(state: GameState, jobSeekers: number | null = null): TradeStripData | null {
  const own = state.path?.path === 'business' ? state.path.businessId : null;
  const businessId = own ?? mostCrowdedTrade(state);
  if (!businessId) return null;
  const last = lastRecord(state);
  const closedLastMonth = last ? state.market.firms.filter((f) => f.businessId === businessId && f.closedMonth === last.month).length : 0;
  const series = state.history.slice(-SPARK_MONTHS).map((r) => r.openByType[businessId] ?? 0);
  return {
    mode: own ? 'own' : 'crowded',
    businessId,
    open: openOf(state, businessId),
    priceIndex: state.market.priceIndex[businessId] ?? 1,
    closedLastMonth,
    series,
    waiting: own ? null : jobSeekers,
  };
}

/** Points of a sparkline in a w x h box (y grows downwards), scaled from 0 to the series' maximum. */
export function sparkPoints(series: readonly number[], w: number, h: number): string {
  if (!series.length) return '';
  const max = Math.max(1, ...series);
  const dx = series.length > 1 ? w / (series.length - 1) : 0;
  return series.map((v, i) => `${(i * dx).toFixed(1)},${(h - (v / max) * h).toFixed(1)}`).join(' ');
}

export interface NewsItem { key: string; params: Record<string, string | number> }

/** Events of the model that are news for the whole town (market, debt), in the order they matter to it. */
const TOWN_EVENTS = ['tvStory', 'bankCallsLoan', 'remittancesDry', 'priceShock', 'chengguan'];

/**
 * One line of town news for the last month played: a town-wide event, else closures, else openings, else
 * how many businesses the street holds. Keys are in the `play` namespace.
 */
export function townNews(state: GameState): NewsItem | null {
  const last = lastRecord(state);
  if (!last) return null;
  const m = last.month;
  // Events are drawn as a month begins, so the news of the month just played includes the new month's events.
  const happened = state.timeline.filter((e) => (e.month === m || e.month === state.month) && /^event\.[^.]+\.title$/.test(e.key));
  for (const id of TOWN_EVENTS) {
    const e = happened.find((x) => x.key === `event.${id}.title`);
    if (e) return { key: `play:news.${id}`, params: { ...e.params } };
  }
  const closed = state.market.firms.filter((f) => f.closedMonth === m);
  if (closed.length) {
    const top = topTrade(closed.map((f) => f.businessId));
    return { key: closed.length > 1 && top.n < 2 ? 'play:news.closuresMixed' : 'play:news.closures', params: { count: closed.length, businessId: top.id, same: top.n } };
  }
  const opened = state.market.firms.filter((f) => f.openedMonth === m);
  if (opened.length) {
    const top = topTrade(opened.map((f) => f.businessId));
    return { key: opened.length > 1 && top.n < 2 ? 'play:news.openingsMixed' : 'play:news.openings', params: { count: opened.length, businessId: top.id, same: top.n } };
  }
  return { key: 'play:news.quiet', params: { count: state.market.firms.filter((f) => f.closedMonth === null).length } };
}

function topTrade(ids: readonly string[]): { id: string; n: number } {
  const c = new Map<string, number>();
  for (const id of ids) c.set(id, (c.get(id) ?? 0) + 1);
  let id = ids[0] ?? '';
  let n = 0;
  for (const [k, v] of c) if (v > n) { id = k; n = v; }
  return { id, n };
}

export interface QuietSummary {
  months: number;
  income: number;
  expenses: number;
  /** Savings at the end minus savings before the first quiet month. */
  cashChange: number;
  debtChange: number;
  /** The strip's trade and how many of its firms were open before and after those months. */
  businessId: string | null;
  openBefore: number;
  openAfter: number;
  /** Months in which the family went without. */
  goingWithout: number;
}

/** What happened over the months that passed with one press ("six months passed: ..."). */
export function quietSummary(before: GameState, after: GameState): QuietSummary | null {
  const recs = after.history.slice(before.history.length);
  if (!recs.length) return null;
  const first = recs[0]!;
  const lastR = recs[recs.length - 1]!;
  const prevDebt = before.history[before.history.length - 1]?.debt ?? 0;
  const strip = tradeStripData(after);
  const businessId = strip?.businessId ?? null;
  return {
    months: recs.length,
    income: recs.reduce((s, r) => s + r.income, 0),
    expenses: recs.reduce((s, r) => s + Math.abs(r.expenses), 0),
    cashChange: lastR.cash - first.cashStart,
    debtChange: lastR.debt - prevDebt,
    businessId,
    // open before the first quiet month: the market as it stood when the player pressed the button
    openBefore: businessId ? openOf(before, businessId) : 0,
    openAfter: businessId ? (lastR.openByType[businessId] ?? 0) : 0,
    goingWithout: recs.filter((r) => r.goingWithout).length,
  };
}

/** How many times the pending event has come before (0 = first time), from the model's per-event counts. */
export function eventRepeats(state: GameState, eventIds: readonly string[]): number {
  const ev = state.pendingEvent;
  if (!ev) return 0;
  const i = eventIds.indexOf(ev.id);
  if (i < 0) return 0;
  // eventCount already includes the firing now on screen.
  return Math.max(0, (state.eventCount[i] ?? 1) - 1);
}
