// Seed-pinned snapshots: the same seeds must keep giving the same lives. When the model changes on purpose,
// review the differences and update with `npx vitest run tests/snapshot -u`.
import { describe, expect, it } from 'vitest';
import { PATH_IDS, listPersonas, runBatch, simulateLife, summarize } from '../../app/sim';

describe('seed-pinned lives', { timeout: 60000 }, () => {
  for (const p of listPersonas()) {
    it(`${p.id}: one life per path (seed 2016)`, () => {
      const out: Record<string, unknown> = {};
      for (const path of PATH_IDS) {
        const s = simulateLife({ scenarioId: '2016-steel-coal', personaId: p.id, seed: 2016 }, path);
        const sum = summarize(s);
        out[path] = s.ended?.reason.key.startsWith('reason.') ? { refused: s.ended.reason } : {
          netWorth: sum.netWorth, cash: sum.cash, debt: sum.debt, employed: sum.employed, defaulted: sum.defaulted,
          blacklisted: sum.blacklisted, businessOpen: sum.businessOpen, meanMonthlyProfit: sum.meanMonthlyProfit, outcome: sum.outcome,
          timeline: s.timeline.filter((t) => t.turningPoint).map((t) => `${t.month}:${t.key}`),
        };
      }
      expect(out).toMatchSnapshot();
    });
  }

  it('the first months of a 1998 business life', () => {
    const s = simulateLife({ scenarioId: '1998-xiagang', personaId: 'chen-li', seed: 1998 }, 'business');
    expect(s.history.slice(0, 4).map((r) => ({ month: r.month, cash: r.cash, debt: r.debt, flows: r.flows, sameTypeFirms: r.sameTypeFirms }))).toMatchSnapshot();
  });

  it('a small batch', () => {
    expect(runBatch({ scenarioId: '2016-steel-coal', personaId: 'wang-qiang', seed: 7 }, 'business', 30)).toMatchSnapshot();
  });
});
