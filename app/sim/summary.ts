// What a life came to: the end-of-game figures for the report, and batches of lives for the "many lives" charts.
import type { BatchOptions, BatchResult, GameConfig, GameState, LifeSummary, MonthRecord, PathId, Reason } from './types';
import { PATH_IDS } from './types';
import { findPersonaData, makeCtx, type Ctx } from './ctx';
import { findBusiness, playerBusinessSaleAverageMonths, playerBusinessSalvageShare } from './data/businesses';
import { personaWage, workStatus } from './rules/labour';
import { findScenario } from './data/scenarios';
import { valuesOf } from './values';
import { livingCostItems, newGame, sumDebt } from './engine';
import { playOut } from './policy';
import { deriveSeed } from './rng';
import { pensionAmount, statutoryAge } from './rules/retirement';

function outcomeOf(s: GameState, netWorth: number, businessOpen: boolean | null, meanProfit: number | null): string {
  const h = s.household;
  if (h.blacklisted) return 'blacklisted';
  if (h.defaulted) return 'defaulted';
  if (netWorth < 0) return 'inDebt';
  if (h.retirement !== 'none') return 'secure';
  if (businessOpen && (meanProfit ?? 0) > 0) return 'businessSurvives';
  if (h.employed) return 'working';
  return 'gettingBy';
}

/** Months of pension or allowance the household receives in the horizon after the game, and their value. */
function securedIncome(s: GameState, c: Ctx, contributionYears: number, retirement: 'none' | 'neitui' | 'pension', allowance: number, pension: number): number {
  const H = c.v.outcomeHorizonMonths;
  const statutory = statutoryAge(c.persona, c.v);
  const toStatutory = Math.max(0, statutory * 12 - s.household.ageMonths);
  const wage = personaWage(c);
  if (retirement === 'pension') return pension * H;
  if (retirement === 'neitui') {
    // The firm keeps paying contributions until the statutory age.
    const atStatutory = pensionAmount(wage, contributionYears + toStatutory / 12, statutory, c.v);
    return allowance * Math.min(H, toStatutory) + atStatutory * Math.max(0, H - toStatutory);
  }
  if (toStatutory >= H || contributionYears < c.v.minContributionYears) return 0;
  return pensionAmount(wage, contributionYears, statutory, c.v) * (H - toStatutory);
}

/** The parts of the outcome measure (docs/model.md, "The outcome"), one definition for the end screen, the report,
 * the results file and the lab commands. */
export function outcomeParts(s: GameState): { businessValue: number; securedIncomeValue: number; healthCost: number; outcomeValue: number; keptJobBaseline: number } {
  const c = makeCtx(s);
  const h = s.household;
  let businessValue = 0;
  if (s.path?.path === 'business') {
    const b = findBusiness(s.path.businessId);
    const recent = s.history.slice(-playerBusinessSaleAverageMonths).map((r) => r.businessProfit ?? 0);
    const avg = recent.length ? recent.reduce((a, x) => a + x, 0) / recent.length : 0;
    businessValue = Math.round((b ? b.startupCost * c.ws * playerBusinessSalvageShare : 0) + c.v.businessSaleMonths * Math.max(0, avg));
  }
  const securedIncomeValue = Math.round(securedIncome(s, c, h.contributionYears, h.retirement, h.livingAllowance, h.pension));
  const healthCost = Math.round(Math.max(0, c.persona.healthStart - h.meters.health) * c.v.healthCostPerPoint * c.ws);
  const netWorth = h.cash - sumDebt(s);
  return {
    businessValue, securedIncomeValue, healthCost, outcomeValue: netWorth + businessValue + securedIncomeValue - healthCost, keptJobBaseline: keptJobBaseline(s),
  };
}

/** What the household would have had if the job had continued: the old wage and the family's other income, less
 * the same living costs at home, for the months played; then, as secured income over the same horizon, the old
 * wage until the statutory age and the pension after it (contributions continuing). */
const baselineCache = new Map<string, number>();

export function keptJobBaseline(s: GameState): number {
  // A function of the configuration and the months played only (the same for every path and seed's luck aside
  // from the seed itself, which does not enter it): remembered, so batches do not rebuild a town per life.
  const key = `${s.config.scenarioId}|${s.config.personaId}|${JSON.stringify(s.config.policy ?? {})}|${s.history.length}`;
  const hit = baselineCache.get(key);
  if (hit !== undefined) return hit;
  const value = computeKeptJobBaseline(s);
  if (baselineCache.size > 500) baselineCache.clear();
  baselineCache.set(key, value);
  return value;
}

