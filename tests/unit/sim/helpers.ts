// Small helpers for the simulation tests: start a game, apply actions (failing loudly on a refusal), play on.
import { autoPolicy, newGame, step, type Action, type GameConfig, type GameState, type PathId } from '../../../app/sim';

export function start(personaId: string, extra: Partial<GameConfig> = {}): GameState {
  const g = newGame({ scenarioId: '2016-steel-coal', personaId, seed: 42, ...extra });
  if (!g.ok) throw new Error(`newGame refused: ${g.reason.key}`);
  return g.state;
}

export function act(s: GameState, a: Action): GameState {
  const r = step(s, a);
  if (!r.ok) throw new Error(`refused ${JSON.stringify(a)}: ${r.reason.key} ${JSON.stringify(r.reason.params ?? {})}`);
  return r.state;
}

export function resolveAll(s: GameState): GameState {
  let cur = s;
  while (cur.pendingEvent) cur = act(cur, { type: 'resolveEvent', choiceId: cur.pendingEvent.choices.find((c) => c.eligible)!.id });
  return cur;
}

/** Resolve any waiting event with its first eligible choice, then end the month; repeat n times. */
export function months(s: GameState, n: number, pick: 'first' | 'last' = 'first'): GameState {
  let cur = s;
  for (let i = 0; i < n && !cur.ended; i++) {
    while (cur.pendingEvent) {
      const choices = cur.pendingEvent.choices.filter((c) => c.eligible);
      const choice = pick === 'first' ? choices[0]! : choices[choices.length - 1]!;
      cur = act(cur, { type: 'resolveEvent', choiceId: choice.id });
    }
    cur = act(cur, { type: 'endMonth' });
  }
  return cur;
}

/** Play to the end one step() at a time with the automatic player (the slow, reference path). */
export function playBySteps(s: GameState, path: PathId, opts?: { businessId?: string }): GameState {
  let cur = s;
  let guard = 0;
  while (!cur.ended && guard++ < 10000) {
    const a = autoPolicy(cur, path, opts);
    const r = step(cur, a);
    if (r.ok) {
      cur = r.state;
      continue;
    }
    if (cur.pathsTaken.length === 0) return { ...cur, ended: { month: cur.month, reason: r.reason } };
    const r2 = step(cur, { type: 'endMonth' });
    if (!r2.ok) break;
    cur = r2.state;
  }
  return cur;
}

export function flowSum(s: GameState, month: number): number {
  return s.history[month]!.flows.reduce((a, f) => a + f.amount, 0);
}
