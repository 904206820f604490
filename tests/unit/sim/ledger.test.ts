// The household ledger: severance, unemployment insurance months, every yuan recorded as a flow.
import { describe, expect, it } from 'vitest';
import { listPersonas, summarize } from '../../../app/sim';
import { act, flowSum, months, start } from './helpers';

describe('ledger', { timeout: 30000 }, () => {
  it('pays severance of one month per year of service when the contract ends', () => {
    const s = months(act(start('wang-qiang'), { type: 'choosePath', path: 'retrain', courseId: 'driving' }), 1);
    const sev = s.history[0]!.flows.find((f) => f.key === 'severance')!.amount;
    expect(sev).toBe(4200 * 17);
    expect(listPersonas().find((p) => p.id === 'wang-qiang')!.severance).toBe(sev);
  });

  it('gives 12, 18 or 24 months of unemployment insurance by contribution years', () => {
    const ui = (years: number) => {
      const s0 = start('gao-peng');
      const s = { ...s0, household: { ...s0.household, contributionYears: years } };
      return act(s, { type: 'choosePath', path: 'retrain', courseId: 'driving' }).household.uiMonthsLeft;
    };
    expect(ui(3)).toBe(12);
    expect(ui(8)).toBe(18);
    expect(ui(12)).toBe(24);
    expect(ui(0)).toBe(0);
  });

  it('pays unemployment insurance only while unemployed at home', () => {
    let s = act(start('gao-peng'), { type: 'choosePath', path: 'migrate', destinationId: 'coastalFactory', bringChildren: false });
    s = months(s, 2);
    for (const r of s.history) expect(r.flows.some((f) => f.key === 'unemploymentInsurance')).toBe(false);
  });

  it('records every yuan: cash change equals the sum of the month\'s flows', () => {
    for (const personaId of ['liu-fang', 'wang-qiang', 'chen-li']) {
      const s = months(act(start(personaId), { type: 'choosePath', path: 'business', businessId: 'breakfastStall', loanAmount: 15000, termMonths: 12 }), 36);
      for (const r of s.history) {
        expect(r.cash - r.cashStart).toBe(flowSum(s, r.month));
        expect(r.cash).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('falls back on relatives, then going without, and never goes to a loan shark by itself', () => {
    const s0 = start('liu-fang');
    const h = { ...s0.household, cash: 0, relativesCapacity: 300, remittanceIn: 0 };
    let s = act({ ...s0, household: h, current: { cashStart: 0, flows: [], interest: 0 } }, { type: 'choosePath', path: 'retire' });
    s = { ...s, household: { ...s.household, livingAllowance: 0 } };
    s = months(s, 1, 'last');
    const keys = s.history[0]!.flows.map((f) => f.key);
    expect(keys).toContain('informalBorrowing');
    expect(keys).not.toContain('loanSharkBorrowing');
    expect(s.household.debts.informalRelatives).toBe(300);
    expect(s.household.debts.loanShark).toBe(0);
    expect(s.household.goingWithout).toBe(true);
    expect(s.history[0]!.cash).toBeGreaterThanOrEqual(0);
  });

  it('summarizes net worth as cash minus all debts', () => {
    const s = months(act(start('chen-li'), { type: 'choosePath', path: 'business', businessId: 'smallGrocery', loanAmount: 55000, termMonths: 24 }), 5);
    const sum = summarize(s);
    const d = s.household.debts;
    expect(sum.debt).toBe(d.bankLoan + d.arrears + d.informalRelatives + d.loanShark + d.owedToGuarantor + d.unpaidBills);
    expect(sum.netWorth).toBe(s.household.cash - sum.debt);
    expect(sum.businessOpen).toBe(true);
  });
});
