// Two short questions before a business opens: how many others in town will open the same trade within a year,
// and whether this business will beat the trade's average. The answers are asked once per game, kept with the
// game (game/prediction.ts) and set against what happened in the report and the class view.
import { t } from '../../i18n';
import { ct } from '../text';
import { currentSession, recordPrediction } from '../../game/session';
import { MAX_PREDICTED_ENTRANTS } from '../../game/prediction';
import { h } from '../dom';

interface Answers { entrants: number | null; beat: boolean | null }
// Survives redraws of the panel (language switch, a change of loan); forgotten once recorded.
let answers: Answers = { entrants: null, beat: null };

/** Whether the questions still need asking in this game. */
export function predictionNeeded(): boolean {
  const s = currentSession();
  return !!s && !s.prediction;
}

export function entryQuestionsAnswered(): boolean {
  return answers.entrants !== null && answers.beat !== null;
}

export function entryQuestions(businessId: string, rerender: () => void): HTMLElement {
  const business = ct(`business.${businessId}.name`);
  return h('fieldset', { class: 'entry-questions', 'data-testid': 'entry-questions' },
    h('legend', {}, t('classroom:predict.title')),
    h('p', { class: 'hint' }, t('classroom:predict.why')),
    h('div', { class: 'field' },
      h('label', { for: 'predict-entrants' }, t('classroom:predict.entrants', { business })),
      h('input', {
        id: 'predict-entrants', type: 'number', inputmode: 'numeric', min: 0, max: MAX_PREDICTED_ENTRANTS, step: 1, value: answers.entrants ?? '',
        'data-focus-id': 'predict-entrants', 'data-testid': 'predict-entrants',
        onchange: (e: Event) => {
          const v = (e.target as HTMLInputElement).valueAsNumber;
          answers.entrants = Number.isInteger(v) && v >= 0 && v <= MAX_PREDICTED_ENTRANTS ? v : null;
          rerender();
        },
      })),
    h('fieldset', { class: 'radio-list inline' },
      h('legend', {}, t('classroom:predict.beat', { business })),
      ...([true, false] as const).map((v) => h('label', { class: 'option' },
        h('input', {
          type: 'radio', name: 'predict-beat', value: String(v), checked: answers.beat === v, 'data-focus-id': `predict-beat-${v ? 'yes' : 'no'}`, 'data-testid': `predict-beat-${v ? 'yes' : 'no'}`,
          onchange: () => { answers.beat = v; rerender(); },
        }),
        ' ', t(v ? 'classroom:predict.yes' : 'classroom:predict.no')))),
    entryQuestionsAnswered() ? null : h('p', { class: 'hint', 'data-testid': 'predict-needed' }, t('classroom:predict.needed')));
}

/** After the business has opened: keeps the answers with the game. */
export function keepEntryAnswers(businessId: string): void {
  const s = currentSession();
  const taken = s?.state.pathsTaken.find((p) => p.path === 'business' && p.detail === businessId);
  if (!s || !taken || answers.entrants === null || answers.beat === null) return;
  recordPrediction({ businessId, month: taken.month, predictedEntrants: answers.entrants, willBeatAverage: answers.beat });
  answers = { entrants: null, beat: null };
}
