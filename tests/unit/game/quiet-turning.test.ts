// Quiet months stop at a turning point (a timeline entry marked as one), even when nothing asks for a choice and
// the open choices stay the same; and a business counts as surviving a year only once twelve months have passed.
import { describe, expect, it } from 'vitest';
import { newGame, type GameState } from '../../../app/sim';
import { stopAfterMonth } from '../../../app/renderer/game/quiet';
import { survivedYear } from '../../../app/renderer/report/lives';

function base(): GameState {
  const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 3 });
  if (!g.ok) throw new Error('new game');
  return g.state;
}

describe('quiet months and turning points', () => {
  it('stop after a month that wrote a turning point, and not after one that wrote an ordinary entry', () => {
    const prev = base();
    const turning = { ...prev, timeline: [...prev.timeline, { month: 1, key: 'timeline.uiEnded', params: {}, turningPoint: true }] };
    const ordinary = { ...prev, timeline: [...prev.timeline, { month: 1, key: 'timeline.courseFinished', params: {}, turningPoint: false }] };
    expect(stopAfterMonth(prev, turning, [], 'same', 'same')).toBe('turningPoint');
    expect(stopAfterMonth(prev, ordinary, [], 'same', 'same')).toBeNull();
  });
});

describe('a business surviving its first year', () => {
  it('counts only after twelve months have passed', () => {
    expect(survivedYear({ openedMonth: 2, closedMonth: null }, 13)).toBeNull();
    expect(survivedYear({ openedMonth: 2, closedMonth: null }, 14)).toBe(true);
    expect(survivedYear({ openedMonth: 2, closedMonth: 13 }, 36)).toBe(false);
    expect(survivedYear({ openedMonth: 2, closedMonth: 14 }, 36)).toBe(true);
  });
});
