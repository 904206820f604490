// Starts the town behind whatever screen is up (the title, or the first game screen on the join page): picks the
// renderer, loads the engine chunk and marks the body when the town is drawn (or could not be), issue 15.
import { startWorld } from './world';
import { chooseRenderer, parseRendererRequest, probeWebGLRenderer } from './platform/renderer-choice';

export async function startTown(): Promise<void> {
  const request = parseRendererRequest(new URLSearchParams(location.search).get('renderer'));
  // A build without Phaser's WebGL renderer (scripts/phaser-custom.mjs) draws with Canvas whatever was asked.
  const renderer = __IRB_PHASER_WEBGL__ ? chooseRenderer(request, request === 'auto' ? probeWebGLRenderer() : null) : 'canvas';
  document.body.dataset.renderer = renderer;
  // The town is scenery: a world that fails to load leaves the game playable on the plain background.
  try {
    await startWorld(document.getElementById('world') as HTMLElement, renderer);
    document.body.dataset.world = 'ready';
  } catch (e) {
    console.warn('the town could not start', e);
    document.body.dataset.world = 'failed';
  }
}
