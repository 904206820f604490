// The forms' trade-off figures (figures-play.ts) agree with what the engine then does: the severance internal
// retirement gives up is the severance any other path pays; contributions raise the pension; the project loan
// covers start-up, licence and a few months of costs.
import { describe, expect, it } from 'vitest';
import { contributionFigures, loanFigures, PROJECT_LOAN_MONTHS, retirementTradeoff } from '../../../app/sim';
import { act, start } from './helpers';

describe('play figures', () => {
  it('internal retirement gives up the severance that retraining would pay', () => {
    const s = start('liu-fang');
    const tr = retirementTradeoff(s);
    expect(tr.severanceGivenUp).toBeGreaterThan(0);
    const retrained = act(s, { type: 'choosePath', path: 'retrain', courseId: 'elderCare' });
    const paid = retrained.current.flows.find((f) => f.key === 'severance')?.amount;
    expect(tr.severanceGivenUp).toBe(paid);
    const retired = act(s, { type: 'choosePath', path: 'retire' });
    expect(retired.current.flows.find((f) => f.key === 'severance')).toBeUndefined();
    expect(retired.household.livingAllowance).toBe(tr.allowance);
    expect(tr.pensionAtStatutoryAge).toBeGreaterThan(0);
    // once the severance is paid, nothing is given up any more
    expect(retirementTradeoff(retrained).severanceGivenUp).toBe(0);
  });

  it('paying contributions until the statutory age gives a larger pension than stopping', () => {
    const f = contributionFigures(start('chen-li'));
    expect(f.monthly).toBeGreaterThan(0);
    expect(f.pensionIfPay).toBeGreaterThan(f.pensionIfStop);
  });

  it('sizes the loan to the project and says nothing of profits before a month is played', () => {
    const s = start('wang-qiang');
    const lf = loanFigures(s, 'noodleShop');
    expect(lf.projectLoan).toBeGreaterThanOrEqual(lf.startup + PROJECT_LOAN_MONTHS * lf.monthlyCosts);
    expect(lf.projectLoan - (lf.startup + PROJECT_LOAN_MONTHS * lf.monthlyCosts)).toBeLessThan(1000);
    expect(lf.expectedProfit).toBeNull();
    expect(lf.baselineProfit).toBeGreaterThan(0);
  });
});
