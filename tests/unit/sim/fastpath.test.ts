// simulateLife plays on one mutable copy for speed; it must give exactly what stepping with step() gives.
import { describe, expect, it } from 'vitest';
import { newGame, simulateLife, step, PATH_IDS } from '../../../app/sim';
import { playBySteps, start } from './helpers';

describe('simulateLife fast path', { timeout: 60000 }, () => {
  for (const personaId of ['liu-fang', 'wang-qiang', 'chen-li']) {
    for (const path of PATH_IDS) {
      it(`${personaId} / ${path}: equals the step() path`, () => {
        const cfg = { scenarioId: '2016-steel-coal', personaId, seed: 11, cohortSize: 150 };
        const fast = simulateLife(cfg, path);
        const g = newGame(cfg);
        if (!g.ok) throw new Error();
        const slow = playBySteps(g.state, path);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
      });
    }
  }

  it('does not change the state it was given', () => {
    const s = start('gao-peng');
    const before = JSON.stringify(s);
    step(s, { type: 'choosePath', path: 'migrate', destinationId: 'coastalFactory', bringChildren: false });
    expect(JSON.stringify(s)).toBe(before);
  });

  it('is deterministic: same seed, same life; another seed, another life', () => {
    const cfg = { scenarioId: '2016-steel-coal', personaId: 'gao-peng', seed: 5 };
    expect(JSON.stringify(simulateLife(cfg, 'business'))).toBe(JSON.stringify(simulateLife(cfg, 'business')));
    expect(JSON.stringify(simulateLife(cfg, 'business'))).not.toBe(JSON.stringify(simulateLife({ ...cfg, seed: 6 }, 'business')));
  });

  it('ends at once with the refusal when the persona cannot take the path', () => {
    const s = simulateLife({ scenarioId: '2016-steel-coal', personaId: 'wang-qiang', seed: 1 }, 'retire');
    expect(s.ended?.reason.key).toBe('reason.tooYoungToRetire');
    expect(s.history).toHaveLength(0);
  });
});
