// What a life came to: the end-of-game figures for the report, and batches of lives for the "many lives" charts.
import type { BatchOptions, BatchResult, GameConfig, GameState, LifeSummary, PathId } from './types';
import { findPersonaData } from './ctx';
import { findScenario } from './data/scenarios';
import { valuesOf } from './values';
import { newGame, sumDebt } from './engine';
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
  };
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1) + 0.5)));
  return sorted[i]!;
}

/** Many lives of the same persona and path; life i uses seed deriveSeed(cfg.seed, i). */
export function runBatch(cfg: GameConfig, path: PathId, runs: number, opts?: BatchOptions): BatchResult {
  const empty: BatchResult = {
    runs: 0, path, netWorth: { mean: 0, p10: 0, p50: 0, p90: 0 }, employedRate: 0, publicWelfareRate: 0, defaultRate: 0,
    businessFailureRate: path === 'business' ? 0 : null, meanMonthlyProfit: path === 'business' ? 0 : null, blacklistRate: 0, refused: null,
  };
  const first = newGame(cfg);
  if (!first.ok) return { ...empty, refused: first.reason };
  const n = Math.max(0, Math.floor(runs));
  const worth: number[] = [];
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
    if (sum.publicWelfareJob) welfare++;
    else if (sum.employed) employed++;
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
    refused: null,
  };
}
