// The town's live inputs (what to show, the panels' insets, reduced motion), shared by the public API
// (index.ts) and the Phaser scene that draws them. Kept apart so neither imports the other.
import type { TownView } from './model';

export interface Insets { left: number; right: number; top: number; bottom: number }

export interface TownStats {
  firms: number;
  openFirms: number;
  closedFirms: number;
  /** Firms drawn busy (queue), getting by, struggling (empty, sign lowered). */
  busyFirms: number;
  strugglingFirms: number;
  people: number;
  /** Drawn this frame (after culling), for the benchmark. */
  visibleObjects: number;
  hotspots: number;
  streetWidth: number;
  /** Street position (design units) at the centre of the free area: tests see the street pan. */
  focusX: number;
  renderer: 'webgl' | 'canvas' | 'none';
}

type Listener = () => void;

export const townStore = {
  view: null as TownView | null,
  insets: { left: 0, right: 0, top: 0, bottom: 0 } as Insets,
  reducedMotion: false,
  /** Set once the caller or the scene decided (so the scene's default title backdrop does not override a game). */
  chosen: false,
  /** The crowded benchmark street stays up whatever the game flow asks for. */
  benchLock: false,
  stats: { firms: 0, openFirms: 0, closedFirms: 0, busyFirms: 0, strugglingFirms: 0, people: 0, visibleObjects: 0, hotspots: 0, streetWidth: 0, focusX: 0, renderer: 'none' } as TownStats,
  /** A request to pan to a trade's row ("show my trade"); seq grows with each request. */
  focusRequest: null as { businessId: string; seq: number } | null,
  listeners: new Set<Listener>(),
};

export function notify(): void {
  townStore.listeners.forEach((fn) => fn());
}

export function subscribe(fn: Listener): () => void {
  townStore.listeners.add(fn);
  return () => townStore.listeners.delete(fn);
}
