// The report's simulated figures: the same world replayed on every path (paths not taken) and many lives of
// the same persona per path (the distribution). Pure functions of the sim, shared by the worker and the tests.
import { deriveSeed, earningsLast12, simulateLife, summarize } from '../../sim';
import type { GameConfig, GameState, PathId, Reason } from '../game/sim-api';
import { PATH_IDS } from '../game/sim-api';

/** What the report needs from one finished life: small and structured-clone friendly. */
export interface LifeOutcome {
  seed: number;
  /** Paths actually taken, in order (empty when the path was refused). */
  paths: PathId[];
  outcome: string;
  netWorth: number;
  cash: number;
  debt: number;
  totalIncome: number;
  /** Average monthly household income over the last 12 months played. */
  incomeLast12: number;
  /** In paid work at the end: a job, or an open business of one's own. */
  employedEnd: boolean;
  /** In paid work (a job or an open business of one's own) in month 12; null when the game was shorter. */
  employedAt12: boolean | null;
  defaulted: boolean;
  blacklisted: boolean;
  businessOpened: boolean;
  /** The player's business was still open 12 months after it opened; null when it opened too late to tell. */
  businessSurvived12: boolean | null;
  meanMonthlyProfit: number | null;
  /** Wage of the job held at the end (local, public-welfare or migrant), else null. */
  jobWage: number | null;
  jobKind: 'local' | 'publicWelfare' | 'migrant' | null;
  /** Living allowance (neitui) or pension at the end, else null. */
  retirementIncome: number | null;
  wellbeing: number;
  guarantorPaid: number;
  monthsGoingWithout: number;
  /** The model's outcome measure and the same measure had the job continued (LifeSummary). */
  outcomeValue: number;
  keptJobBaseline: number;
}

/** The worker's own monthly earnings (wages and business profit, never gross takings) over the last year: the
 * model's one definition (app/sim summary.ts), so the report, the end screen and the lab agree. */
export function incomeLast12(state: GameState): number {
  return earningsLast12(state);
}

/** True when the player had paid work in that month (a job, or a business that was open). */
function workingIn(state: GameState, month: number): boolean | null {
  const rec = state.history[month];
  if (!rec) return null;
  return rec.employed || rec.businessProfit !== null;
}

export function playerFirm(state: GameState) {
  const firms = state.market.firms.filter((f) => f.owner === 'player');
  return firms.length ? firms[firms.length - 1]! : null;
}

/** Survival 12 months after opening, for a firm list (null when none opened early enough to tell). */
export function survivedYear(firm: { openedMonth: number; closedMonth: number | null }, monthsPlayed: number): boolean | null {
  if (firm.closedMonth !== null && firm.closedMonth < firm.openedMonth + 12) return false;
  if (firm.openedMonth + 12 > monthsPlayed) return null;
  return true;
}

export function lifeOutcome(state: GameState): LifeOutcome {
  const s = summarize(state);
  const h = state.household;
  const firm = playerFirm(state);
  const monthsPlayed = state.history.length;
  return {
    seed: state.config.seed,
    paths: [...s.pathsTaken],
    outcome: s.outcome,
    netWorth: s.netWorth,
    cash: s.cash,
    debt: s.debt,
    totalIncome: s.totalIncome,
    incomeLast12: Math.round(incomeLast12(state)),
    employedEnd: s.inWork,
    outcomeValue: s.outcomeValue,
    keptJobBaseline: s.keptJobBaseline,
    employedAt12: workingIn(state, 11),
    defaulted: s.defaulted,
    blacklisted: s.blacklisted,
    businessOpened: s.businessOpened,
    businessSurvived12: firm ? survivedYear(firm, monthsPlayed) : null,
    meanMonthlyProfit: s.meanMonthlyProfit,
    jobWage: h.job ? h.job.wage : null,
    jobKind: h.job ? h.job.kind : null,
    retirementIncome: h.retirement !== 'none' ? s.securedMonthlyIncome : null,
    wellbeing: s.wellbeing,
    guarantorPaid: s.guarantorPaid,
    monthsGoingWithout: s.monthsGoingWithout,
  };
}

