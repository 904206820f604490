// One set of figures everywhere: for a played game, the results file, the report's life figures and the lab's
// `play` command all take the outcome, net worth, work at the end and own earnings from the model's single
// definitions (app/sim summary.ts); income is own earnings, never a business's gross takings.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ownEarnings, simulateLife, summarize } from '../../../app/sim';
import { buildResultsFile } from '../../../app/renderer/report/results-file';
import { incomeLast12, lifeOutcome } from '../../../app/renderer/report/lives';

describe('one set of figures', { timeout: 60000 }, () => {
  const cfg = { scenarioId: '2016-steel-coal', personaId: 'wang-qiang', seed: 7, cohortSize: 100 };
  const s = simulateLife(cfg, 'business', { businessId: 'motorbikeTaxi' });
  const sum = summarize(s);

  it('gives the results file and the report the model\'s figures', () => {
    const file = buildResultsFile(s, { language: 'en', classCode: null, nickname: null });
    expect(file.outcome.netWorth).toBe(sum.netWorth);
    expect(file.outcome.outcomeValue).toBe(sum.outcomeValue);
    expect(file.outcome.keptJobBaseline).toBe(sum.keptJobBaseline);
    expect(file.outcome.employed).toBe(sum.inWork);
    const life = lifeOutcome(s);
    expect(life.employedEnd).toBe(sum.inWork);
    expect(life.outcomeValue).toBe(sum.outcomeValue);
    expect(incomeLast12(s)).toBe(sum.earningsLast12);
  });

  it('counts a business by its profit, never its takings', () => {
    const withBiz = s.history.find((r) => r.businessProfit !== null && r.flows.some((f) => f.key === 'businessRevenue'))!;
    const takings = withBiz.flows.find((f) => f.key === 'businessRevenue')!.amount;
    expect(ownEarnings(withBiz)).toBe(withBiz.businessProfit);
    expect(ownEarnings(withBiz)).toBeLessThan(takings);
  });

  it('prints the same figures in the lab', () => {
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/sim-cli.ts', 'play', '--persona', 'wang-qiang', '--path', 'business', '--business', 'motorbikeTaxi', '--seed', '7', '--cohort', '100'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.final.netWorth).toBe(sum.netWorth);
    expect(out.final.outcomeValue).toBe(sum.outcomeValue);
    expect(out.final.keptJobBaseline).toBe(sum.keptJobBaseline);
    expect(out.final.inWork).toBe(sum.inWork);
    expect(out.final.earnings).toBe(sum.earnings);
  });
});
