// The one call site between the game flow and the town drawn by the town scene (app/renderer/town): which
// state to draw, where the HTML panels are, and whether the town may move. A town that fails to redraw must
// never stop the game, so errors are logged as warnings and play goes on.
import * as town from '../town/index';
import type { GameState } from './sim-api';

export type Insets = Parameters<typeof town.setTownInsets>[0];

export function showTown(state: GameState | null): void {
  try { town.showTown(state); } catch (e) { console.warn('the town could not redraw', e); }
}

export function setTownInsets(insets: Insets): void {
  try { town.setTownInsets(insets); } catch (e) { console.warn('the town could not take the panel insets', e); }
}

export function setTownMotion(reduced: boolean): void {
  try { town.setTownMotion(reduced); } catch (e) { console.warn('the town could not change motion', e); }
}

/** Pans the street to a trade's row ("show my trade"). */
export function showTradeInTown(businessId: string): void {
  try { town.showTradeInTown(businessId); } catch (e) { console.warn('the town could not pan to the trade', e); }
}