/** Month-by-month figures for the side-by-side charts of the paths not taken. */
export interface LifeSeries {
  cash: number[];
  debt: number[];
  income: number[];
  wellbeing: number[];
}

export function lifeSeries(state: GameState): LifeSeries {
  return {
    cash: state.history.map((m) => Math.round(m.cash)),
    debt: state.history.map((m) => Math.round(m.debt)),
    income: state.history.map((m) => Math.round(m.income)),
    wellbeing: state.history.map((m) => Math.round(m.wellbeing)),
  };
}

export interface Counterfactual {
  path: PathId;
  /** Why the automatic player could not take this path (e.g. too young to retire), or null. */
  refused: Reason | null;
  life: LifeOutcome | null;
  series: LifeSeries | null;
}

/** Plays one life of `cfg` on `path` with the automatic policy. A path the persona cannot take comes back refused. */
export function playLife(cfg: GameConfig, path: PathId): { state: GameState; refused: Reason | null } {
  const state = simulateLife(cfg, path);
  // The sim ends a life at once, with the refusal as its reason, when the first choice is not allowed.
  const refused = state.pathsTaken.length === 0 && state.ended?.reason.key.startsWith('reason.') ? state.ended.reason : null;
  return { state, refused };
}

/** The same persona, scenario and seed replayed on every path with the automatic policy. */
export function counterfactuals(cfg: GameConfig): Counterfactual[] {
  return PATH_IDS.map((path) => {
    const { state, refused } = playLife(cfg, path);
    return refused ? { path, refused, life: null, series: null } : { path, refused: null, life: lifeOutcome(state), series: lifeSeries(state) };
  });
}

/**
 * Seed of comparison life i: the sim's own batch seeds (runBatch uses deriveSeed(seed, i) too), so the report's
 * distribution is the same set of lives as the sim's batch figures. Life i shares its luck across paths.
 */
export const lifeSeed = (baseSeed: number, i: number): number => deriveSeed(baseSeed, i);

/** Lives [from, to) of the distribution for one path (chunked so the worker can report progress). */
export function livesChunk(cfg: GameConfig, path: PathId, from: number, to: number): { lives: LifeOutcome[]; refused: Reason | null } {
  const lives: LifeOutcome[] = [];
  for (let i = from; i < to; i++) {
    const { state, refused } = playLife({ ...cfg, seed: lifeSeed(cfg.seed, i) }, path);
    if (refused) return { lives, refused };
    lives.push(lifeOutcome(state));
  }
  return { lives, refused: null };
}

// ------------------------------------------------------------------ summaries of a distribution

export interface PathDistribution {
  path: PathId;
  runs: number;
  refused: Reason | null;
  netWorth: number[];
  stats: DistributionStats | null;
  /** Every life, kept so that halves computed by two workers can be merged exactly. */
  lives?: LifeOutcome[];
}

export interface DistributionStats {
  p10: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
  mean: number;
  negativeShare: number;
  employedEndShare: number;
  /** Among lives whose month 12 exists. */
  noJobAt12Share: number | null;
  defaultShare: number;
  blacklistShare: number;
  /** Among lives whose business opened early enough to tell. */
  businessSurvival12: number | null;
  /** Among lives with a business: mean monthly profit below zero. */
  lossMakingShare: number | null;
  /** Mean wage of migrant jobs held at the end. */
  meanMigrantWage: number | null;
  meanRetirementIncome: number | null;
}

