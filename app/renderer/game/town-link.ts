// The one call site between the game flow and the town drawn by the town scene (app/renderer/town).
// The town module is optional at build time: until it exists these calls do nothing.
import type { GameState } from './sim-api';

export interface Insets { left: number; right: number; top: number; bottom: number }
interface TownModule {
  showTown?: (state: GameState | null) => void;
  setTownInsets?: (insets: Insets) => void;
  setTownMotion?: (reduced: boolean) => void;
}

const found = import.meta.glob<TownModule>('../town/index.ts', { eager: true });
const town: TownModule | null = Object.values(found)[0] ?? null;

export function showTown(state: GameState | null): void {
  try { town?.showTown?.(state); } catch (e) { console.warn('town could not redraw', e); }
}

let last = '';
export function setTownInsets(insets: Insets): void {
  const key = JSON.stringify(insets);
  if (key === last) return;
  last = key;
  try { town?.setTownInsets?.(insets); } catch (e) { console.warn('town could not take insets', e); }
}

export function setTownMotion(reduced: boolean): void {
  try { town?.setTownMotion?.(reduced); } catch (e) { console.warn('town could not change motion', e); }
}

export const hasTown = (): boolean => town !== null;
