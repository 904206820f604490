// The town's public API for the game flow: show a state (or the title's pre-layoff town), tell the town
// where the HTML panels are, turn motion off, and read back what is drawn (for tests and the benchmark).
import type { GameState } from '../../sim';
import { crowdedTown, preLayoffTown, townFromState, type TownView } from './model';
import { startMonthOfYear, townBusinessTypes } from './sim-link';
import { notify, townStore, type Insets, type TownStats } from './store';

export type { Insets, TownStats } from './store';
export type { TownView } from './model';

/** Shows the town for a game state; null shows the town before the layoffs (the title backdrop). */
export function showTown(state: GameState | null): void {
  if (townStore.benchLock) return;
  const types = townBusinessTypes();
  townStore.view = state ? townFromState(state, types, startMonthOfYear(state.scenarioId)) : preLayoffTown(types);
  townStore.chosen = true;
  notify();
}

/** Shows a prepared view directly (tests, benchmark). */
export function showTownView(view: TownView): void {
  townStore.view = view;
  townStore.chosen = true;
  notify();
}

/** The most crowded street the game can show (≥300 businesses and people), without a game: for the benchmark. */
export function showCrowdedBenchmarkTown(): void {
  showTownView(crowdedTown(townBusinessTypes()));
  townStore.benchLock = true; // the title flow's showTown(null) must not replace the benchmark street
}

/** Pixel insets of the HTML panels; the visible street (and the player's business) is centred in what is left. */
export function setTownInsets(insets: Insets): void {
  const r = (n: number) => Math.max(0, Math.round(Number.isFinite(n) ? n : 0));
  const next = { left: r(insets.left), right: r(insets.right), top: r(insets.top), bottom: r(insets.bottom) };
  const cur = townStore.insets;
  if (cur.left === next.left && cur.right === next.right && cur.top === next.top && cur.bottom === next.bottom) return;
  townStore.insets = next;
  notify();
}

/** Pans the street to a trade's row: the player's own business if it is of that trade, else the row's middle. */
export function showTradeInTown(businessId: string): void {
  townStore.focusRequest = { businessId, seq: (townStore.focusRequest?.seq ?? 0) + 1 };
  notify();
}

/** Reduced motion: nothing moves except changes of state. */
export function setTownMotion(reduced: boolean): void {
  if (townStore.reducedMotion === reduced) return;
  townStore.reducedMotion = reduced;
  notify();
}

export function townStats(): TownStats {
  return { ...townStore.stats };
}
