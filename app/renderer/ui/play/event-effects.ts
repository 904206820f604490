// What each choice of an event card means, stated before the choice: the money figures the model attaches
// to the choice (cost, amounts borrowed or owed, chances) and the meter changes in the event's own data.
// Returns i18n keys and params (the `play` namespace), so unit tests can check the variables behind the words.
import { EVENT_DEFINITIONS } from '../../game/sim-api';

export interface EffectLine { key: string; params: Record<string, string | number>; /** yuan amounts to format */ money?: string[]; /** 0..1 values to format as % */ pct?: string[] }

/** Figure names the model uses for amounts of money, and how each one reads. Unknown figures are not shown. */
const MONEY_FIGURES: [figure: string, key: string][] = [
  ['cost', 'play:event.costs'], ['amount', 'play:event.costs'], ['gain', 'play:event.gains'], ['income', 'play:event.gains'],
  ['borrow', 'play:event.borrow'], ['borrowed', 'play:event.borrow'], ['owed', 'play:event.owed'], ['leftOwing', 'play:event.owed'],
  ['guarantorPays', 'play:event.guarantorPays'],
];

interface ChoiceLike { id: string; effects?: readonly { t: string; meter?: string; delta?: number }[] }
interface DefLike { id: string; choices?: readonly ChoiceLike[] }

export function choiceEffects(eventId: string, choiceId: string, figures: Readonly<Record<string, number>>, defs: readonly DefLike[] = EVENT_DEFINITIONS as unknown as DefLike[]): EffectLine[] {
  const out: EffectLine[] = [];
  const seen = new Set<string>();
  for (const [fig, key] of MONEY_FIGURES) {
    const v = figures[fig];
    if (v === undefined || !Number.isFinite(v) || v === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push({ key, params: { amount: Math.abs(v) }, money: ['amount'] });
  }
  const rate = figures.monthlyRate ?? figures.rate;
  if (rate !== undefined && rate > 0) out.push({ key: 'play:event.interest', params: { rate }, pct: ['rate'] });
  const chance = figures.chance ?? figures.p;
  if (chance !== undefined && chance > 0 && chance < 1) out.push({ key: 'play:event.chance', params: { pct: chance }, pct: ['pct'] });
  if (figures.months !== undefined && figures.months > 0) out.push({ key: 'play:event.months', params: { count: figures.months } });
  const def = defs.find((d) => d.id === eventId)?.choices?.find((c) => c.id === choiceId);
  const meters = new Map<string, number>();
  for (const e of def?.effects ?? []) if (e.t === 'meter' && e.meter && typeof e.delta === 'number') meters.set(e.meter, (meters.get(e.meter) ?? 0) + e.delta);
  for (const m of ['wellbeing', 'health', 'ties']) {
    const d = meters.get(m);
    if (d) out.push({ key: `play:event.${m}`, params: { delta: d } });
  }
  return out;
}
