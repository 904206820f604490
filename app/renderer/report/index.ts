// The end-of-game report: the screen the game flow opens, and the pure builders behind it (also used by tests
// and, later, the class results view).
export { prefetchReportFigures, prefetchReportFonts } from './prefetch';
export { reportScreen, reportStatus, type ReportSession, type ReportActions, type ReportOptions } from './screen';
export { buildReport, buildIdeas, buildStory, buildTimeline, buildMarket, buildPathColumns, buildRealRows, buildQuestions, playerStanding } from './model';
export { computeFigures, counterfactuals, distributionStats, lifeOutcome, percentileOf, type ReportFigures, type LifeOutcome } from './lives';
export { buildResultsFile, resultsFileName, refusalMessage } from './results-file';
export { loadResultsFile, parseResults, validateResults } from '../../shared/results';
