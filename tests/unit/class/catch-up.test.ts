// Autopilot hand-back: rounds the host played for an absent student are played in the student's own game when they
// come back (each round's market first, then its months with the automatic player following the class's choice),
// rounds the game already lived are not taken in twice, and the months played for the student are listed.
import { describe, expect, it } from 'vitest';
import { classEntrantsOf, listPersonas, newGame, resolveClassHistory, step } from '../../../app/sim/index';
import type { Action, ClassTick, GameState } from '../../../app/sim/index';
import { catchUpAll, handBackOf, monthsPlayedFor, nextActionFor, playRoundFor } from '../../../app/renderer/class/catch-up';
import type { RoundChoice } from '../../../app/shared/class-protocol';

const K = 3;
const ticks: ClassTick[] = resolveClassHistory({ scenarioId: '2016-steel-coal', seats: 12, monthsPerRound: K }, 42, [
  [3, 1, 0, 0, 2, 0, 0, 0, 0], [4, 2, 1, 0, 2, 0, 0, 0, 0], [6, 2, 1, 0, 2, 0, 0, 0, 0], [6, 3, 1, 1, 2, 0, 0, 0, 0],
]);
const rec = (round: number, flag: RoundChoice['flag'], trade: RoundChoice['trade'] = null): RoundChoice => ({ round, trade, location: trade ? 'sideStreet' : null, flag });

/** A game and a dispatch that records what it was asked, as the renderer's session does with step(). */
function game() {
  const g = newGame({ scenarioId: '2016-steel-coal', personaId: listPersonas()[0]!.id, seed: 11 });
  if (!g.ok) throw new Error(g.reason.key);
  let state: GameState = g.state;
  const actions: Action[] = [];
  const dispatch = (a: Action) => {
    actions.push(a);
    const r = step(state, a);
    if (r.ok) state = r.state;
    return { ok: r.ok };
  };
  return { get: () => state, dispatch, actions, set: (s: GameState) => { state = s; } };
}

describe('handBackOf', () => {
  const t2 = ticks[1]!; // months 3-5
  it.each([
    ['a live round is always handed to the next month', 7, rec(2, 'autopilot'), true, 'apply'],
    ['a round played for the student, game at its start', 3, rec(2, 'autopilot'), false, 'catchUp'],
    ['a round played for the student, game in its middle', 4, rec(2, 'auto'), false, 'catchUp'],
    ['a round played for the student, game already past it', 6, rec(2, 'autopilot'), false, 'skip'],
    ['a round the student chose, game past its first month (market taken then)', 4, rec(2, 'chosen', 'noodleShop'), false, 'skip'],
    ['a round the student chose, game at its first month', 3, rec(2, 'chosen', 'noodleShop'), false, 'apply'],
    ['a round played for the student, game not there yet (its own months first)', 1, rec(2, 'autopilot'), false, 'apply'],
    ['no record (code mode)', 3, null, false, 'apply'],
  ] as const)('%s', (_n, month, mine, live, want) => {
    expect(handBackOf(month, t2, mine, live, K)).toBe(want);
  });
});

describe('catching up after time away', () => {
  it('plays the rounds played for the student in order: market first, the class\'s trade opened, months to the round\'s end', () => {
    const g = game();
    const mine = [rec(1, 'autopilot', 'noodleShop'), rec(2, 'auto', 'noodleShop'), rec(3, 'chosen', 'hairSalon')];
    const done = catchUpAll(g.get, g.dispatch, ticks, mine, K);
    expect(done).toEqual([{ round: 1, from: 0, to: 3, flag: 'autopilot' }, { round: 2, from: 3, to: 6, flag: 'auto' }]);
    expect(g.get().month).toBe(6); // round 3 was the student's own: not played for them
    const s = g.get();
    expect(s.pathsTaken[0]).toMatchObject({ path: 'business' });
    expect(s.path?.path === 'business' ? s.path.businessId : null).toBe('noodleShop');
    // each round's market entered before that round's first month ended
    const markets = g.actions.map((a, i) => (a.type === ('setClassMarket' as string) ? i : -1)).filter((i) => i >= 0);
    expect(markets).toHaveLength(3); // rounds 1 and 2 played, then round 3's market for the coming month
    const firstEnd = g.actions.findIndex((a) => a.type === 'endMonth');
    expect(markets[0]).toBeLessThan(firstEnd);
    expect((g.actions[markets[1]!] as unknown as { entrants: Record<string, number> }).entrants).toEqual(classEntrantsOf(ticks[1]!));
    // the game now stands at the start of round 3 (the student's own): its market waits for the coming month
    expect(g.get().market.classEntrants).toEqual(classEntrantsOf(ticks[2]!));
    // a second pass (another reconnect) plays nothing again
    const before = g.actions.length;
    expect(catchUpAll(g.get, g.dispatch, ticks, mine, K)).toEqual([]);
    expect(g.get().month).toBe(6);
    expect(g.actions.slice(before).map((a) => a.type)).toEqual(['setClassMarket']);
  });

  it('never chooses a life path the class did not count: a household without one and no business waits for the student', () => {
    const g = game();
    expect(catchUpAll(g.get, g.dispatch, ticks, [rec(1, 'autopilot', null)], K)).toEqual([]);
    expect(g.get().pathsTaken).toEqual([]);
    expect(g.get().month).toBe(0);
  });

  it('does nothing while the student\'s own earlier months are still to play, or before the class has parameters', () => {
    const g = game();
    g.dispatch({ type: 'choosePath', path: 'retire' });
    g.dispatch({ type: 'endMonth' });
    expect(g.get().month).toBe(1); // month 1 of round 1, which the student chose
    expect(catchUpAll(g.get, g.dispatch, ticks, [rec(1, 'chosen', 'noodleShop'), rec(2, 'autopilot', 'noodleShop')], K)).toEqual([]);
    expect(catchUpAll(g.get, g.dispatch, ticks, [rec(1, 'autopilot', 'noodleShop')], 0)).toEqual([]);
    expect(g.get().month).toBe(1);
  });

  it('a round caught up in the middle plays only its remaining months', () => {
    const g = game();
    g.dispatch({ type: 'choosePath', path: 'retire' });
    g.dispatch({ type: 'endMonth' });
    expect(playRoundFor(g.get, g.dispatch, ticks[0]!, { ...rec(1, 'auto'), flag: 'auto' }, K)).toEqual({ round: 1, from: 1, to: 3, flag: 'auto' });
  });

  it('answers an open event the automatic player\'s way', () => {
    const g = game();
    const s = g.get();
    const withEvent = { ...s, pendingEvent: { id: 'x', kind: 'debt', params: {}, choices: [{ id: 'letArrears', eligible: true, figures: {} }] } } as unknown as GameState;
    expect(nextActionFor(withEvent, rec(1, 'autopilot', 'noodleShop'))?.type).toBe('resolveEvent');
  });
});

describe('monthsPlayedFor', () => {
  it('lists the months of the rounds the host played for the seat, as the play screen counts them', () => {
    expect(monthsPlayedFor(ticks, [rec(1, 'chosen'), rec(2, 'autopilot'), rec(3, 'absent'), rec(4, 'auto')], K)).toEqual([
      { round: 2, first: 4, last: 6, flag: 'autopilot' }, { round: 4, first: 10, last: 12, flag: 'auto' },
    ]);
  });
});
