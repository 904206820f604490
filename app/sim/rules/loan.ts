// The subsidised business loan (chuangye danbao daikuan): equal monthly principal, interest paid by the state
// while repayments are on time; arrears lose the subsidy and carry penalty interest; after enough missed
// payments the loan is in default, the bank calls in the balance, the guarantor is made to pay what they can,
// and what is left goes to court: the borrower (and an unpaying guarantor) are put on the defaulters' blacklist.
import type { GameState, LoanContract } from '../types';
import { addFlow, addTimeline, chargeInterest, type Ctx } from '../ctx';
import { instalmentOutcome } from '../market';
import { raiseDebtEvent } from '../debt-events';
import * as CREDIT from '../data/credit';
import * as METERS from '../data/meters';



export function newLoan(amount: number, termMonths: number, month: number, c: Ctx): LoanContract {
  return {
    principal: amount, balance: amount, termMonths, monthlyPrincipal: Math.ceil(amount / termMonths), startMonth: month,
    annualRate: c.v.loanAnnualRate, subsidised: c.v.loanInterestSubsidised, missedPayments: 0, missedInRow: 0, pendingDue: 0, status: 'current',
  };
}

/** What the borrower owes the bank this month: arrears first, then principal and any unsubsidised interest. */
export function loanDue(s: GameState): { principal: number; interest: number; arrears: number; total: number } {
  const loan = s.household.loan;
  if (!loan || loan.status === 'repaid' || loan.status === 'defaulted') return { principal: 0, interest: 0, arrears: s.household.debts.arrears, total: s.household.debts.arrears };
  const principal = Math.min(loan.monthlyPrincipal, s.household.debts.bankLoan);
  const interest = interestDue(s);
  const arrears = s.household.debts.arrears;
  return { principal, interest, arrears, total: principal + interest + arrears };
}

/** Interest the borrower pays this month: zero while subsidised and on time. */
export function interestDue(s: GameState): number {
  const loan = s.household.loan;
  if (!loan || s.household.debts.bankLoan <= 0) return 0;
  const onTime = s.household.debts.arrears <= 0 && loan.status === 'current';
  if (loan.subsidised && onTime) return 0;
  return Math.round((s.household.debts.bankLoan * loan.annualRate) / 12);
}

/** Penalty interest a month on overdue money: the contract rate raised by the penalty multiplier. */
export function arrearsPenalty(arrears: number, loan: LoanContract, c: Ctx): number {
  return arrears > 0 ? Math.round((arrears * loan.annualRate * c.v.penaltyRateMultiplier) / 12) : 0;
}

/** The penalty on arrears, charged at month end before the instalment. */
function chargeArrearsPenalty(s: GameState, c: Ctx, loan: LoanContract): void {
  chargeInterest(s, 'arrears', arrearsPenalty(s.household.debts.arrears, loan, c));
}

/** The month's instalment (principal and any interest not paid by the state) falls due at month end. The business
 * pays it when the month's profit covers it; a household that chose to pay from its savings pays it while they
 * last; otherwise the household must decide (the debt.instalmentShort card): the model never lets a household
 * with money default without choosing to, and never borrows from a loan shark by itself. */
export function serviceLoan(s: GameState, c: Ctx, businessProfit: number | null): void {
  const h = s.household;
  const loan = h.loan;
  if (!loan || loan.status === 'repaid') return;
  chargeArrearsPenalty(s, c, loan);
  if (loan.status === 'defaulted') return;
  const due = loanDue(s);
  const instalment = due.principal + due.interest;
  if (instalment <= 0) return;
  const takingsCover = businessProfit !== null && businessProfit >= instalment && h.cash >= instalment;
  const savingsCover = h.payFromSavings && h.cash >= instalment;
  if (takingsCover || savingsCover) {
    payInstalment(s, c, due.principal, due.interest);
    return;
  }
  if (h.payFromSavings && h.cash < instalment) h.payFromSavings = false;
  loan.pendingDue = instalment;
  const ifMissed = missPlan(s, c);
  raiseDebtEvent(s, c, 'debt.instalmentShort', {
    due: instalment, covered: Math.max(0, Math.min(instalment, businessProfit ?? 0)), cash: Math.max(0, h.cash), missedInRow: loan.missedInRow,
    missesLeft: ifMissed.missesLeft, subsidised: ifMissed.subsidyLost ? 1 : 0,
    sharkPercent: Math.round(c.v.loanSharkMonthlyRate * 100),
    relativesMax: relativesCanLend(s), hasBusiness: businessProfit !== null ? 1 : 0,
  });
}

