// The subsidised loan and its credit chain: zero interest while on time; an instalment the business cannot cover is
// the household's decision; arrears lose the subsidy and carry penalty interest; three misses in a row are a
// default; the bank calls the loan in, the guarantor pays what they can, the rest means the blacklist for its
// period, lifted after it.
import { describe, expect, it } from 'vitest';
import { step, type GameState } from '../../../app/sim';
import { act, months, resolveAll, start } from './helpers';

function withBusiness(loanAmount = 50000, termMonths = 12, personaId = 'chen-li'): GameState {
  return act(start(personaId), { type: 'choosePath', path: 'business', businessId: 'smallGrocery', loanAmount, termMonths });
}

/** Drain the household's cash and credit so the next instalments cannot be paid. */
function broke(s: GameState): GameState {
  return { ...s, household: { ...s.household, cash: 0, relativesCapacity: 0, debts: { ...s.household.debts, loanShark: 10_000_000 } }, current: { cashStart: 0, flows: [], interest: 0 } };
}

/** End the month; answer a debt card with the given choice (other cards with their first eligible choice). */
function monthThen(s: GameState, debtChoice: string): GameState {
  let cur = act(resolveAll(s), { type: 'endMonth' });
  while (cur.pendingEvent) {
    const p = cur.pendingEvent;
    const choice = p.id === 'debt.instalmentShort' ? debtChoice : p.choices.find((c) => c.eligible)!.id;
    cur = act(cur, { type: 'resolveEvent', choiceId: choice });
  }
  return cur;
}

