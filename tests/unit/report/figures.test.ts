// The report's simulated figures come from the simulation itself: the paths not taken are simulateLife with the
// same config, the many lives are the sim's own batch lives (runBatch agrees on the shared statistics), two half
// jobs merge into the whole, and the key numbers for one fixed seed are pinned.
import { describe, expect, it } from 'vitest';
import { deriveSeed, runBatch, simulateLife, summarize } from '../../../app/sim';
import { PATH_IDS, type GameConfig } from '../../../app/sim/types';
import { computeFigures, distributionStats, percentileOf, quantile } from '../../../app/renderer/report/lives';
import { buildReport, playerStanding } from '../../../app/renderer/report/model';

const CFG: GameConfig = { scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 2016 };
const RUNS = 30;
const figures = computeFigures({ cfg: CFG, runs: RUNS });

describe('report figures for a fixed seed', () => {
  it('replays the same world on every path (paths not taken = simulateLife with the same config)', () => {
    expect(figures.counterfactuals.map((c) => c.path)).toEqual([...PATH_IDS]);
    for (const c of figures.counterfactuals) {
      const s = summarize(simulateLife(CFG, c.path));
      expect(c.refused).toBeNull();
      expect(c.life!.netWorth).toBe(s.netWorth);
      expect(c.life!.outcome).toBe(s.outcome);
      expect(c.series!.cash).toHaveLength(s.monthsPlayed);
    }
  });

  it('uses the sim\'s batch lives: life i has seed deriveSeed(seed, i), and runBatch agrees', () => {
    for (const d of figures.distributions) {
      const own = Array.from({ length: RUNS }, (_, i) => summarize(simulateLife({ ...CFG, seed: deriveSeed(CFG.seed, i) }, d.path)).netWorth);
      expect(d.netWorth).toEqual(own);
      const batch = runBatch(CFG, d.path, RUNS);
      expect(d.runs).toBe(batch.runs);
      expect(Math.round(d.stats!.mean)).toBe(batch.netWorth.mean);
      expect(Math.round(d.stats!.defaultShare * 1000) / 1000).toBe(batch.defaultRate);
      expect(Math.round(d.stats!.blacklistShare * 1000) / 1000).toBe(batch.blacklistRate);
    }
  });

  it('refuses a path the persona cannot take, with the sim\'s reason', () => {
    const young = computeFigures({ cfg: { ...CFG, personaId: 'wang-qiang' }, runs: 5 });
    const retire = young.distributions.find((d) => d.path === 'retire')!;
    expect(retire.refused?.key).toBe('reason.tooYoungToRetire');
    expect(retire.runs).toBe(0);
    expect(young.counterfactuals.find((c) => c.path === 'retire')!.refused?.key).toBe('reason.tooYoungToRetire');
  });

  it('gives the same lives when split in two halves (as the two workers do)', () => {
    const a = computeFigures({ cfg: CFG, runs: 10 });
    const b = computeFigures({ cfg: CFG, runs: 10, offset: 10, skipCounterfactuals: true });
    const whole = computeFigures({ cfg: CFG, runs: 20 });
    expect(b.counterfactuals).toEqual([]);
    for (let i = 0; i < PATH_IDS.length; i++) {
      expect([...a.distributions[i]!.netWorth, ...b.distributions[i]!.netWorth]).toEqual(whole.distributions[i]!.netWorth);
      expect(distributionStats([...a.distributions[i]!.lives!, ...b.distributions[i]!.lives!])).toEqual(whole.distributions[i]!.stats);
    }
  });

  it('places the player among the lives of their path', () => {
    const state = simulateLife(CFG, 'business');
    const standing = playerStanding(buildReport(state), { ...figures, millis: 0 })!;
    const d = figures.distributions.find((x) => x.path === 'business')!;
    expect(standing).toEqual({ path: 'business', runs: RUNS, percentile: percentileOf(d.netWorth, summarize(state).netWorth) });
    expect(percentileOf([1, 2, 3, 4], 3)).toBe(0.625);
    expect(quantile([0, 10], 0.25)).toBe(2.5);
  });

  it('pins the key numbers', () => {
    const key = {
      counterfactuals: figures.counterfactuals.map((c) => [c.path, c.life?.netWorth, c.life?.outcome]),
      distributions: figures.distributions.map((d) => [d.path, d.runs, Math.round(d.stats!.median), Math.round(d.stats!.p10), Math.round(d.stats!.p90), d.stats!.defaultShare, d.stats!.employedEndShare]),
    };
    expect(key).toMatchSnapshot();
  });
});
