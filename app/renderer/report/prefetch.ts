// Lets the game flow start the report's simulations before the report opens (e.g. when the last month begins
// or the end screen shows), so the figures are usually ready by the time the player asks for the report.
import type { GameState } from '../game/sim-api';
import { DEFAULT_RUNS, figuresFor } from './figures-client';

export function prefetchReportFigures(state: GameState, runs = DEFAULT_RUNS): void {
  figuresFor(state.config, runs).catch(() => undefined);
}
