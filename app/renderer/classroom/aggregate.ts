// The class results view's arithmetic: results files in, one class out. Pure (file names and texts in, numbers
// out), so a test can check it against a direct count and the bench can time it. Files that do not belong are
// left out and listed by name with the reason; nothing is changed and nothing throws.
import { parseResults, type ResultsFile, type ResultsPathId, type ResultsRefusalCode } from '../../shared/results';
import { classCodeKey } from '../../shared/class-code';

export const PATHS: readonly ResultsPathId[] = ['retire', 'retrain', 'migrate', 'business'];

export interface InputFile {
  name: string;
  text: string;
}

export type LeftOutReason = ResultsRefusalCode | 'otherClass' | 'noClass' | 'duplicate';

export interface LeftOut {
  name: string;
  reason: LeftOutReason;
  /** Developer detail, or for duplicates the file it repeats, for another class its code. */
  detail: string;
}

export interface Student {
  /** 1-based, in the order the files were given (seat numbers in projector mode). */
  seat: number;
  file: string;
  nickname: string | null;
  language: ResultsFile['language'];
  personaId: string;
  scenarioId: string;
  firstPath: ResultsPathId | null;
  firstPathMonth: number | null;
  /** The path at the end (the last one taken). */
  finalPath: ResultsPathId | null;
  pathsTaken: number;
  businessId: string | null;
  meanMonthlyProfit: number | null;
  netWorth: number;
  debt: number;
  defaulted: boolean;
  employed: boolean;
  blacklisted: boolean;
  wellbeing: number;
  outcomeId: string;
  percentile: number | null;
  predictedEntrants: number | null;
  actualEntrants: number | null;
  willBeatAverage: boolean | null;
  beatAverage: boolean | null;
}

export interface Spread {
  n: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
  mean: number;
}

export interface PathSummary {
  path: ResultsPathId;
  /** Students who took the path at any time. */
  took: number;
  /** Students whose first choice it was, by the month they chose it. */
  firstByMonth: Record<number, number>;
  /** Students who ended on this path. */
  ended: number;
  netWorth: Spread | null;
  defaultRate: number | null;
  employedRate: number | null;
  /** Mean standing among simulated lives of the same persona and path (0.5 = typical). */
  meanPercentile: number | null;
  /** Share of the simulated cohort in the students' towns that took this path (mean over files that carry it). */
  cohortShare: number | null;
  /** The simulated lives of the same persons on this path (means over the files that carry them). */
  simulated: { files: number; p25: number; median: number; p75: number; defaultRate: number; employedRate: number } | null;
}

export interface TradeSummary {
  businessId: string;
  opened: number;
  meanProfit: number | null;
  defaults: number;
  closed: number;
  /** Mean of the entrants students predicted for this trade, and how many of them answered. */
  meanPredicted: number | null;
  predictions: number;
  /** Other students in this class who opened the same trade. */
  classEntrantsOthers: number;
  /** Mean of the entrants that actually came in the students' towns within the year. */
  meanActualEntrants: number | null;
  saidBeat: number;
  didBeat: number;
}

export interface ClassSummary {
  classCode: string | null;
  students: Student[];
  leftOut: LeftOut[];
  paths: PathSummary[];
  trades: TradeSummary[];
  /** Cohort figures over the files that carry them (the simulated town's business failures and defaults). */
  cohort: { files: number; businessFailureRate: number | null; loanDefaultRate: number | null };
}

export function spread(xs: readonly number[]): Spread | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => {
    const i = (s.length - 1) * p;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return s[lo]! + (s[hi]! - s[lo]!) * (i - lo);
  };
  return { n: s.length, min: s[0]!, p25: q(0.25), median: q(0.5), p75: q(0.75), max: s[s.length - 1]!, mean: s.reduce((a, b) => a + b, 0) / s.length };
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const share = (xs: readonly boolean[]): number | null => (xs.length ? xs.filter(Boolean).length / xs.length : null);

function simulatedFor(rs: readonly ResultsFile[], path: ResultsPathId): PathSummary['simulated'] {
  const xs = rs.map((r) => r.simulated?.find((d) => d.path === path)).filter((d): d is NonNullable<typeof d> => !!d);
  if (!xs.length) return null;
  const m = (f: (d: (typeof xs)[number]) => number) => xs.reduce((a, d) => a + f(d), 0) / xs.length;
  return { files: xs.length, p25: m((d) => d.p25), median: m((d) => d.median), p75: m((d) => d.p75), defaultRate: m((d) => d.defaultShare), employedRate: m((d) => d.employedShare) };
}

/** Same game, same moment, same player: a file handed in twice (perhaps renamed) counts once. */
function fingerprint(r: ResultsFile): string {
  return JSON.stringify([r.createdAt, r.game, r.nickname ?? null, r.outcome.netWorth, r.outcome.monthsPlayed, r.paths]);
}

function toStudent(r: ResultsFile, file: string, seat: number): Student {
  const first = r.paths[0] ?? null;
  const last = r.paths[r.paths.length - 1] ?? null;
  return {
    seat, file,
    nickname: r.nickname ?? null,
    language: r.language,
    personaId: r.game.personaId,
    scenarioId: r.game.scenarioId,
    firstPath: first?.path ?? null,
    firstPathMonth: first?.month ?? null,
    finalPath: last?.path ?? null,
    pathsTaken: r.paths.length,
    businessId: r.business?.businessId ?? r.paths.find((p) => p.path === 'business')?.detail ?? null,
    meanMonthlyProfit: r.business?.meanMonthlyProfit ?? null,
    netWorth: r.outcome.netWorth,
    debt: r.outcome.debt,
    defaulted: r.outcome.defaulted,
    employed: r.outcome.employed,
    blacklisted: r.outcome.blacklisted,
    wellbeing: r.outcome.wellbeing,
    outcomeId: r.outcome.id,
    percentile: r.standing?.percentile ?? null,
    predictedEntrants: r.prediction?.predictedEntrants ?? null,
    actualEntrants: r.prediction?.actualEntrants ?? null,
    willBeatAverage: r.prediction?.willBeatAverage ?? null,
    beatAverage: r.prediction?.beatAverage ?? null,
  };
}

