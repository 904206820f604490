// The town as one economy that reacts to the layoffs: a shared job pool, spending that falls with the share laid
// off, remittances only from migrants with work, firms that fail without crowding, defaults that rise with
// crowding through the cash-flow rule, one random stream for the town so every path sees the same town.
import { describe, expect, it } from 'vitest';
import { availableActions, deriveSeed, localJobOdds, newGame, simulateLife, step, summarize, type GameState, type PathId } from '../../../app/sim';
import { makeCtx } from '../../../app/sim/ctx';
import { modifierFactor } from '../../../app/sim/market';
import { act, months, resolveAll, start } from './helpers';

function life(personaId: string, path: PathId, seed: number, cohortSize: number, extra: { businessId?: string; scenarioId?: string } = {}): GameState {
  return simulateLife({ scenarioId: extra.scenarioId ?? '2016-steel-coal', personaId, seed, cohortSize }, path, extra.businessId ? { businessId: extra.businessId } : undefined);
}

function cohortDefaultShare(cohortSize: number, scenarioId = '2016-steel-coal'): number {
  let opened = 0;
  let defaults = 0;
  for (let i = 0; i < 8; i++) {
    const s = life('liu-fang', 'retrain', deriveSeed(11, i), cohortSize, { scenarioId });
    opened += s.market.cohort.businessesOpened;
    defaults += s.market.cohort.loanDefaults;
  }
  return defaults / opened;
}

describe('the town economy', { timeout: 60000 }, () => {
  it('gives every path of one seed the same town', () => {
    const a = life('liu-fang', 'retrain', 5, 200);
    const b = life('liu-fang', 'migrate', 5, 200);
    const c = life('liu-fang', 'retire', 5, 200);
    const town = (s: GameState) => JSON.stringify({ firms: s.market.firms.filter((f) => f.owner !== 'player'), cohort: s.market.cohort, prices: s.market.priceIndex });
    expect(town(b)).toBe(town(a));
    expect(town(c)).toBe(town(a));
  });

  it('makes local jobs harder to find the more laid-off people look', () => {
    const odds = (cohort: number) => {
      let s = act(start('gao-peng', { cohortSize: cohort }), { type: 'choosePath', path: 'retrain', courseId: 'driving' });
      s = resolveAll(months(s, 12));
      return localJobOdds(s, makeCtx(s), null);
    };
    expect(odds(400)).toBeLessThan(odds(200));
    expect(odds(200)).toBeLessThan(odds(0));
  });

  it('lets town spending fall with the share of the workforce laid off', () => {
    const wageIndex = (cohort: number) => resolveAll(months(act(start('liu-fang', { cohortSize: cohort }), { type: 'choosePath', path: 'retire' }), 12)).market.town.wageIndex;
    expect(wageIndex(0)).toBeGreaterThan(wageIndex(200));
    expect(wageIndex(200)).toBeGreaterThan(wageIndex(400));
  });

  it('counts remittances only from cohort migrants who have work', () => {
    const s = resolveAll(months(act(start('liu-fang', { cohortSize: 300 }), { type: 'choosePath', path: 'retire' }), 12));
    const c = makeCtx(s);
    const co = s.market.cohort;
    expect(co.migrantsEmployed).toBeLessThan(co.migrantsAway);
    const dry = modifierFactor(s.market, 'remittance', '', '', s.month - 1);
    expect(s.market.town.remittanceIndex).toBeCloseTo((1 - c.v.townRemittanceCut + co.migrantsEmployed * c.v.cohortMigrantRemittanceLift) * dry, 6);
  });

  it('loses some new firms even with no crowding', () => {
    let closed = 0;
    for (let i = 0; i < 40; i++) if (summarize(life('wang-qiang', 'business', deriveSeed(3, i), 0)).businessClosed) closed++;
    expect(closed).toBeGreaterThan(2);
    expect(closed).toBeLessThan(30);
  });

  it('raises cohort founders\' defaults with crowding, through their cash flow', () => {
    const few = cohortDefaultShare(50, '1998-xiagang');
    const many = cohortDefaultShare(800, '1998-xiagang');
    expect(many).toBeGreaterThan(few);
    expect(few).toBeGreaterThan(0);
  });

  it('lets the class round replace the cohort\'s own openings for a month', () => {
    let s = act(start('liu-fang', { cohortSize: 0 }), { type: 'choosePath', path: 'retire' });
    const before = s.market.firms.filter((f) => f.businessId === 'breakfastStall' && f.closedMonth === null).length;
    s = act(s, { type: 'setClassMarket', entrants: { breakfastStall: 7 } });
    s = act(s, { type: 'endMonth' });
    const after = s.market.firms.filter((f) => f.businessId === 'breakfastStall' && f.owner === 'cohort').length;
    expect(after).toBe(7);
    expect(s.market.classEntrants).toBeNull();
    expect(before).toBeGreaterThan(0);
    const bad = step(s, { type: 'setClassMarket', entrants: { casino: 1 } });
    expect(!bad.ok && bad.reason.key).toBe('reason.unknownBusiness');
    const neg = step(s, { type: 'setClassMarket', entrants: { breakfastStall: -1 } });
    expect(!neg.ok && neg.reason.key).toBe('reason.badAmount');
  });
});

