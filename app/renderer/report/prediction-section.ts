// The report's "what you expected" section: the two answers given before opening a business beside what happened
// in the town (others who opened the same trade within a year; whether the business beat the trade's average).
// People entering a market tend to forget how many others are entering too (Camerer and Lovallo, AER 1999).
import type { GameState } from '../game/sim-api';
import type { EntryPrediction } from '../game/prediction';
import { predictionOutcome } from './results-file';
import type { Lang } from './text';
import { h } from '../ui/dom';

export function predictionSection(L: Lang, state: GameState, p: EntryPrediction | null, idPrefix: string): HTMLElement | null {
  if (!p) return null;
  const r = predictionOutcome(state, p);
  const business = L.t(`content:business.${p.businessId}.name`);
  const beat = r.beatAverage === null ? L.t('classroom:predict.report.beatUnknown') : L.t(r.beatAverage ? 'classroom:predict.report.beatYes' : 'classroom:predict.report.beatNo');
  const id = `${idPrefix}prediction-h`;
  return h('section', { class: 'report-section report-prediction', 'aria-labelledby': id, 'data-section': 'prediction', 'data-testid': 'report-prediction' },
    h('h2', { id }, L.t('classroom:predict.report.title')),
    h('table', { class: 'report-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, L.t('classroom:predict.report.expected')), h('th', { scope: 'col' }, L.t('classroom:predict.report.happened')))),
      h('tbody', {},
        h('tr', {},
          h('th', { scope: 'row' }, L.t('classroom:predict.report.entrantsRow', { business })),
          h('td', { 'data-testid': 'report-predicted-entrants' }, L.num(p.predictedEntrants)),
          h('td', { 'data-testid': 'report-actual-entrants' }, r.actualEntrants === null ? L.t('classroom:predict.report.notMeasured') : L.num(r.actualEntrants))),
        h('tr', {},
          h('th', { scope: 'row' }, L.t('classroom:predict.report.beatRow', { business })),
          h('td', {}, L.t(p.willBeatAverage ? 'classroom:predict.yes' : 'classroom:predict.no')),
          h('td', {}, beat)))),
    h('p', {}, L.t('classroom:predict.report.note')));
}