/**
 * Builds the class from the files. The class is `classCode` when given, otherwise the code most files carry
 * (files without a code form a class only when no file has one).
 */
export function aggregateClass(files: readonly InputFile[], opts: { classCode?: string | null } = {}): ClassSummary {
  const leftOut: LeftOut[] = [];
  const valid: { file: string; r: ResultsFile }[] = [];
  for (const f of files) {
    const p = parseResults(f.text);
    if (!p.ok) leftOut.push({ name: f.name, reason: p.refusal.code, detail: p.refusal.detail });
    else valid.push({ file: f.name, r: p.results });
  }
  let code: string | null = opts.classCode ? classCodeKey(opts.classCode) : null;
  if (!opts.classCode) {
    const counts = new Map<string, number>();
    for (const v of valid) { const k = classCodeKey(v.r.classCode); if (k) counts.set(k, (counts.get(k) ?? 0) + 1); }
    let best = 0;
    for (const [k, n] of counts) if (n > best) { best = n; code = k; }
  }
  const seen = new Map<string, string>();
  const mine: { file: string; r: ResultsFile }[] = [];
  for (const v of valid) {
    const k = classCodeKey(v.r.classCode);
    if (k !== code) {
      leftOut.push(k === null ? { name: v.file, reason: 'noClass', detail: '' } : { name: v.file, reason: 'otherClass', detail: v.r.classCode ?? '' });
      continue;
    }
    const fp = fingerprint(v.r);
    const twin = seen.get(fp);
    if (twin !== undefined) { leftOut.push({ name: v.file, reason: 'duplicate', detail: twin }); continue; }
    seen.set(fp, v.file);
    mine.push(v);
  }
  const students = mine.map((v, i) => toStudent(v.r, v.file, i + 1));

  const cohortFiles = mine.filter((v) => v.r.cohort && v.r.cohort.size > 0).map((v) => v.r.cohort!);
  const paths: PathSummary[] = PATHS.map((path) => {
    const endedHere = students.filter((s) => s.finalPath === path);
    const firstByMonth: Record<number, number> = {};
    for (const s of students) if (s.firstPath === path) firstByMonth[s.firstPathMonth!] = (firstByMonth[s.firstPathMonth!] ?? 0) + 1;
    const pct = endedHere.map((s) => s.percentile).filter((x): x is number => x !== null);
    return {
      path,
      took: mine.filter((v) => v.r.paths.some((p) => p.path === path)).length,
      firstByMonth,
      ended: endedHere.length,
      netWorth: spread(endedHere.map((s) => s.netWorth)),
      defaultRate: share(endedHere.map((s) => s.defaulted)),
      employedRate: share(endedHere.map((s) => s.employed)),
      meanPercentile: mean(pct),
      cohortShare: mean(cohortFiles.map((c) => c.counts[path] / c.size)),
      simulated: simulatedFor(mine.map((v) => v.r), path),
    };
  });

  const byTrade = new Map<string, Student[]>();
  for (const s of students) if (s.businessId) byTrade.set(s.businessId, [...(byTrade.get(s.businessId) ?? []), s]);
  const predictedFor = new Map<string, ResultsFile['prediction'][]>();
  for (const v of mine) if (v.r.prediction) predictedFor.set(v.r.prediction.businessId, [...(predictedFor.get(v.r.prediction.businessId) ?? []), v.r.prediction]);
  const tradeIds = [...new Set([...byTrade.keys(), ...predictedFor.keys()])];
  const trades: TradeSummary[] = tradeIds.map((businessId) => {
    const ss = byTrade.get(businessId) ?? [];
    const preds = (predictedFor.get(businessId) ?? []).filter((p): p is NonNullable<typeof p> => !!p);
    const profits = ss.map((s) => s.meanMonthlyProfit).filter((x): x is number => x !== null);
    const actual = preds.map((p) => p.actualEntrants).filter((x): x is number => x !== null);
    return {
      businessId,
      opened: ss.length,
      meanProfit: mean(profits),
      defaults: ss.filter((s) => s.defaulted).length,
      closed: mine.filter((v) => v.r.business?.businessId === businessId && v.r.business.closed).length,
      meanPredicted: mean(preds.map((p) => p.predictedEntrants)),
      predictions: preds.length,
      classEntrantsOthers: Math.max(0, ss.length - 1),
      meanActualEntrants: mean(actual),
      saidBeat: preds.filter((p) => p.willBeatAverage).length,
      didBeat: preds.filter((p) => p.beatAverage === true).length,
    };
  }).sort((a, b) => b.opened - a.opened || a.businessId.localeCompare(b.businessId));

  const opened = cohortFiles.reduce((a, c) => a + c.businessesOpened, 0);
  return {
    classCode: code,
    students,
    leftOut,
    paths,
    trades,
    cohort: {
      files: cohortFiles.length,
      businessFailureRate: opened ? cohortFiles.reduce((a, c) => a + c.businessesFailed, 0) / opened : null,
      loanDefaultRate: opened ? cohortFiles.reduce((a, c) => a + c.loanDefaults, 0) / opened : null,
    },
  };
}
