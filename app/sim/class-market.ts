// The live class market's one rule: how the class's business choices, weighted to the town's cohort and topped up
// by a seeded simulated cohort, crowd each trade round by round. Host, students and code mode all call this.
import type { Category } from './types';
import { BUSINESSES } from './data/businesses';
import { findScenario } from './data/scenarios';
import { Rng, deriveSeed } from './rng';
import { valuesOf } from './values';
import { townWageIndex } from './market';
import { LOCATIONS } from './data/businesses';
import { SPENDING_SOURCES } from './data/town';
import * as TOWN from './data/town';

/** A class can weigh at most this many cohort workers per seat, so a class of 8 cannot swing the whole town. */
export const MAX_SEAT_WEIGHT = 4;
/** Trades in a fixed order (the order of the market code and of every counts array). */
export const CLASS_TRADES: readonly string[] = BUSINESSES.map((b) => b.id);
/** Highest count one trade can carry in a round (6 bits in the market code). */
export const MAX_TRADE_COUNT = 63;
/** Share of the cohort's business founders in a losing trade who see the losses and stay out (as in the solo market). */
const LOSS_DETERRENCE = TOWN.cohortFounderStayOutChance;
/** Share of cohort firms in a trade that close after a round in which the trade lost money on average. */
const COHORT_FAILURE_SHARE = TOWN.classRoundCohortFailureShare;
/** Share of incumbents who give up after a losing round. */
const INCUMBENT_EXIT_SHARE = TOWN.classRoundIncumbentExitShare;

/** The solo market's spending split (data/town.ts): wages, pensions, remittances per category. */
const SPENDING = Object.fromEntries(Object.entries(SPENDING_SOURCES).map(([k, x]) => [k, [x.wages, x.pensions, x.remittances] as const])) as Readonly<Record<Category, readonly [number, number, number]>>;
/** The average firm pays the mean of side-street and main-street rent (the cohort's usual spots). */
const AVERAGE_RENT_FACTOR = (LOCATIONS.sideStreet.rentFactor + LOCATIONS.mainStreet.rentFactor) / 2;

export interface ClassMarketParams {
  scenarioId: string;
  /** Seats in the class (the teacher's class size; at least 1). */
  seats: number;
  /** Months per round (the preset; default 3). */
  monthsPerRound: number;
}

/** One resolved round: class counts are students running each trade; everything else comes from this module. */
export interface ClassTick {
  round: number;
  /** The month (from 0) the round starts in. */
  month: number;
  seatWeight: number;
  /** Students running each trade this round (as entered). */
  counts: number[];
  /** Simulated cohort firms open in each trade this round (the top-up). */
  cohort: number[];
  /** Incumbent firms still open in each trade. */
  incumbents: number[];
  /** All firms: counts x seatWeight + cohort + incumbents, rounded to 2 decimals. */
  firms: number[];
  /** Firms new this round (weighted class entries plus cohort founders): what a student's own game takes in. */
  entrants: number[];
  /** Price index per trade (1 = before the layoffs). */
  priceIndex: number[];
  /** Average monthly profit of a firm in each trade, yuan (scenario money). */
  avgProfit: number[];
  /** Most firms a trade can carry this round with average profit still at or above zero. */
  breakEven: number[];
  /** Short hash of everything above: a client recomputes it to confirm it holds the same market. */
  check: string;
}

export type ClassHistory = readonly (readonly number[])[];