describe('microcredit loan', () => {
  it('charges no interest while a subsidised loan is repaid on time', () => {
    let s = { ...withBusiness(), household: { ...withBusiness().household, payFromSavings: true } };
    s = months(s, 6);
    for (const r of s.history) {
      expect(r.flows.some((f) => f.key === 'loanInterest')).toBe(false);
      expect(r.flows.find((f) => f.key === 'loanRepayment')?.amount).toBe(-Math.ceil(50000 / 12));
    }
    expect(s.household.debts.bankLoan).toBe(50000 - 6 * Math.ceil(50000 / 12));
  });

  it('asks the household when the business cannot cover an instalment, and never borrows from a loan shark by itself', () => {
    let s: GameState = { ...withBusiness(), path: null };
    s = act(s, { type: 'endMonth' });
    expect(s.pendingEvent?.id).toBe('debt.instalmentShort');
    const ids = s.pendingEvent!.choices.map((c) => c.id);
    expect(ids).toEqual(['paySavings', 'askRelatives', 'loanShark', 'letArrears']);
    // a household with savings can pay, and the instalment is still owed until it decides
    expect(s.pendingEvent!.choices.find((c) => c.id === 'paySavings')!.eligible).toBe(true);
    expect(s.household.debts.loanShark).toBe(0);
    expect(step(s, { type: 'endMonth' }).ok).toBe(false);
    const paid = act(s, { type: 'resolveEvent', choiceId: 'paySavings' });
    expect(paid.household.debts.bankLoan).toBe(50000 - Math.ceil(50000 / 12));
    expect(paid.household.payFromSavings).toBe(true);
    expect(paid.household.loan!.missedInRow).toBe(0);
  });

  it('turns a missed payment into arrears, loses the subsidy and adds penalty interest', () => {
    let s = broke({ ...withBusiness(), path: null });
    s = monthThen(s, 'letArrears');
    const owed = Math.ceil(50000 / 12);
    expect(s.household.loan!.status).toBe('arrears');
    expect(s.household.loan!.missedInRow).toBe(1);
    // the missed principal plus a month's interest at the contract rate (the subsidy is lost)
    expect(s.household.debts.arrears).toBe(owed + Math.round((50000 * 0.0735) / 12));
    expect(s.timeline.some((t) => t.key === 'timeline.missedPayment')).toBe(true);
    // penalty interest on the arrears next month
    const before = s.household.debts.arrears;
    s = monthThen(s, 'letArrears');
    expect(s.history[1]!.interestCharged).toBeGreaterThanOrEqual(Math.round((before * 0.0735 * 1.5) / 12));
  });

  it('counts missed payments in a row: paying one resets the count', () => {
    let s = broke({ ...withBusiness(), path: null });
    s = monthThen(s, 'letArrears');
    s = monthThen(s, 'letArrears');
    expect(s.household.loan!.missedInRow).toBe(2);
    s = { ...s, household: { ...s.household, cash: 20000 } };
    s = monthThen(s, 'paySavings');
    expect(s.household.loan!.missedInRow).toBe(0);
    expect(s.household.loan!.missedPayments).toBe(2);
    s = { ...s, household: { ...s.household, cash: 0, payFromSavings: false } };
    s = monthThen(s, 'letArrears');
    expect(s.household.defaulted).toBe(false);
  });

  it('defaults after three misses in a row: the bank calls the loan in, the guarantor pays, the rest means the blacklist', () => {
    let s = broke({ ...withBusiness(57000, 12), path: null });
    s = { ...s, guarantor: { ...s.guarantor!, savings: 20000 } };
    s = monthThen(s, 'letArrears');
    s = monthThen(s, 'letArrears');
    s = act(resolveAll(s), { type: 'endMonth' });
    s = act(s, { type: 'resolveEvent', choiceId: 'letArrears' });
    expect(s.household.defaulted).toBe(true);
    expect(s.pendingEvent?.id).toBe('debt.calledIn');
    s = act(s, { type: 'resolveEvent', choiceId: 'cannotPay' });
    expect(s.guarantor!.paid).toBeGreaterThanOrEqual(20000);
    expect(s.household.debts.owedToGuarantor).toBe(s.guarantor!.paid);
    expect(s.guarantor!.relationship).toBeLessThan(80);
    expect(s.household.blacklisted).toBe(true);
    expect(s.pendingEvent?.id).toBe('debt.blacklisted');
    expect(s.timeline.map((t) => t.key)).toEqual(expect.arrayContaining(['timeline.loanDefaulted', 'timeline.guarantorPaid', 'timeline.blacklisted']));
  });

  it('keeps a borrower on the blacklist for its period, then lifts it', () => {
    let s = start('gao-peng');
    s = act(s, { type: 'choosePath', path: 'retrain', courseId: 'driving' });
    s = { ...s, household: { ...s.household, blacklisted: true, blacklistUntil: 24, debts: { ...s.household.debts, arrears: 5000 } } };
    s = months(s, 23);
    expect(s.household.blacklisted).toBe(true);
    s = months(s, 2);
    expect(s.household.blacklisted).toBe(false);
    expect(s.timeline.some((t) => t.key === 'timeline.blacklistLifted' && t.month === 24)).toBe(true);
  });

  it('refuses new credit to someone on the blacklist', () => {
    let s = start('gao-peng');
    s = { ...s, household: { ...s.household, blacklisted: true, blacklistUntil: 24 } };
    const r = step(s, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 8000, termMonths: 12 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.key).toBe('reason.blacklistedNoCredit');
  });

  it('refuses a guarantor who has fallen out with the household', () => {
    let s = start('gao-peng');
    s = { ...s, guarantor: { ...s.guarantor!, relationship: 20 } };
    const r = step(s, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 8000, termMonths: 12 });
    expect(!r.ok && r.reason.key).toBe('reason.noGuarantor');
  });

  it('refuses loans above the cap, above the project, bad terms and borrowers over 60', () => {
    const s = start('gao-peng');
    const r1 = step(s, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 100001, termMonths: 12 });
    expect(!r1.ok && r1.reason.key).toBe('reason.loanAboveCap');
    // a motorbike taxi costs 8,000 + 300 and about 500 a month to run: 100,000 is not a project loan
    const r0 = step(s, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 100000, termMonths: 12 });
    expect(!r0.ok && r0.reason.key).toBe('reason.loanAboveProject');
    const r2 = step(s, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 8000, termMonths: 48 });
    expect(!r2.ok && r2.reason.key).toBe('reason.badTerm');
    const old = { ...s, household: { ...s.household, ageMonths: 61 * 12 } };
    const r3 = step(old, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 8000, termMonths: 12 });
    expect(!r3.ok && r3.reason.key).toBe('reason.tooOldForLoan');
  });

  it('keeps the loan after the business closes', () => {
    let s = resolveAll(months(withBusiness(55000, 24), 2));
    const owed = s.household.debts.bankLoan;
    s = act(s, { type: 'closeBusiness' });
    expect(s.path).toBeNull();
    expect(s.household.debts.bankLoan).toBe(owed);
    s = monthThen(s, 'paySavings');
    expect(s.household.debts.bankLoan).toBe(owed - Math.ceil(55000 / 24));
  });

  it('compounds loan-shark interest monthly, from the month after the borrowing', () => {
    let s = act(start('gao-peng'), { type: 'choosePath', path: 'retrain', courseId: 'driving' });
    s = act(s, { type: 'borrowInformal', source: 'loanShark', amount: 10000 });
    s = months(s, 1);
    expect(s.household.debts.loanShark).toBe(10000);
    s = months(s, 1);
    expect(s.household.debts.loanShark).toBe(10800);
    s = months(s, 1);
    expect(s.household.debts.loanShark).toBe(10800 + Math.round(10800 * 0.08));
  });

  it('lets the household pay its guarantor back', () => {
    let s = start('liu-fang');
    s = act(s, { type: 'choosePath', path: 'retrain', courseId: 'elderCare' });
    s = { ...s, household: { ...s.household, debts: { ...s.household.debts, owedToGuarantor: 3000 } }, guarantor: { ...s.guarantor!, paid: 3000, relationship: 35 } };
    s = act(s, { type: 'repayExtra', target: 'owedToGuarantor', amount: 3000 });
    expect(s.household.debts.owedToGuarantor).toBe(0);
    expect(s.guarantor!.relationship).toBeGreaterThan(35);
    expect(s.timeline.some((t) => t.key === 'timeline.guarantorRepaid')).toBe(true);
  });

  it('uses the scenario cap: 20,000 yuan in 1998', () => {
    const s = start('gao-peng', { scenarioId: '1998-xiagang' });
    const r = step(s, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 25000, termMonths: 12 });
    expect(!r.ok && r.reason).toEqual({ key: 'reason.loanAboveCap', params: { cap: 20000 } });
  });
});