describe('retraining rules', () => {
  it('allows one subsidised course per spell without work, and none while holding a job', () => {
    let s = act(start('wang-qiang'), { type: 'choosePath', path: 'retrain', courseId: 'electrician' });
    const again = step(s, { type: 'choosePath', path: 'retrain', courseId: 'driving' });
    expect(!again.ok && again.reason.key).toBe('reason.oneCoursePerSpell');
    s = { ...s, household: { ...s.household, job: { kind: 'local', wage: 2000, sinceMonth: 0, courseId: null, destinationId: null, withheld: 0 }, employed: true, coursesTaken: 0 } };
    const working = step(s, { type: 'choosePath', path: 'retrain', courseId: 'driving' });
    expect(!working.ok && working.reason.key).toBe('reason.quitJobFirst');
  });

  it('pays the stipend only to the registered unemployed in class', () => {
    let s = act(start('wang-qiang'), { type: 'choosePath', path: 'retrain', courseId: 'electrician' });
    s = { ...s, household: { ...s.household, job: { kind: 'local', wage: 2000, sinceMonth: 0, courseId: null, destinationId: null, withheld: 0 }, employed: true } };
    s = months(s, 1);
    expect(s.history[0]!.flows.some((f) => f.key === 'stipend')).toBe(false);
  });

  it('gives a course the effect Bidani et al. found: a small rise in the odds, the same wages', () => {
    const s = resolveAll(months(act(start('gao-peng'), { type: 'choosePath', path: 'retrain', courseId: 'driving' }), 4));
    const opts = availableActions(s);
    const driving = opts.find((o) => o.action.type === 'choosePath' && 'courseId' in o.action && o.action.courseId === 'driving')!;
    const ratio = driving.figures.placementOdds! / driving.figures.noCourseOdds!;
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.3);
  });
});

describe('1998: the re-employment service centre', () => {
  it('keeps a xiagang worker on the basic living allowance instead of paying severance, and buys them out on leaving', () => {
    let s = act(start('liu-fang', { scenarioId: '1998-xiagang' }), { type: 'choosePath', path: 'retrain', courseId: 'domesticService' });
    expect(s.household.centreMonthsLeft).toBe(36);
    s = months(s, 1);
    const flows = s.history[0]!.flows.map((f) => f.key);
    expect(flows).toContain('centreAllowance');
    expect(flows).not.toContain('severance');
    const biz = act(start('liu-fang', { scenarioId: '1998-xiagang' }), { type: 'choosePath', path: 'business', businessId: 'breakfastStall', loanAmount: 0, termMonths: 12 });
    expect(biz.current.flows.some((f) => f.key === 'severance')).toBe(true);
    expect(biz.household.centreMonthsLeft).toBe(0);
  });

  it('offers no online-shop course and no phone repair in 1998', () => {
    const s = start('liu-fang', { scenarioId: '1998-xiagang' });
    const ids = availableActions(s).map((o) => o.action as { courseId?: string; businessId?: string });
    expect(ids.some((a) => a.courseId === 'eCommerce')).toBe(false);
    expect(ids.some((a) => a.businessId === 'phoneRepair')).toBe(false);
    expect(s.market.firms.some((f) => f.businessId === 'phoneRepair')).toBe(false);
  });
});

describe('the outcome', { timeout: 60000 }, () => {
  it('adds business value and secured income, subtracts lost health, and compares with the job kept', () => {
    const s = life('liu-fang', 'retire', 9, 200);
    const sum = summarize(s);
    expect(sum.outcomeValue).toBe(sum.netWorth + sum.businessValue + sum.securedIncomeValue - sum.healthCost);
    // internal retirement secures an allowance and then a pension within the five years after the game
    expect(sum.securedIncomeValue).toBeGreaterThan(0);
    expect(sum.keptJobBaseline).toBeGreaterThan(sum.outcomeValue);
    const b = life('wang-qiang', 'business', 9, 0);
    const sb = summarize(b);
    if (sb.businessOpen) expect(sb.businessValue).toBeGreaterThan(0);
    else expect(sb.businessValue).toBe(0);
  });

  it('counts stopping pension contributions against the outcome', () => {
    const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'zhang-jianguo', seed: 4 });
    if (!g.ok) throw new Error();
    let s = act(g.state, { type: 'choosePath', path: 'retrain', courseId: 'elderCare' });
    const paying = resolveAll(months(act(s, { type: 'setContributions', on: true }), 12));
    s = resolveAll(months(s, 12));
    expect(summarize(paying).securedIncomeValue).toBeGreaterThan(summarize(s).securedIncomeValue);
  });
});
