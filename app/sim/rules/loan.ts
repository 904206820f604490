// The subsidised business loan (chuangye danbao daikuan): equal monthly principal, interest paid by the state
// while repayments are on time; arrears lose the subsidy and carry penalty interest; after enough missed
// payments the loan is in default, the bank calls in the balance, the guarantor is made to pay what they can,
// and what is left goes to court: the borrower (and an unpaying guarantor) are put on the defaulters' blacklist.
import type { GameState, LoanContract } from '../types';
import { addFlow, addTimeline, type Ctx } from '../ctx';

export function newLoan(amount: number, termMonths: number, month: number, c: Ctx): LoanContract {
  return {
    principal: amount, balance: amount, termMonths, monthlyPrincipal: Math.ceil(amount / termMonths), startMonth: month,
    annualRate: c.v.loanAnnualRate, subsidised: c.v.loanInterestSubsidised, missedPayments: 0, status: 'current',
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

/** Monthly repayment out of whatever cash is left after living costs. */
export function serviceLoan(s: GameState, c: Ctx): void {
  const h = s.household;
  const loan = h.loan;
  if (!loan || loan.status === 'repaid') return;
  if (loan.status === 'defaulted') {
    // The balance has been called in; penalty interest keeps running on what is unpaid.
    if (h.debts.arrears > 0) h.debts.arrears += Math.round((h.debts.arrears * loan.annualRate * c.v.penaltyRateMultiplier) / 12);
    return;
  }
  const due = loanDue(s);
  let cash = Math.max(0, h.cash);
  // arrears first
  const payArrears = Math.min(cash, due.arrears);
  if (payArrears > 0) {
    addFlow(s, 'arrearsRepayment', -payArrears);
    h.debts.arrears -= payArrears;
    cash -= payArrears;
  }
  const payInterest = Math.min(cash, due.interest);
  if (payInterest > 0) {
    addFlow(s, 'loanInterest', -payInterest);
    cash -= payInterest;
  }
  const payPrincipal = Math.min(cash, due.principal);
  if (payPrincipal > 0) {
    addFlow(s, 'loanRepayment', -payPrincipal);
    h.debts.bankLoan -= payPrincipal;
    loan.balance = h.debts.bankLoan;
  }
  const unpaid = due.interest - payInterest + (due.principal - payPrincipal);
  if (unpaid > 0) {
    // Missed: the unpaid part moves to arrears (principal leaves the schedule), the subsidy is lost for the month.
    h.debts.arrears += unpaid;
    h.debts.bankLoan -= due.principal - payPrincipal;
    loan.balance = h.debts.bankLoan;
    loan.missedPayments++;
    loan.status = 'arrears';
    addTimeline(s, c, 'timeline.missedPayment', { amount: unpaid, missed: loan.missedPayments }, loan.missedPayments === 1);
  } else if (h.debts.arrears <= 0) {
    loan.status = 'current';
  }
  if (h.debts.arrears > 0) {
    h.debts.arrears += Math.round((h.debts.arrears * loan.annualRate * c.v.penaltyRateMultiplier) / 12);
  }
  if (loan.status === 'arrears' && loan.missedPayments >= c.v.missedPaymentsToDefault && h.debts.arrears > 0) {
    defaultOnLoan(s, c);
    return;
  }
  if (h.debts.bankLoan <= 0 && h.debts.arrears <= 0) {
    h.debts.bankLoan = 0;
    loan.balance = 0;
    loan.status = 'repaid';
    addTimeline(s, c, 'timeline.loanRepaid', { principal: loan.principal }, true);
  }
}

/** Default: the bank calls in the whole balance; the guarantor pays what they can; the rest goes to court. */
export function defaultOnLoan(s: GameState, c: Ctx): void {
  const h = s.household;
  const loan = h.loan!;
  loan.status = 'defaulted';
  h.defaulted = true;
  h.debts.arrears += h.debts.bankLoan;
  h.debts.bankLoan = 0;
  loan.balance = 0;
  addTimeline(s, c, 'timeline.loanDefaulted', { owed: h.debts.arrears }, true);
  const g = s.guarantor;
  let paid = 0;
  if (g && g.bound) {
    paid = Math.min(h.debts.arrears, Math.max(0, g.savings));
    g.savings -= paid;
    g.paid += paid;
    g.relationship = Math.max(0, g.relationship - 45);
    g.hardship = Math.min(100, g.hardship + 30 + Math.round((paid / Math.max(1, paid + g.savings)) * 40));
    h.debts.arrears -= paid;
    h.debts.owedToGuarantor += paid;
    h.meters.wellbeing = Math.max(0, h.meters.wellbeing - 15);
    addTimeline(s, c, 'timeline.guarantorPaid', { relation: g.relation, amount: paid }, true);
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
