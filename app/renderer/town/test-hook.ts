// A window hook (window.__irbTown) for end-to-end tests and the benchmark, present only with ?test=1 or ?bench=crowded:
// show the town for a state played by the model's automatic player, read back what is drawn.
import { autoPolicy, listPersonas, newGame, step, type GameState, type PathId } from '../../sim';
import { crowdedTown } from './model';
import { townBusinessTypes } from './sim-link';
import { setTownInsets, setTownMotion, showCrowdedBenchmarkTown, showTown, townStats } from './index';

export interface PlayOptions { personaId?: string; path: PathId; months: number; businessId?: string; seed?: number; cohortSize?: number }

/** Plays `months` months with the automatic player (new game, then its actions one step at a time). */
export function playMonths(o: PlayOptions): GameState {
  const personaId = o.personaId ?? listPersonas()[0]?.id ?? '';
  const g = newGame({ scenarioId: '2016-steel-coal', personaId, seed: o.seed ?? 7, ...(o.cohortSize ? { cohortSize: o.cohortSize } : {}) });
  if (!g.ok) throw new Error(g.reason.key);
  let s = g.state;
  let guard = 0;
  while (!s.ended && s.month < o.months && guard++ < 2000) {
    const r = step(s, autoPolicy(s, o.path, o.businessId ? { businessId: o.businessId } : undefined));
    if (!r.ok) {
      const e = step(s, { type: 'endMonth' });
      if (!e.ok) break;
      s = e.state;
    } else s = r.state;
  }
  return s;
}

export function installTownTestHook(scene?: unknown): void {
  const town = {
    scene,
    showTown, showCrowdedBenchmarkTown, townStats, setTownInsets, setTownMotion, playMonths,
    showPlayed: (o: PlayOptions) => { const s = playMonths(o); showTown(s); return { month: s.month, path: s.path?.path ?? null, firms: s.market.firms.length }; },
    crowdedCounts: () => { const v = crowdedTown(townBusinessTypes()); return { firms: v.firms.length, walkers: v.walkers }; },
  };
  // Its own global, so it never collides with other screens' test hooks.
  (window as unknown as { __irbTown?: typeof town }).__irbTown = town;
}