/** Pay this month's instalment in full from cash. */
export function payInstalment(s: GameState, c: Ctx, principal: number, interest: number): void {
  const h = s.household;
  const loan = h.loan!;
  if (interest > 0) addFlow(s, 'loanInterest', -interest);
  if (principal > 0) {
    addFlow(s, 'loanRepayment', -principal);
    h.debts.bankLoan -= principal;
    loan.balance = h.debts.bankLoan;
  }
  loan.pendingDue = 0;
  loan.missedInRow = 0;
  if (h.debts.arrears <= 0) loan.status = 'current';
  closeIfRepaid(s, c);
}

/** What letting this month's instalment go unpaid does, worked out before it is done: missInstalment applies
 * exactly this, and the debt card shows it. */
export interface MissPlan {
  /** Principal moved into arrears. */
  principal: number;
  /** Interest added to the arrears now (this month's interest, which the state no longer pays). */
  interest: number;
  /** The state was paying the interest until this miss. */
  subsidyLost: boolean;
  missedInRow: number;
  /** Further misses in a row before default (0 when this one is the default). */
  missesLeft: number;
  defaults: boolean;
  /** Arrears after the miss, and the penalty they draw at this month's end. */
  arrearsAfter: number;
  penalty: number;
  /** What the bank calls in if this miss is the default. */
  calledIn: number;
}

export function missPlan(s: GameState, c: Ctx): MissPlan {
  const h = s.household;
  const loan = h.loan!;
  const due = loanDue(s);
  const principal = due.principal;
  // Subsidised and on time, this month's interest is the state's; in arrears the household is charged it.
  const interest = due.interest > 0 ? due.interest : Math.max(0, Math.round((h.debts.bankLoan * loan.annualRate) / 12));
  const r = instalmentOutcome(0, 1, loan.missedInRow, c.v.missedPaymentsToDefault);
  const arrearsAfter = h.debts.arrears + principal + interest;
  return {
    principal, interest, subsidyLost: loan.subsidised && loan.status === 'current' && h.debts.arrears <= 0,
    missedInRow: r.missedInRow, missesLeft: Math.max(0, c.v.missedPaymentsToDefault - r.missedInRow), defaults: r.defaulted,
    arrearsAfter, penalty: arrearsPenalty(arrearsAfter, loan, c), calledIn: h.debts.bankLoan - principal + arrearsAfter,
  };
}

/** Let the instalment go unpaid: principal moves to arrears, interest is charged on top (the subsidy is lost while
 * in arrears), and the third miss in a row is a default. */
export function missInstalment(s: GameState, c: Ctx): void {
  const h = s.household;
  const loan = h.loan!;
  const plan = missPlan(s, c);
  h.debts.bankLoan -= plan.principal;
  h.debts.arrears += plan.principal;
  loan.balance = h.debts.bankLoan;
  chargeInterest(s, 'arrears', plan.interest);
  loan.pendingDue = 0;
  loan.missedPayments++;
  loan.missedInRow = plan.missedInRow;
  loan.status = 'arrears';
  addTimeline(s, c, 'timeline.missedPayment', { amount: plan.principal + plan.interest, missed: loan.missedInRow }, loan.missedInRow === 1);
  if (plan.defaults) defaultOnLoan(s, c);
}

function closeIfRepaid(s: GameState, c: Ctx): void {
  const h = s.household;
  const loan = h.loan;
  if (loan && loan.status !== 'defaulted' && h.debts.bankLoan <= 0 && h.debts.arrears <= 0) {
    h.debts.bankLoan = 0;
    loan.balance = 0;
    loan.status = 'repaid';
    addTimeline(s, c, 'timeline.loanRepaid', { principal: loan.principal }, true);
  }
}

/** A month's interest on informal borrowing (the loan shark's rate compounds monthly: engine.ts charges it on
 * what was owed before the month's new borrowing, so it starts the month after borrowing). */
export function informalInterest(balance: number, monthlyRate: number): number {
  return Math.round(balance * monthlyRate);
}

/** What relatives would lend now: their remaining capacity, less when ties have frayed. */
export function relativesCanLend(s: GameState): number {
  const t = s.household.meters.ties;
  return Math.max(0, Math.round(s.household.relativesCapacity * Math.min(1, t / METERS.meterEffectsRelativesFullFrom)));
}

/** Spread what is left of the bank loan over the months left (after an early repayment or new terms). One
 * function for every rescheduling: early repayment, the bank calling part of the loan, restructuring. */
export function reschedule(s: GameState, extraMonths = 0): void {
  const loan = s.household.loan;
  if (!loan) return;
  loan.termMonths += extraMonths;
  const left = Math.max(1, loan.termMonths - (s.month - loan.startMonth));
  loan.balance = s.household.debts.bankLoan;
  loan.monthlyPrincipal = Math.ceil(s.household.debts.bankLoan / left);
}

/** Default: the bank calls in the whole balance. The household is told and decides what it can pay now (the
 * debt.calledIn card); what is left falls on the guarantor, and what the guarantor cannot pay goes to court. */
