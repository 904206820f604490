// Builds the results file a student hands in, from the finished game: keys and numbers only, the class code
// if the game had one, and a nickname only when the student typed one. Also turns a refusal into words.
import type { GameState } from '../game/sim-api';
import { RESULTS_SCHEMA_ID, RESULTS_VERSION, type ResultsFile, type ResultsRefusal } from '../../shared/results';
import type { LocaleId } from '../../shared/locales';
import { lifeOutcome } from './lives';
import { businessFacts, entrantsWithinYear } from '../classroom/trade-facts';
import type { EntryPrediction } from '../game/prediction';
import type { Lang } from './text';

const clampMeter = (x: number) => Math.min(100, Math.max(0, Math.round(x * 10) / 10));

export function buildResultsFile(state: GameState, opts: {
  language: LocaleId;
  classCode: string | null;
  nickname: string | null;
  standing?: { path: ResultsFile['paths'][number]['path']; runs: number; percentile: number } | null;
  prediction?: EntryPrediction | null;
  simulated?: ResultsFile['simulated'];
  now?: Date;
}): ResultsFile {
  const biz = businessFacts(state);
  const co = state.market.cohort;
  const life = lifeOutcome(state);
  const h = state.household;
  const nickname = opts.nickname?.trim();
  const file: ResultsFile = {
    schema: RESULTS_SCHEMA_ID,
    version: RESULTS_VERSION,
    createdAt: (opts.now ?? new Date()).toISOString(),
    language: opts.language,
    classCode: opts.classCode?.trim() ? opts.classCode.trim() : null,
    game: {
      scenarioId: state.scenarioId,
      personaId: state.personaId,
      seed: state.config.seed,
      months: state.config.months,
      cohortSize: state.config.cohortSize,
    },
    paths: state.pathsTaken.map((p) => ({ path: p.path, month: p.month, detail: p.detail })),
    outcome: {
      id: life.outcome,
      monthsPlayed: state.history.length,
      cash: Math.round(life.cash),
      debt: Math.round(life.debt),
      netWorth: Math.round(life.netWorth),
      totalIncome: Math.round(life.totalIncome),
      outcomeValue: Math.round(life.outcomeValue),
      keptJobBaseline: Math.round(life.keptJobBaseline),
      employed: life.employedEnd,
      defaulted: life.defaulted,
      blacklisted: life.blacklisted,
      businessOpened: life.businessOpened,
      businessClosed: life.businessOpened && state.path?.path !== 'business',
      guarantorPaid: Math.round(life.guarantorPaid),
      monthsGoingWithout: h.monthsGoingWithout,
      wellbeing: clampMeter(h.meters.wellbeing),
      health: clampMeter(h.meters.health),
      ties: clampMeter(h.meters.ties),
    },
    standing: opts.standing ?? null,
    business: biz ? { businessId: biz.businessId, openedMonth: biz.openedMonth, monthsOpen: biz.monthsOpen, meanMonthlyProfit: biz.meanMonthlyProfit, closed: biz.closed } : null,
    cohort: {
      size: co.size,
      counts: { ...co.counts },
      businessesOpened: co.businessesOpened,
      businessesFailed: co.businessesFailed,
      loanDefaults: co.loanDefaults,
    },
    prediction: opts.prediction ? predictionOutcome(state, opts.prediction) : null,
    ...(opts.simulated?.length ? { simulated: opts.simulated } : {}),
    timeline: state.timeline.map((e) => ({ month: e.month, key: e.key, params: { ...e.params }, turningPoint: e.turningPoint })),
    series: {
      cash: state.history.map((m) => Math.round(m.cash)),
      debt: state.history.map((m) => Math.round(m.debt)),
      income: state.history.map((m) => Math.round(m.income)),
      expenses: state.history.map((m) => Math.round(m.expenses)),
      wellbeing: state.history.map((m) => clampMeter(m.wellbeing)),
    },
  };
  if (nickname) file.nickname = nickname.slice(0, 60);
  return file;
}

/** The student's answers beside what happened in their town. */
export function predictionOutcome(state: GameState, p: EntryPrediction): NonNullable<ResultsFile['prediction']> {
  const biz = businessFacts(state);
  const same = biz?.businessId === p.businessId;
  return {
    ...p,
    actualEntrants: entrantsWithinYear(state, p.businessId, p.month, same),
    beatAverage: same && biz.meanMonthlyProfit !== null && biz.tradeMeanProfit !== null ? biz.meanMonthlyProfit > biz.tradeMeanProfit : null,
  };
}

/** A suggested file name: persona, world number and date; the nickname only if typed (ASCII-safe). */
export function resultsFileName(file: ResultsFile): string {
  const who = file.nickname ? `-${file.nickname.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 30)}` : '';
  return `irb-results-${file.game.personaId}-${file.game.seed}${who}-${file.createdAt.slice(0, 10)}.json`;
}

const REFUSAL_KEYS = {
  'too-large': 'tooLarge', 'not-json': 'notJson', foreign: 'foreign', 'newer-version': 'newerVersion', 'older-version': 'olderVersion', malformed: 'malformed',
} as const;

/** The refusal in the reader's language, for the class results view. */
export function refusalMessage(L: Lang, r: ResultsRefusal): string {
  const reason = L.t(`report:results.${REFUSAL_KEYS[r.code]}`, { detail: r.detail, version: r.version ?? '' });
  return L.t('report:results.refused', { reason });
}
