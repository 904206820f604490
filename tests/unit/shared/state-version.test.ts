// The save schema and the model agree on the state version, and a game saved under the earlier model is refused
// with its own reason (not migrated into a different game, not called corrupt).
import { describe, expect, it } from 'vitest';
import { GAME_STATE_VERSION, checkSave, SAVE_FORMAT, SAVE_VERSION } from '../../../app/shared/save-schema';
import { STATE_VERSION, newGame } from '../../../app/sim';

describe('state version', () => {
  it('is the same in the save schema and the model', () => {
    expect(GAME_STATE_VERSION).toBe(STATE_VERSION);
  });

  it('refuses a state from the earlier model with that reason', () => {
    const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 1 });
    if (!g.ok) throw new Error();
    const good = { format: SAVE_FORMAT, version: SAVE_VERSION, savedAt: new Date(0).toISOString(), classCode: null, nickname: null, state: g.state };
    expect(checkSave(good).ok).toBe(true);
    const old = checkSave({ ...good, state: { ...g.state, version: 1 } });
    expect(old.ok).toBe(false);
    if (!old.ok) {
      expect(old.problem).toBe('version');
      expect(old.reason).toMatch(/earlier model/);
    }
  });
});