/** Linear-interpolated quantile of a sorted array. */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const share = (xs: readonly boolean[]): number | null => (xs.length ? xs.filter(Boolean).length / xs.length : null);
const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function distributionStats(lives: readonly LifeOutcome[]): DistributionStats | null {
  if (!lives.length) return null;
  const nw = lives.map((l) => l.netWorth).sort((a, b) => a - b);
  const at12 = lives.filter((l) => l.employedAt12 !== null).map((l) => !l.employedAt12);
  const surv = lives.filter((l) => l.businessSurvived12 !== null).map((l) => l.businessSurvived12 === true);
  const withBiz = lives.filter((l) => l.businessOpened && l.meanMonthlyProfit !== null);
  return {
    p10: quantile(nw, 0.1),
    p25: quantile(nw, 0.25),
    median: quantile(nw, 0.5),
    p75: quantile(nw, 0.75),
    p90: quantile(nw, 0.9),
    mean: mean(nw)!,
    negativeShare: share(lives.map((l) => l.netWorth < 0))!,
    employedEndShare: share(lives.map((l) => l.employedEnd))!,
    noJobAt12Share: share(at12),
    defaultShare: share(lives.map((l) => l.defaulted))!,
    blacklistShare: share(lives.map((l) => l.blacklisted))!,
    businessSurvival12: share(surv),
    lossMakingShare: share(withBiz.map((l) => (l.meanMonthlyProfit ?? 0) < 0)),
    meanMigrantWage: mean(lives.filter((l) => l.jobKind === 'migrant' && l.jobWage !== null).map((l) => l.jobWage!)),
    meanRetirementIncome: mean(lives.filter((l) => l.retirementIncome !== null).map((l) => l.retirementIncome!)),
  };
}

/** Share of lives with a lower net worth than `value` (ties count half): the player's standing. */
export function percentileOf(netWorths: readonly number[], value: number): number | null {
  if (!netWorths.length) return null;
  let below = 0;
  let equal = 0;
  for (const x of netWorths) {
    if (x < value) below++;
    else if (x === value) equal++;
  }
  return (below + equal / 2) / netWorths.length;
}

// ------------------------------------------------------------------ the whole job, synchronously

export interface ReportFigures {
  counterfactuals: Counterfactual[];
  distributions: PathDistribution[];
  /** Pooled statistics across every path's lives (for "across all paths"). */
  pooled: DistributionStats | null;
  runsPerPath: number;
  millis: number;
}

export interface FiguresJob {
  cfg: GameConfig;
  /** Lives per path. */
  runs: number;
  /** Index of the first life (a second worker starts half-way). */
  offset?: number;
  /** Leave out the paths not taken (the other worker plays them). */
  skipCounterfactuals?: boolean;
}

/**
 * Computes every simulated figure of the report. `onProgress` is called after each chunk; the worker and the
 * main-thread fallback use it for the progress bar. Deterministic for a given config and run count.
 */
export function* figuresSteps(job: FiguresJob, chunk = 50): Generator<{ done: number; total: number }, Omit<ReportFigures, 'millis'>> {
  const offset = job.offset ?? 0;
  const cfCount = job.skipCounterfactuals ? 0 : PATH_IDS.length;
  const total = PATH_IDS.length * job.runs + cfCount;
  let done = 0;
  const cfs = job.skipCounterfactuals ? [] : counterfactuals(job.cfg);
  done += cfCount;
  yield { done, total };
  const all: LifeOutcome[] = [];
  const distributions: PathDistribution[] = [];
  for (const path of PATH_IDS) {
    const lives: LifeOutcome[] = [];
    let refused: Reason | null = null;
    for (let from = offset; from < offset + job.runs && !refused; from += chunk) {
      const r = livesChunk(job.cfg, path, from, Math.min(offset + job.runs, from + chunk));
      lives.push(...r.lives);
      refused = r.refused;
      done += refused ? offset + job.runs - from : r.lives.length;
      yield { done, total };
    }
    if (refused && lives.length === 0) {
      distributions.push({ path, runs: 0, refused, netWorth: [], stats: null, lives: [] });
    } else {
      all.push(...lives);
      distributions.push({ path, runs: lives.length, refused: null, netWorth: lives.map((l) => l.netWorth), stats: distributionStats(lives), lives });
    }
  }
  return { counterfactuals: cfs, distributions, pooled: distributionStats(all), runsPerPath: job.runs };
}

export function computeFigures(job: FiguresJob): Omit<ReportFigures, 'millis'> {
  const it = figuresSteps(job);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}