export function defaultOnLoan(s: GameState, c: Ctx): void {
  const h = s.household;
  const loan = h.loan!;
  loan.status = 'defaulted';
  h.defaulted = true;
  h.payFromSavings = false;
  h.debts.arrears += h.debts.bankLoan;
  h.debts.bankLoan = 0;
  loan.balance = 0;
  addTimeline(s, c, 'timeline.loanDefaulted', { owed: h.debts.arrears }, true);
  const g = s.guarantor;
  raiseDebtEvent(s, c, 'debt.calledIn', {
    owed: h.debts.arrears, cash: Math.max(0, h.cash), relation: g?.relation ?? '', guarantorCan: g && g.bound ? Math.max(0, Math.min(h.debts.arrears, g.savings)) : 0,
    blacklistMonths: c.v.blacklistMonths,
  });
}

/** What settling a called-in loan does once the household has paid what it will, worked out before it is done:
 * settleCalledIn applies exactly this, and the debt card shows it. The guarantor pays what they can (joint
 * liability); what is left goes to court. */
export interface Settlement {
  guarantorPays: number;
  /** What the household owes its guarantor afterwards, in all. */
  owedToGuarantor: number;
  leftUnpaid: number;
  listed: boolean;
  /** A bound guarantor left with nothing is listed too. */
  guarantorListed: boolean;
  /** Meter changes when the bank turns to a guarantor (nominal; meters stop at 0). */
  wellbeing: number;
  ties: number;
}

export function settlement(s: GameState, arrears: number): Settlement {
  const g = s.guarantor;
  const turnsToGuarantor = !!g && g.bound && arrears > 0;
  const guarantorPays = turnsToGuarantor ? Math.min(arrears, Math.max(0, g.savings)) : 0;
  const leftUnpaid = arrears - guarantorPays;
  return {
    guarantorPays, owedToGuarantor: s.household.debts.owedToGuarantor + guarantorPays, leftUnpaid, listed: leftUnpaid > 0,
    guarantorListed: turnsToGuarantor && leftUnpaid > 0 && g.savings - guarantorPays <= 0,
    wellbeing: turnsToGuarantor ? -CREDIT.guarantorCalledWellbeingLoss : 0, ties: turnsToGuarantor ? -CREDIT.guarantorCalledTiesLoss : 0,
  };
}

/** After the household has paid what it will: the guarantor is made to pay what they can (joint liability), and
 * what is still unpaid puts the borrower (and a guarantor who could not pay) on the defaulters' list. */
export function settleCalledIn(s: GameState, c: Ctx): void {
  const h = s.household;
  const g = s.guarantor;
  const plan = settlement(s, h.debts.arrears);
  const paid = plan.guarantorPays;
  if (g && g.bound && h.debts.arrears > 0) {
    g.savings -= paid;
    g.paid += paid;
    g.relationship = Math.max(0, g.relationship - CREDIT.guarantorCalledRelationshipLoss);
    g.hardship = Math.min(100, g.hardship + CREDIT.guarantorCalledHardshipBase + Math.round((paid / Math.max(1, paid + g.savings)) * CREDIT.guarantorCalledHardshipPerShare));
    h.debts.arrears -= paid;
    h.debts.owedToGuarantor += paid;
    h.meters.wellbeing = Math.max(0, h.meters.wellbeing + plan.wellbeing);
    h.meters.ties = Math.max(0, h.meters.ties + plan.ties);
    if (paid > 0) addTimeline(s, c, 'timeline.guarantorPaid', { relation: g.relation, amount: paid }, true);
  }
  if (plan.listed) {
    h.blacklisted = true;
    h.blacklistUntil = s.month + c.v.blacklistMonths;
    addTimeline(s, c, 'timeline.blacklisted', { months: c.v.blacklistMonths, owed: h.debts.arrears }, true);
    if (g && plan.guarantorListed) {
      g.blacklisted = true;
      addTimeline(s, c, 'timeline.guarantorBlacklisted', { relation: g.relation }, false);
    }
  }
  raiseDebtEvent(s, c, h.blacklisted ? 'debt.blacklisted' : 'debt.guarantorPaid', {
    relation: g?.relation ?? '', guarantorPaid: paid, owed: h.debts.arrears, owedToGuarantor: h.debts.owedToGuarantor, months: c.v.blacklistMonths,
  });
}

/** Court listing ends when the debt is cleared or the listing period runs out. */
export function updateBlacklist(s: GameState, c: Ctx): void {
  const h = s.household;
  if (!h.blacklisted) return;
  const cleared = h.debts.arrears <= 0 && h.debts.bankLoan <= 0;
  if (cleared || (h.blacklistUntil !== null && s.month >= h.blacklistUntil)) {
    h.blacklisted = false;
    h.blacklistUntil = null;
    addTimeline(s, c, 'timeline.blacklistLifted', {}, true);
  }
}
