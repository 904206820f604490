// Results files for the class-view tests: one student each, with the fields the view reads.
import { RESULTS_SCHEMA_ID, RESULTS_VERSION, type ResultsFile, type ResultsPathId } from '../../../app/shared/results';
import { classCodeFor, PRESETS } from '../../../app/shared/class-settings';

export const CLASS = classCodeFor({ scenarioId: '2016-steel-coal', seed: 99, levels: PRESETS.austere });
export const TRADES = ['breakfastStall', 'noodleShop', 'smallGrocery'];

export function makeResults(i: number, o: { classCode?: string | null; path?: ResultsPathId; month?: number; trade?: string; netWorth?: number; defaulted?: boolean;
  predicted?: number; actual?: number; profit?: number; nickname?: string } = {}): ResultsFile {
  const path = o.path ?? 'retrain';
  const trade = path === 'business' ? (o.trade ?? 'breakfastStall') : null;
  return {
    schema: RESULTS_SCHEMA_ID, version: RESULTS_VERSION, createdAt: new Date(Date.UTC(2026, 10, 1, 9, 0, i)).toISOString(), language: i % 2 ? 'zh-CN' : 'en',
    classCode: o.classCode === undefined ? CLASS : o.classCode,
    ...(o.nickname ? { nickname: o.nickname } : {}),
    game: { scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 99, months: 36, cohortSize: 200 },
    paths: [{ path, month: o.month ?? 0, detail: trade }],
    outcome: {
      id: 'x', monthsPlayed: 36, cash: 0, debt: o.defaulted ? 5000 : 0, netWorth: o.netWorth ?? i * 1000, totalIncome: 1, employed: path === 'retrain', defaulted: !!o.defaulted,
      blacklisted: false, businessOpened: !!trade, businessClosed: false, guarantorPaid: 0, monthsGoingWithout: 0, wellbeing: 50, health: 50, ties: 50,
    },
    standing: { path, runs: 100, percentile: (i % 10) / 10 },
    timeline: [],
    series: { cash: [], debt: [], income: [], expenses: [], wellbeing: [] },
    business: trade ? { businessId: trade, openedMonth: o.month ?? 0, monthsOpen: 10, meanMonthlyProfit: o.profit ?? 1000, closed: false } : null,
    cohort: { size: 200, counts: { retire: 20, retrain: 60, migrate: 40, business: 70, idle: 10 }, businessesOpened: 70, businessesFailed: 35, loanDefaults: 14 },
    simulated: [{ path, runs: 500, p25: i * 100, median: i * 200, p75: i * 300, defaultShare: (i % 4) / 4, employedShare: 0.5 }],
    prediction: trade ? { businessId: trade, month: o.month ?? 0, predictedEntrants: o.predicted ?? 3, willBeatAverage: true, actualEntrants: o.actual ?? 12, beatAverage: false } : null,
  };
}
