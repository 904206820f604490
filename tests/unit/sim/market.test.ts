// The town market: crowding lowers prices and profits and raises failures and defaults; construction trades
// depend on remittances; the cohort makes its own choices.
import { describe, expect, it } from 'vitest';
import { newGame, runBatch, simulateLife, step, summarize, type GameState } from '../../../app/sim';
import { act, months, start } from './helpers';

function marketAfter(cohortSize: number, seed: number, monthsPlayed = 18): GameState {
  const s = act(start('gao-peng', { cohortSize, seed }), { type: 'choosePath', path: 'retrain', courseId: 'driving' });
  return months(s, monthsPlayed);
}

describe('market', { timeout: 60000 }, () => {
  it('cohort size 0 means no new entrants; a bigger cohort opens more firms', () => {
    const none = marketAfter(0, 1);
    expect(none.market.cohort.businessesOpened).toBe(0);
    const some = marketAfter(200, 1);
    const many = marketAfter(600, 1);
    expect(some.market.cohort.businessesOpened).toBeGreaterThan(20);
    expect(many.market.cohort.businessesOpened).toBeGreaterThan(some.market.cohort.businessesOpened);
  });

  it('more same-type entrants mean lower prices, lower average profit, more failures and more defaults', () => {
    let fewProfit = 0;
    let manyProfit = 0;
    let fewFailed = 0;
    let manyFailed = 0;
    let fewDefaults = 0;
    let manyDefaults = 0;
    let fewPrice = 0;
    let manyPrice = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const few = marketAfter(50, seed);
      const many = marketAfter(500, seed);
      const avg = (s: GameState) => s.history.reduce((a, r) => a + (r.openByType.breakfastStall ?? 0), 0);
      expect(avg(many)).toBeGreaterThan(avg(few));
      fewFailed += few.market.cohort.businessesFailed;
      manyFailed += many.market.cohort.businessesFailed;
      fewDefaults += few.market.cohort.loanDefaults;
      manyDefaults += many.market.cohort.loanDefaults;
      fewPrice += few.market.priceIndex.breakfastStall!;
      manyPrice += many.market.priceIndex.breakfastStall!;
      const profit = (s: GameState) => s.market.firms.filter((f) => f.closedMonth === null && f.businessId === 'breakfastStall').reduce((a, f, _i, arr) => a + f.lastProfit / arr.length, 0);
      fewProfit += profit(few);
      manyProfit += profit(many);
    }
    expect(manyPrice).toBeLessThan(fewPrice);
    expect(manyProfit).toBeLessThan(fewProfit);
    expect(manyFailed).toBeGreaterThan(fewFailed);
    expect(manyDefaults).toBeGreaterThan(fewDefaults);
  });

  it('the player\'s business does worse in a crowded town', () => {
    const cfg = { scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 9 };
    const alone = runBatch({ ...cfg, cohortSize: 0 }, 'business', 40, { businessId: 'breakfastStall' });
    const crowded = runBatch({ ...cfg, cohortSize: 400 }, 'business', 40, { businessId: 'breakfastStall' });
    expect(crowded.meanMonthlyProfit!).toBeLessThan(alone.meanMonthlyProfit!);
    expect(crowded.businessFailureRate!).toBeGreaterThan(alone.businessFailureRate!);
    expect(crowded.netWorth.mean).toBeLessThan(alone.netWorth.mean);
  });

  it('a crowded street often struggles but not always', () => {
    const r = runBatch({ scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 5 }, 'business', 60, { businessId: 'breakfastStall' });
    expect(r.businessFailureRate!).toBeGreaterThan(0.2);
    expect(r.businessFailureRate!).toBeLessThan(0.95);
  });

  it('construction trades lean on remittances, which the layoffs cut', () => {
    const s = marketAfter(0, 2, 14);
    const idx = s.market.town.categoryIndex;
    expect(idx.construction).toBeLessThan(idx.food);
    expect(s.market.town.remittanceIndex).toBeLessThan(1);
  });

  it('firms that run out of cash close', () => {
    const s = marketAfter(400, 3, 20);
    const closed = Object.values(s.market.closedByType).reduce((a, b) => a + b, 0);
    expect(closed).toBeGreaterThan(0);
    for (const f of s.market.firms) if (f.owner !== 'player' && f.closedMonth === null) expect(f.cash).toBeGreaterThanOrEqual(0);
  });

  it('the cohort spreads over the four paths', () => {
    const s = marketAfter(300, 4, 14);
    const c = s.market.cohort.counts;
    expect(c.retire + c.retrain + c.migrate + c.business + c.idle).toBe(300);
    for (const k of ['retire', 'retrain', 'migrate', 'business'] as const) expect(c[k]).toBeGreaterThan(0);
  });

  it('a player\'s business is one firm among others of its type', () => {
    const s = simulateLife({ scenarioId: '2016-steel-coal', personaId: 'wang-qiang', seed: 3 }, 'business', { businessId: 'motorbikeTaxi' });
    const rec = s.history[3]!;
    expect(rec.sameTypeFirms).toBeGreaterThan(10);
    expect(rec.avgProfitSameType).not.toBeNull();
    expect(summarize(s).businessOpened).toBe(true);
    const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'wang-qiang', seed: 3 });
    expect(g.ok && step(g.state, { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 0, termMonths: 12 }).ok).toBe(true);
  });
});