function computeKeptJobBaseline(s: GameState): number {
  const g = newGame({ ...s.config, cohortSize: 0 });
  if (!g.ok) return 0;
  const s0 = g.state;
  const c = makeCtx(s0);
  const h0 = s0.household;
  const wage = personaWage(c);
  const costs = livingCostItems(s0, c).reduce((a, [, x]) => a + Math.round(x), 0);
  const months = s.history.length;
  const cash = h0.cash + months * (wage + h0.familyIncome + h0.remittanceIn - costs);
  const end = { ...s0, household: { ...h0, ageMonths: h0.ageMonths + months } };
  const statutory = statutoryAge(c.persona, c.v);
  const retired = end.household.ageMonths >= statutory * 12 ? 'pension' : 'none';
  const years = h0.contributionYears + months / 12;
  const pension = pensionAmount(wage, years, statutory, c.v);
  // The old job was the iron rice bowl: its wage counts as secured income until the statutory age (contributions
  // continuing), then the pension, over the same five years. A job found after the layoff is not counted so.
  return Math.round(cash + securedIncome(end, c, years, retired === 'pension' ? 'pension' : 'neitui', wage, pension));
}

/** The worker's own earnings in a month: wages (including a public-welfare post) and the business's profit, never
 * its gross takings, and not family members' income, insurance, allowances or severance. */
export function ownEarnings(r: MonthRecord): number {
  let e = r.businessProfit ?? 0;
  for (const f of r.flows) if (f.key === 'wage' || f.key === 'publicWelfareWage') e += f.amount;
  return e;
}

/** Average monthly own earnings over the last twelve months played (or fewer, early in a game). */
export function earningsLast12(s: GameState): number {
  const last = s.history.slice(-12);
  return last.length ? Math.round(last.reduce((a, r) => a + ownEarnings(r), 0) / last.length) : 0;
}

/** In paid work at the end: a job (regular or a public-welfare post) or a business still open. */
export function inWork(s: GameState): boolean {
  const w = workStatus(s);
  return w === 'regularJob' || w === 'publicWelfare' || w === 'business';
}

export function summarize(s: GameState): LifeSummary {
  const h = s.household;
  const debt = sumDebt(s);
  const netWorth = h.cash - debt;
  const opened = s.pathsTaken.some((p) => p.path === 'business');
  const open = s.path?.path === 'business';
  let profitSum = 0;
  let profitMonths = 0;
  let totalIncome = 0;
  for (const r of s.history) {
    totalIncome += r.income;
    if (r.businessProfit !== null) {
      profitSum += r.businessProfit;
      profitMonths++;
    }
  }
  const meanProfit = profitMonths > 0 ? Math.round(profitSum / profitMonths) : null;
  const businessOpen = opened ? open : null;
  const scenario = findScenario(s.scenarioId);
  const persona = findPersonaData(s.personaId);
  let projectedPension = h.pension;
  if (scenario && persona && h.retirement !== 'pension') {
    const v = valuesOf(scenario);
    projectedPension = pensionAmount(Math.round(persona.monthlyWage * v.wageScale), h.contributionYears, statutoryAge(persona, v), v);
  }
  return {
    scenarioId: s.scenarioId,
    personaId: s.personaId,
    monthsPlayed: s.history.length,
    cash: h.cash,
    debt,
    debts: { ...h.debts },
    netWorth,
    employed: h.employed,
    publicWelfareJob: h.job?.kind === 'publicWelfare',
    defaulted: h.defaulted,
    blacklisted: h.blacklisted,
    businessOpen,
    businessOpened: opened,
    businessClosed: opened && !open,
    meanMonthlyProfit: meanProfit,
    pathsTaken: s.pathsTaken.map((p) => p.path),
    totalIncome,
    wellbeing: h.meters.wellbeing,
    health: h.meters.health,
    ties: h.meters.ties,
    guarantorPaid: s.guarantor?.paid ?? 0,
    monthsGoingWithout: h.monthsGoingWithout,
    securedMonthlyIncome: h.retirement === 'neitui' ? h.livingAllowance : h.retirement === 'pension' ? h.pension : 0,
    projectedPension,
    outcome: outcomeOf(s, netWorth, businessOpen, meanProfit),
    ...outcomeParts(s),
    regularJob: workStatus(s) === 'regularJob',
    workStatus: workStatus(s),
    inWork: inWork(s),
    earnings: s.history.reduce((a, r) => a + ownEarnings(r), 0),
    earningsLast12: earningsLast12(s),
  };
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1) + 0.5)));
  return sorted[i]!;
}

