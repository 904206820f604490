// The subsidised business loan (chuangye danbao daikuan): equal monthly principal, interest paid by the state
// while repayments are on time; arrears lose the subsidy and carry penalty interest; after enough missed
// payments the loan is in default, the bank calls in the balance, the guarantor is made to pay what they can,
// and what is left goes to court: the borrower (and an unpaying guarantor) are put on the defaulters' blacklist.
import type { GameState, LoanContract } from '../types';
import { addFlow, addTimeline, chargeInterest, type Ctx } from '../ctx';
import { instalmentOutcome } from '../market';
import { raiseDebtEvent } from '../debt-events';

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

/** Interest due on the bank loan this month, the penalty on arrears, and the instalment. */
function chargeArrearsPenalty(s: GameState, c: Ctx, loan: LoanContract): void {
  const h = s.household;
  if (h.debts.arrears > 0) chargeInterest(s, 'arrears', (h.debts.arrears * loan.annualRate * c.v.penaltyRateMultiplier) / 12);
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
  raiseDebtEvent(s, c, 'debt.instalmentShort', {
    due: instalment, covered: Math.max(0, Math.min(instalment, businessProfit ?? 0)), cash: Math.max(0, h.cash), missedInRow: loan.missedInRow,
    missesLeft: Math.max(0, c.v.missedPaymentsToDefault - loan.missedInRow - 1), subsidised: loan.subsidised && h.debts.arrears <= 0 ? 1 : 0,
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

/** Let the instalment go unpaid: principal moves to arrears, interest is charged on top (the subsidy is lost while
 * in arrears), and the third miss in a row is a default. */
export function missInstalment(s: GameState, c: Ctx): void {
  const h = s.household;
  const loan = h.loan!;
  const due = loanDue(s);
  const principal = due.principal;
  h.debts.bankLoan -= principal;
  h.debts.arrears += principal;
  loan.balance = h.debts.bankLoan;
  const interest = due.interest > 0 ? due.interest : Math.round((loan.balance + principal) * loan.annualRate / 12);
  chargeInterest(s, 'arrears', interest);
  loan.pendingDue = 0;
  loan.missedPayments++;
  const r = instalmentOutcome(0, 1, loan.missedInRow, c.v.missedPaymentsToDefault);
  loan.missedInRow = r.missedInRow;
  loan.status = 'arrears';
  addTimeline(s, c, 'timeline.missedPayment', { amount: principal + interest, missed: loan.missedInRow }, loan.missedInRow === 1);
  if (r.defaulted) defaultOnLoan(s, c);
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

/** What relatives would lend now: their remaining capacity, less when ties have frayed. */
export function relativesCanLend(s: GameState): number {
  const t = s.household.meters.ties;
  return Math.max(0, Math.round(s.household.relativesCapacity * Math.min(1, t / 40)));
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

/** After the household has paid what it will: the guarantor is made to pay what they can (joint liability), and
 * what is still unpaid puts the borrower (and a guarantor who could not pay) on the defaulters' list. */
export function settleCalledIn(s: GameState, c: Ctx): void {
  const h = s.household;
  const g = s.guarantor;
  let paid = 0;
  if (g && g.bound && h.debts.arrears > 0) {
    paid = Math.min(h.debts.arrears, Math.max(0, g.savings));
    g.savings -= paid;
    g.paid += paid;
    g.relationship = Math.max(0, g.relationship - 45);
    g.hardship = Math.min(100, g.hardship + 30 + Math.round((paid / Math.max(1, paid + g.savings)) * 40));
    h.debts.arrears -= paid;
    h.debts.owedToGuarantor += paid;
    h.meters.wellbeing = Math.max(0, h.meters.wellbeing - 15);
    h.meters.ties = Math.max(0, h.meters.ties - 10);
    if (paid > 0) addTimeline(s, c, 'timeline.guarantorPaid', { relation: g.relation, amount: paid }, true);
  }
  if (h.debts.arrears > 0) {
    h.blacklisted = true;
    h.blacklistUntil = s.month + c.v.blacklistMonths;
    addTimeline(s, c, 'timeline.blacklisted', { months: c.v.blacklistMonths, owed: h.debts.arrears }, true);
    if (g && g.bound && g.savings <= 0) {
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