export function seatWeight(cohortSize: number, seats: number): number {
  const s = Math.max(1, Math.floor(seats));
  return Math.min(MAX_SEAT_WEIGHT, cohortSize / s);
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** FNV-1a over a canonical text, as 8 hex digits. Not a secret: only a "same numbers?" check. */
export function checkHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function tickCheck(t: Omit<ClassTick, 'check'>): string {
  return checkHash(JSON.stringify([t.round, t.month, r3(t.seatWeight), t.counts, t.cohort, t.incumbents, t.firms, t.entrants, t.priceIndex, t.avgProfit, t.breakEven]));
}

/** Recompute a tick's check (what a client does with a tick it received). */
export function verifyTick(t: ClassTick): boolean {
  const { check, ...rest } = t;
  return tickCheck(rest) === check;
}

/** Normalises one round's counts: nine non-negative whole numbers, capped at MAX_TRADE_COUNT. */
export function normaliseCounts(counts: readonly number[]): number[] {
  return CLASS_TRADES.map((_, i) => {
    const n = counts[i] ?? 0;
    return Number.isFinite(n) ? Math.max(0, Math.min(MAX_TRADE_COUNT, Math.floor(n))) : 0;
  });
}

/** Counts per trade from a list of choices (a trade id, or null for no business); unknown ids are ignored. */
export function countChoices(choices: readonly (string | null)[]): number[] {
  const out = CLASS_TRADES.map(() => 0);
  for (const c of choices) {
    if (c === null) continue;
    const i = CLASS_TRADES.indexOf(c);
    if (i >= 0) out[i] = Math.min(MAX_TRADE_COUNT, out[i]! + 1);
  }
  return out;
}

interface TradeEcon {
  demand: number;
  unitCost: number;
  fixed: number;
}

function economics(scenarioId: string, month: number): TradeEcon[] {
  const sc = findScenario(scenarioId);
  if (!sc) throw new Error(`unknown scenario ${scenarioId}`);
  const v = valuesOf(sc);
  const phase = Math.min(1, (month + 1) / v.layoffPhaseMonths);
  // The town's wage index as market.ts computes it, with the scenario's cohort laid off and not yet back in work.
  const wage = townWageIndex(v, phase, v.cohortSize + 1);
  const remit = 1 - v.townRemittanceCut * phase;
  return BUSINESSES.map((b) => {
    const [sw, sp, sr] = SPENDING[b.category];
    const idx = sw * wage + sp * 1 + sr * remit;
    const rent = b.rent * AVERAGE_RENT_FACTOR * v.wageScale;
    return { demand: b.baseDemand * v.wageScale * idx, unitCost: b.unitCostShare, fixed: rent + b.fixedMonthly * v.wageScale };
  });
}

function priceAt(bi: number, n: number, elasticity: number): number {
  const b = BUSINESSES[bi]!;
  const crowd = Math.min(TOWN.firmsCrowdPriceCap, Math.pow(b.incumbents / Math.max(1, n), elasticity));
  return b.unitCostShare + (1 - b.unitCostShare) * crowd;
}

function profitAt(e: TradeEcon, bi: number, n: number, elasticity: number): number {
  const firms = Math.max(1, n);
  const p = priceAt(bi, firms, elasticity);
  const volume = e.demand / firms;
  return volume * (p - e.unitCost) - e.fixed;
}

function breakEvenAt(e: TradeEcon, bi: number, elasticity: number): number {
  let n = 0;
  for (let k = 1; k <= 1000; k++) {
    if (profitAt(e, bi, k, elasticity) >= 0) n = k;
    else break;
  }
  return n;
}

/**
 * Folds the class's round counts (history[0] = round 1, ...) into the last round's tick. Pure: the same params,
 * seed and history give the same tick everywhere. Throws only for an unknown scenario or an empty history.
 */
export function resolveClassMarket(params: ClassMarketParams, classSeed: number, history: ClassHistory): ClassTick {
  const ticks = resolveClassHistory(params, classSeed, history);
  const last = ticks[ticks.length - 1];
  if (!last) throw new Error('resolveClassMarket needs at least one round');
  return last;
}

/** Every round's tick, in order (the fold itself; the debrief charts use all of them). */
export function resolveClassHistory(params: ClassMarketParams, classSeed: number, history: ClassHistory): ClassTick[] {
  const sc = findScenario(params.scenarioId);
  if (!sc) throw new Error(`unknown scenario ${params.scenarioId}`);
  const v = valuesOf(sc);
  const k = Math.max(1, Math.floor(params.monthsPerRound));
  const w = seatWeight(v.cohortSize, params.seats);
  // The cohort that the class does not stand for: its business founders, entering over the first ten months.
  const classShare = Math.min(1, (Math.max(1, Math.floor(params.seats)) * w) / Math.max(1, v.cohortSize));
  const topUpFounders = Math.round(v.cohortSize * (1 - classShare) * v.cohortShareBusiness);
  const nT = BUSINESSES.length;
  const cohortWeights = BUSINESSES.map((b) => b.cohortWeight);
  const planRng = Rng.fromSeed(deriveSeed(classSeed, 0x5eed));
  const plan: Array<[number, number]> = [];
  for (let i = 0; i < topUpFounders; i++) plan.push([planRng.int(...TOWN.cohortBusinessMonths), planRng.weighted(cohortWeights)]);
  plan.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let planNext = 0;

  const cohort = new Array<number>(nT).fill(0);
  const incumbents = BUSINESSES.map((b) => b.incumbents);
  let lastAvg = new Array<number>(nT).fill(0);
  let lastCounts = new Array<number>(nT).fill(0);
  const out: ClassTick[] = [];
  for (let r = 0; r < history.length; r++) {
    const rng = Rng.fromSeed(deriveSeed(classSeed, r + 1));
    const month = r * k;
    const counts = normaliseCounts(history[r] ?? []);
    // last round's losses: some cohort firms and incumbents close (drawn, seeded by round)
    if (r > 0) {
      for (let bi = 0; bi < nT; bi++) {
        if ((lastAvg[bi] ?? 0) >= 0) continue;
        let closed = 0;
        for (let f = 0; f < cohort[bi]!; f++) if (rng.chance(COHORT_FAILURE_SHARE)) closed++;
        cohort[bi] = cohort[bi]! - closed;
        let gone = 0;
        for (let f = 0; f < incumbents[bi]!; f++) if (rng.chance(INCUMBENT_EXIT_SHARE)) gone++;
        incumbents[bi] = Math.max(1, incumbents[bi]! - gone);
      }
    }
    // this round's cohort founders: planned months up to the round's last month; losses deter some
    const newCohort = new Array<number>(nT).fill(0);
    while (planNext < plan.length && plan[planNext]![0] < month + k) {
      const bi = plan[planNext++]![1];
      if (bi < 0) continue;
      if ((lastAvg[bi] ?? 0) < 0 && rng.chance(LOSS_DETERRENCE)) continue;
      newCohort[bi]!++;
      cohort[bi]!++;
    }
    const econ = economics(params.scenarioId, month + Math.floor(k / 2));
    const firms: number[] = [];
    const entrants: number[] = [];
    const priceIndex: number[] = [];
    const avgProfit: number[] = [];
    const breakEven: number[] = [];
    for (let bi = 0; bi < nT; bi++) {
      const n = counts[bi]! * w + cohort[bi]! + incumbents[bi]!;
      firms.push(r2(n));
      entrants.push(r2(Math.max(0, counts[bi]! - lastCounts[bi]!) * w + newCohort[bi]!));
      priceIndex.push(r3(priceAt(bi, n, v.crowdingElasticity)));
      avgProfit.push(Math.round(profitAt(econ[bi]!, bi, n, v.crowdingElasticity)));
      breakEven.push(breakEvenAt(econ[bi]!, bi, v.crowdingElasticity));
    }
    const t: Omit<ClassTick, 'check'> = {
      round: r + 1, month, seatWeight: r3(w), counts, cohort: [...cohort], incumbents: [...incumbents], firms, entrants, priceIndex, avgProfit, breakEven,
    };
    out.push({ ...t, check: tickCheck(t) });
    lastAvg = avgProfit;
    lastCounts = counts;
  }
  return out;
}

/** A round's new entrants keyed by trade id (what `setClassMarket` hands to a student's own game). */
export function classEntrantsOf(t: ClassTick): Record<string, number> {
  const out: Record<string, number> = {};
  CLASS_TRADES.forEach((id, i) => {
    out[id] = t.entrants[i] ?? 0;
  });
  return out;
}

/**
 * The cohort's entry rule for a seat on autopilot (teacher-set for an absent student): keep the current trade unless
 * it lost money last round (then leave with the cohort's deterrence chance); without a trade, enter one drawn with the
 * cohort's weights about a third of the time. Seeded by class seed, seat and round, so host and replay agree.
 */
export function autopilotTrade(classSeed: number, seat: number, round: number, current: number | null, lastAvgProfit: readonly number[] | null): number | null {
  const rng = Rng.fromSeed(deriveSeed(deriveSeed(classSeed, seat), round));
  if (current !== null) {
    const loss = (lastAvgProfit?.[current] ?? 0) < 0;
    return loss && rng.chance(LOSS_DETERRENCE) ? null : current;
  }
  if (!rng.chance(v3)) return null;
  const i = rng.weighted(BUSINESSES.map((b) => b.cohortWeight));
  return i < 0 ? null : i;
}
const v3 = 1 / 3;
