// "Let quiet months pass" stops for anything the player should see: an event, a turning point, new choices.
import { describe, expect, it } from 'vitest';
import { availableActions, newGame, step } from '../../../app/sim';
import { openChoicesSignature, stopAfterMonth } from '../../../app/renderer/game/quiet';

describe('quiet months', () => {
  it('stops for a pending event and at the end, and not for an ordinary month', () => {
    const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 11, months: 30 });
    if (!g.ok) throw new Error('new game');
    let s = step(g.state, { type: 'choosePath', path: 'retire' });
    if (!s.ok) throw new Error('retire');
    let state = s.state;
    const seen = new Set<string>();
    for (let i = 0; i < 40 && !state.ended; i++) {
      if (state.pendingEvent) {
        s = step(state, { type: 'resolveEvent', choiceId: state.pendingEvent.choices.find((c) => c.eligible)!.id });
        if (!s.ok) throw new Error('resolve');
        state = s.state;
        continue;
      }
      const sig = openChoicesSignature(availableActions(state));
      const r = step(state, { type: 'endMonth' });
      if (!r.ok) throw new Error(r.reason.key);
      const why = stopAfterMonth(state, r.state, r.events, sig, openChoicesSignature(availableActions(r.state)));
      if (r.state.ended) expect(why).toBe('ended');
      else if (r.state.pendingEvent) expect(why).toBe('event');
      seen.add(String(why));
      state = r.state;
    }
    expect(state.ended).not.toBeNull();
    expect(seen.has('null')).toBe(true); // most retired months are quiet
  });
  it('sees a change in which choices are open', () => {
    const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 1 });
    if (!g.ok) throw new Error('new game');
    const a = openChoicesSignature(availableActions(g.state));
    const r = step(g.state, { type: 'choosePath', path: 'retire' });
    if (!r.ok) throw new Error('retire');
    expect(openChoicesSignature(availableActions(r.state))).not.toBe(a);
  });
});
