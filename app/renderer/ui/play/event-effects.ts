// What each choice of an event card means, stated before the choice. The model attaches the figures to every
// choice (app/sim/choice-figures.ts: amounts in yuan, rates, months, meter changes, each with its unit), computed by
// the functions that apply it; this file only picks the words for each figure and formats it by its unit.
// Returns i18n keys and params, so unit tests can check the variables behind the words.
import type { ChoiceFigureName } from '../../game/sim-api';

export interface EffectLine { key: string; params: Record<string, string | number>; /** yuan amounts to format */ money?: string[]; /** 0..1 values to format as % */ pct?: string[] }

type Figures = Readonly<Record<string, number>>;

const yuanLine = (key: string, amount: number): EffectLine => ({ key, params: { amount: Math.max(0, Math.round(amount)) }, money: ['amount'] });

/** One figure in words (or none); `f` is the whole set, for the few lines that read two figures together. */
const LINES: readonly [ChoiceFigureName, (v: number, f: Figures) => EffectLine[]][] = [
  ['cost', (v) => (v > 0 ? [yuanLine('play:event.costs', v)] : [])],
  ['cashLeft', (v) => [yuanLine('play:debt.savingsLeft', v)]],
  ['payFromSavings', (v) => (v ? [{ key: 'debtcard:standing', params: {} }] : [])],
  ['borrowed', (v) => (v > 0 ? [yuanLine('play:event.borrow', v)] : [])],
  ['monthlyRate', (v, f) => ((f.borrowed ?? 0) <= 0 ? [] : v > 0 ? [{ key: 'play:event.interest', params: { rate: v }, pct: ['rate'] }] : [{ key: 'play:debt.noInterest', params: {} }])],
  ['interestPerMonth', (v) => (v > 0 ? [yuanLine('debtcard:interestFromNextMonth', v)] : [])],
  ['toArrears', (v) => (v > 0 ? [yuanLine('debtcard:toArrears', v)] : [])],
  ['interestCharged', (v) => (v > 0 ? [yuanLine('debtcard:interestCharged', v)] : [])],
  ['subsidyLost', (v) => (v ? [{ key: 'play:debt.subsidyLost', params: {} }] : [])],
  ['penaltyPerMonth', (v) => (v > 0 ? [yuanLine('debtcard:penalty', v)] : [])],
  ['missesLeft', (v, f) => (f.defaultsNow ? [] : [{ key: 'play:debt.missesLeft', params: { count: v } }])],
  ['defaultsNow', (v, f) => (v ? [yuanLine('debtcard:defaultsNow', f.calledIn ?? 0)] : [])],
  ['calledIn', () => []], // worded in the defaultsNow line
  ['guarantorPays', (v) => (v > 0 ? [yuanLine('play:event.guarantorPays', v)] : [])],
  // After the guarantor pays on a called-in loan, or on the notice that they have paid (then how to repay them).
  ['owedToGuarantor', (v, f) => (v <= 0 ? [] : f.guarantorPays === undefined ? [yuanLine('debtcard:owedToGuarantorNow', v), { key: 'play:debt.repayLater', params: {} }]
    : f.guarantorPays > 0 ? [yuanLine('play:debt.owedToGuarantor', v)] : [])],
  ['leftUnpaid', (v, f) => (v > 0 ? [{ key: 'play:debt.listed', params: { count: f.blacklistMonths ?? 0, amount: Math.round(v) }, money: ['amount'] }] : [{ key: 'play:debt.cleared', params: {} }])],
  // On the notice of the listing itself: what it bars, and what it still allows.
  ['blacklistMonths', (v, f): EffectLine[] => (f.leftUnpaid !== undefined ? [] : [{ key: 'play:debt.bars', params: { count: v } }, { key: 'play:debt.allowed', params: {} }])],
  ['guarantorListed', (v) => (v ? [{ key: 'debtcard:guarantorListed', params: {} }] : [])],
  ['wellbeing', (v) => (v ? [{ key: 'play:event.wellbeing', params: { delta: v } }] : [])],
  ['health', (v) => (v ? [{ key: 'play:event.health', params: { delta: v } }] : [])],
  ['ties', (v) => (v ? [{ key: 'play:event.ties', params: { delta: v } }] : [])],
];

/** The consequences of one choice, from the figures the model attached to it, in a fixed reading order. */
export function choiceEffects(figures: Figures): EffectLine[] {
  const out: EffectLine[] = [];
  for (const [name, line] of LINES) {
    const v = figures[name];
    if (v === undefined || !Number.isFinite(v)) continue;
    out.push(...line(v, figures));
  }
  return out;
}

/** Every figure name the model defines has words here (a test checks it against the model's unit table). */
export const WORDED_FIGURES: readonly string[] = LINES.map(([name]) => name);
