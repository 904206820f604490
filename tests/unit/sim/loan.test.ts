// The subsidised loan: zero interest while on time, arrears and penalty interest, default, guarantor, blacklist.
import { describe, expect, it } from 'vitest';
import { step, type GameState } from '../../../app/sim';
import { act, months, resolveAll, start } from './helpers';

function withBusiness(loanAmount = 50000, termMonths = 12): GameState {
  return act(start('chen-li'), { type: 'choosePath', path: 'business', businessId: 'smallGrocery', loanAmount, termMonths });
}

/** Drain the household's cash and credit so the next instalments cannot be paid. */
function broke(s: GameState): GameState {
  return { ...s, household: { ...s.household, cash: 0, relativesCapacity: 0, debts: { ...s.household.debts, loanShark: 10_000_000 } }, current: { cashStart: 0, flows: [] } };
}

describe('microcredit loan', () => {
  it('charges no interest while a subsidised loan is repaid on time', () => {
    const s = months(withBusiness(), 6);
    for (const r of s.history) {
      expect(r.flows.some((f) => f.key === 'loanInterest')).toBe(false);
      expect(r.flows.find((f) => f.key === 'loanRepayment')?.amount).toBe(-Math.ceil(50000 / 12));
    }
    expect(s.household.debts.bankLoan).toBe(50000 - 6 * Math.ceil(50000 / 12));
  });

  it('turns missed payments into arrears, loses the subsidy and adds penalty interest', () => {
    let s = broke(withBusiness());
    s = { ...s, path: null };
    s = months(s, 1);
    expect(s.household.debts.arrears).toBeGreaterThan(Math.ceil(50000 / 12));
    expect(s.household.loan!.status).toBe('arrears');
    expect(s.timeline.some((t) => t.key === 'timeline.missedPayment')).toBe(true);
  });

  it('defaults after three missed payments: the guarantor pays and the borrower is blacklisted', () => {
    let s = broke(withBusiness(100000, 12));
    s = { ...s, path: null, guarantor: { ...s.guarantor!, savings: 20000 } };
    s = months(s, 3, 'last');
    expect(s.household.defaulted).toBe(true);
    // the guarantor's savings (20,000 plus three months of saving) all went to the bank
    expect(s.guarantor!.paid).toBeGreaterThanOrEqual(20000);
    expect(s.guarantor!.savings).toBeLessThan(2000);
    expect(s.household.debts.owedToGuarantor).toBe(s.guarantor!.paid);
    expect(s.guarantor!.relationship).toBeLessThan(80);
    expect(s.household.blacklisted).toBe(true);
    expect(s.timeline.map((t) => t.key)).toEqual(expect.arrayContaining(['timeline.loanDefaulted', 'timeline.guarantorPaid', 'timeline.blacklisted']));
  });

  it('refuses new credit to someone on the blacklist', () => {
    let s = start('gao-peng');
    s = { ...s, household: { ...s.household, blacklisted: true, blacklistUntil: 24 } };
    const r = step(s, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 10000, termMonths: 12 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.key).toBe('reason.blacklistedNoCredit');
  });

  it('refuses loans above the cap, bad terms and borrowers over 60', () => {
    const s = start('gao-peng');
    const r1 = step(s, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 100001, termMonths: 12 });
    expect(!r1.ok && r1.reason.key).toBe('reason.loanAboveCap');
    const r2 = step(s, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 10000, termMonths: 48 });
    expect(!r2.ok && r2.reason.key).toBe('reason.badTerm');
    const old = { ...s, household: { ...s.household, ageMonths: 61 * 12 } };
    const r3 = step(old, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 10000, termMonths: 12 });
    expect(!r3.ok && r3.reason.key).toBe('reason.tooOldForLoan');
  });

  it('keeps the loan after the business closes', () => {
    let s = resolveAll(months(withBusiness(60000, 24), 2));
    const owed = s.household.debts.bankLoan;
    s = act(s, { type: 'closeBusiness' });
    expect(s.path).toBeNull();
    expect(s.household.debts.bankLoan).toBe(owed);
    s = months(s, 1);
    expect(s.history[s.history.length - 1]!.flows.some((f) => f.key === 'loanRepayment')).toBe(true);
  });

  it('uses the scenario cap: 20,000 yuan in 1998', () => {
    const s = start('gao-peng', { scenarioId: '1998-xiagang' });
    const r = step(s, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 25000, termMonths: 12 });
    expect(!r.ok && r.reason).toEqual({ key: 'reason.loanAboveCap', params: { cap: 20000 } });
  });
});
