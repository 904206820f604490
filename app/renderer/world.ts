// The handle the rest of the renderer holds on the Phaser world, without importing Phaser: the engine and
// the town's art load in their own chunk (world-engine.ts) after the title is interactive (issue 15).
type Engine = typeof import('./world-engine');

let engine: Engine | null = null;
let wantPaused = false;

/** Loads the engine chunk and starts the world; resolves when the town's art is on screen. */
export async function startWorld(parent: HTMLElement, renderer: 'canvas' | 'webgl'): Promise<void> {
  engine = await import('./world-engine');
  await engine.startWorld(parent, renderer);
  engine.setWorldPaused(wantPaused);
}

/** Stops the world's frame loop while an opaque screen (the report) covers it, so its CPU goes elsewhere. */
export function setWorldPaused(paused: boolean): void {
  wantPaused = paused;
  engine?.setWorldPaused(paused);
}