/** Many lives of the same persona and path; life i uses seed deriveSeed(cfg.seed, i). */
export function runBatch(cfg: GameConfig, path: PathId, runs: number, opts?: BatchOptions): BatchResult {
  const empty: BatchResult = {
    runs: 0, path, netWorth: { mean: 0, p10: 0, p50: 0, p90: 0 }, employedRate: 0, publicWelfareRate: 0, defaultRate: 0,
    businessFailureRate: path === 'business' ? 0 : null, meanMonthlyProfit: path === 'business' ? 0 : null, blacklistRate: 0, refused: null,
    blacklistedRate: 0, guarantorPaidRate: 0, medianOutcome: 0, keptJobBaseline: 0, inWorkRate: 0,
  };
  const first = newGame(cfg);
  if (!first.ok) return { ...empty, refused: first.reason };
  const n = Math.max(0, Math.floor(runs));
  const worth: number[] = [];
  const outcomes: number[] = [];
  const baselines: number[] = [];
  let guarantorPaid = 0;
  let working = 0;
  let employed = 0;
  let welfare = 0;
  let defaulted = 0;
  let failed = 0;
  let opened = 0;
  let blacklisted = 0;
  let profitSum = 0;
  let profitRuns = 0;
  for (let i = 0; i < n; i++) {
    const g = newGame({ ...cfg, seed: deriveSeed(cfg.seed, i) });
    if (!g.ok) return { ...empty, refused: g.reason };
    const s = playOut(g.state, path, opts, true);
    if (s.ended && s.ended.reason.key.startsWith('reason.')) return { ...empty, refused: s.ended.reason };
    const sum = summarize(s);
    worth.push(sum.netWorth);
    outcomes.push(sum.outcomeValue);
    baselines.push(sum.keptJobBaseline);
    if (sum.guarantorPaid > 0) guarantorPaid++;
    if (sum.inWork) working++;
    if (sum.publicWelfareJob) welfare++;
    else if (sum.regularJob) employed++;
    if (sum.defaulted) defaulted++;
    if (sum.blacklisted) blacklisted++;
    if (sum.businessOpened) {
      opened++;
      if (sum.businessClosed) failed++;
      if (sum.meanMonthlyProfit !== null) {
        profitSum += sum.meanMonthlyProfit;
        profitRuns++;
      }
    }
  }
  worth.sort((a, b) => a - b);
  outcomes.sort((a, b) => a - b);
  baselines.sort((a, b) => a - b);
  const mean = worth.length ? worth.reduce((a, b) => a + b, 0) / worth.length : 0;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    runs: n,
    path,
    netWorth: { mean: Math.round(mean), p10: percentile(worth, 0.1), p50: percentile(worth, 0.5), p90: percentile(worth, 0.9) },
    employedRate: r(n ? employed / n : 0),
    publicWelfareRate: r(n ? welfare / n : 0),
    defaultRate: r(n ? defaulted / n : 0),
    businessFailureRate: path === 'business' ? r(opened ? failed / opened : 0) : null,
    meanMonthlyProfit: path === 'business' ? Math.round(profitRuns ? profitSum / profitRuns : 0) : null,
    blacklistRate: r(n ? blacklisted / n : 0),
    blacklistedRate: r(n ? blacklisted / n : 0),
    guarantorPaidRate: r(n ? guarantorPaid / n : 0),
    inWorkRate: r(n ? working / n : 0),
    medianOutcome: percentile(outcomes, 0.5),
    keptJobBaseline: percentile(baselines, 0.5),
    refused: null,
  };
}

export interface PathComparison {
  path: PathId;
  /** Share of lives (same seeds for every path) in which this path gives the best outcome. */
  bestShare: number;
  medianOutcome: number;
  defaultRate: number;
  businessFailureRate: number | null;
  refused: Reason | null;
}

/** Every path played by the automatic player on the same seeds: which one gives the best outcome how often. */
export function comparePaths(cfg: GameConfig, runs: number): PathComparison[] {
  const n = Math.max(0, Math.floor(runs));
  const rows = PATH_IDS.map((path) => ({ path, outcomes: [] as number[], defaults: 0, opened: 0, failed: 0, refused: null as Reason | null }));
  for (let i = 0; i < n; i++) {
    const seed = deriveSeed(cfg.seed, i);
    for (const row of rows) {
      if (row.refused) continue;
      const g = newGame({ ...cfg, seed });
      if (!g.ok) return rows.map((r) => ({ path: r.path, bestShare: 0, medianOutcome: 0, defaultRate: 0, businessFailureRate: null, refused: g.reason }));
      const life = playOut(g.state, row.path, undefined, true);
      if (life.ended && life.ended.reason.key.startsWith('reason.')) {
        row.refused = life.ended.reason;
        continue;
      }
      const sum = summarize(life);
      row.outcomes.push(sum.outcomeValue);
      if (sum.defaulted) row.defaults++;
      if (sum.businessOpened) {
        row.opened++;
        if (sum.businessClosed) row.failed++;
      }
    }
  }
  const best = new Array<number>(rows.length).fill(0);
  for (let i = 0; i < n; i++) {
    let k = -1;
    let top = -Infinity;
    rows.forEach((row, j) => {
      if (row.refused) return;
      const x = row.outcomes[i]!;
      if (x > top) {
        top = x;
        k = j;
      }
    });
    if (k >= 0) best[k]!++;
  }
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return rows.map((row, j) => {
    const sorted = row.outcomes.slice().sort((a, b) => a - b);
    const m = row.outcomes.length;
    return {
      path: row.path, bestShare: row.refused || !n ? 0 : r3(best[j]! / n), medianOutcome: percentile(sorted, 0.5), defaultRate: m ? r3(row.defaults / m) : 0,
      businessFailureRate: row.path === 'business' ? (row.opened ? r3(row.failed / row.opened) : 0) : null, refused: row.refused,
    };
  });
}
