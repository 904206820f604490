// Property tests: for any sequence of legal actions, money is accounted for, nothing is NaN or infinite, debts are
// never negative, the state survives a JSON round trip, and replaying the same actions gives the same bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableActions, listPersonas, newGame, step, type Action, type GameState } from '../../app/sim';

const personaIds = listPersonas().map((p) => p.id);

function finiteEverywhere(x: unknown, path = 'state'): string | null {
  if (typeof x === 'number') return Number.isFinite(x) ? null : path;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      const bad = finiteEverywhere(x[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      const bad = finiteEverywhere(v, `${path}.${k}`);
      if (bad) return bad;
    }
  }
  return null;
}

const gameArb = fc.record({
  personaId: fc.constantFrom(...personaIds),
  scenarioId: fc.constantFrom('2016-steel-coal', '1998-xiagang'),
  seed: fc.integer(),
  cohortSize: fc.integer({ min: 0, max: 300 }),
  months: fc.integer({ min: 3, max: 24 }),
  picks: fc.array(fc.nat(), { minLength: 10, maxLength: 80 }),
});

/** Play by choosing among the currently eligible actions with the given picks (ending months often). */
function play(cfg: { personaId: string; scenarioId: string; seed: number; cohortSize: number; months: number }, picks: number[], check: (before: GameState, after: GameState, a: Action) => void): { state: GameState; actions: Action[] } {
  const g = newGame(cfg);
  if (!g.ok) throw new Error(g.reason.key);
  let s = g.state;
  const actions: Action[] = [];
  for (const pick of picks) {
    if (s.ended) break;
    const options = availableActions(s).filter((o) => o.eligible);
    if (options.length === 0) throw new Error('no legal action');
    // Half the time end the month when that is allowed, so games get somewhere.
    const end = options.find((o) => o.action.type === 'endMonth');
    const a = end && pick % 2 === 0 ? end.action : options[pick % options.length]!.action;
    const r = step(s, a);
    expect(r.ok, `legal action refused: ${JSON.stringify(a)} ${r.ok ? '' : r.reason.key}`).toBe(true);
    if (!r.ok) break;
    check(s, r.state, a);
    actions.push(a);
    s = r.state;
  }
  return { state: s, actions };
}

describe('simulation properties', { timeout: 120000 }, () => {
  it('accounts for money, stays finite and non-negative, and replays exactly', () => {
    fc.assert(
      fc.property(gameArb, ({ picks, ...cfg }) => {
        const { state, actions } = play(cfg, picks, (before, after) => {
          for (let m = before.history.length; m < after.history.length; m++) {
            const r = after.history[m]!;
            const sum = r.flows.reduce((acc, f) => acc + f.amount, 0);
            expect(r.cash - r.cashStart).toBe(sum);
            expect(Number.isInteger(r.cash)).toBe(true);
          }
          const h = after.household;
          expect(h.cash).toBeGreaterThanOrEqual(0);
          for (const [k, v] of Object.entries(h.debts)) expect(v, k).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(h.cash)).toBe(true);
          // the month in progress also balances
          const pending = after.current.flows.reduce((acc, f) => acc + f.amount, 0);
          expect(h.cash - after.current.cashStart).toBe(pending);
        });
        expect(finiteEverywhere(state)).toBeNull();
        // JSON round trip: equal, and it plays on identically
        const copy = JSON.parse(JSON.stringify(state)) as GameState;
        expect(copy).toEqual(state);
        if (!state.ended && !state.pendingEvent && state.pathsTaken.length > 0) {
          const a = step(state, { type: 'endMonth' });
          const b = step(copy, { type: 'endMonth' });
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        }
        // replay from the start gives the same bytes
        const g = newGame(cfg);
        if (!g.ok) throw new Error();
        let replay = g.state;
        for (const a of actions) {
          const r = step(replay, a);
          if (!r.ok) throw new Error(r.reason.key);
          replay = r.state;
        }
        expect(JSON.stringify(replay)).toBe(JSON.stringify(state));
      }),
      { numRuns: 30, seed: 20160415 },
    );
  }, 120000);

  it('refuses, never throws, for arbitrary junk actions', () => {
    const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 1 });
    if (!g.ok) throw new Error();
    const s = g.state;
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom('choosePath', 'resolveEvent', 'endMonth', 'borrowInformal', 'repayExtra', 'closeBusiness', 'setContributions'), (junk, type) => {
        const a = (junk && typeof junk === 'object' ? { ...junk, type } : { type, amount: junk, path: junk }) as unknown as Action;
        const r = step(s, a);
        if (!r.ok) expect(r.reason.key).toMatch(/^reason\./);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
