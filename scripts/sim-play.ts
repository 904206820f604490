// The automatic player one step at a time through step() (the path the game itself uses), from a state to the end:
// shared by the calibration script and the fingerprint.
import { autoPolicy, step, type GameState, type PathId } from '../app/sim/index';

export function playOut(s0: GameState, path: PathId): GameState {
  let s = s0;
  for (let guard = 0; !s.ended && guard < 5000; guard++) {
    const r = step(s, autoPolicy(s, path));
    const next = r.ok ? r : step(s, { type: 'endMonth' });
    if (!next.ok) break;
    s = next.state;
  }
  return s;
}
