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
  if (figures.months !== undefined && figures.months > 0) out.push({ key: 'play:event.months', params: { count: figures.months, n: figures.months } });
  const def = defs.find((d) => d.id === eventId)?.choices?.find((c) => c.id === choiceId);
  const meters = new Map<string, number>();
  for (const e of def?.effects ?? []) if (e.t === 'meter' && e.meter && typeof e.delta === 'number') meters.set(e.meter, (meters.get(e.meter) ?? 0) + e.delta);
  for (const m of ['wellbeing', 'health', 'ties']) {
    const d = meters.get(m);
    if (d) out.push({ key: `play:event.${m}`, params: { delta: d } });
  }
  return out;
}

/** The household figures a debt card's consequences need (read from the state by the caller). */
export interface DebtContext { cash: number; pendingDue: number }

const money = (key: string, amount: number): EffectLine => ({ key, params: { amount: Math.max(0, Math.round(amount)) }, money: ['amount'] });

/**
 * Consequences of each choice on the model's debt cards (ids `debt.*`), worked out from the event's params
 * and the household's cash, because these choices carry no figures of their own: what is paid, what is
 * borrowed and at what rate, what the guarantor will be made to pay, and whether the court listing follows.
 */
export function debtEffects(eventId: string, choiceId: string, params: Readonly<Record<string, string | number>>, ctx: DebtContext): EffectLine[] {
  const p = (k: string) => Number(params[k] ?? 0) || 0;
  const cash = Math.max(0, ctx.cash);
  if (eventId === 'debt.instalmentShort') {
    const due = ctx.pendingDue || p('due');
    const gap = Math.max(0, due - cash);
    switch (choiceId) {
      case 'paySavings': return [money('play:event.costs', due), money('play:debt.savingsLeft', cash - due)];
      case 'askRelatives': if (gap <= 0) return []; return [money('play:event.borrow', gap), { key: 'play:debt.noInterest', params: {} }, { key: 'play:event.ties', params: { delta: -2 } }];
      case 'loanShark': if (gap <= 0) return []; return [money('play:event.borrow', gap), { key: 'play:event.interest', params: { rate: p('sharkPercent') / 100 }, pct: ['rate'] }, money('play:debt.sharkMonth', (gap * p('sharkPercent')) / 100)];
      case 'letArrears': return [
        { key: p('subsidised') ? 'play:debt.subsidyLost' : 'play:debt.penalty', params: {} },
        { key: 'play:debt.missesLeft', params: { count: p('missesLeft') } },
        { key: 'play:event.wellbeing', params: { delta: -3 } },
      ];
      default: return [];
    }
  }
  if (eventId === 'debt.calledIn') {
    const owed = p('owed');
    const paid = choiceId === 'payWhatYouCan' ? Math.min(cash, owed) : 0;
    const guarantor = Math.min(owed - paid, p('guarantorCan'));
    const unpaid = Math.max(0, owed - paid - guarantor);
    const out: EffectLine[] = [];
    if (paid > 0) out.push(money('play:event.costs', paid));
    if (guarantor > 0) out.push(money('play:event.guarantorPays', guarantor), money('play:debt.owedToGuarantor', guarantor));
    out.push(unpaid > 0 ? { key: 'play:debt.listed', params: { count: p('blacklistMonths'), amount: unpaid }, money: ['amount'] } : { key: 'play:debt.cleared', params: {} });
    return out;
  }
  if (eventId === 'debt.guarantorPaid') return [money('play:debt.owedToGuarantor', p('owedToGuarantor')), { key: 'play:debt.repayLater', params: {} }];
  if (eventId === 'debt.blacklisted') return [{ key: 'play:debt.bars', params: { count: p('months') } }, { key: 'play:debt.allowed', params: {} }];
  return [];
}
