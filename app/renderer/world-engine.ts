// Creates the Phaser game that draws the town behind the HTML panels. Its own chunk, loaded by world.ts after
// the title is interactive; 'phaser' here is the game's custom build (engine/phaser-build.js, vite.config.ts).
import * as Phaser from 'phaser';
import { BootScene } from './scenes/boot-scene';
import { PreloadScene } from './scenes/preload-scene';
import { TownScene } from './scenes/town-scene';

let game: Phaser.Game | null = null;

export function startWorld(parent: HTMLElement, renderer: 'canvas' | 'webgl'): Promise<Phaser.Game> {
  return new Promise((resolve) => {
    game = new Phaser.Game({
      type: renderer === 'canvas' ? Phaser.CANVAS : Phaser.WEBGL,
      parent,
      backgroundColor: '#e9e4da',
      // The town bakes its static street into a canvas behind this one (see scenes/town-scene.ts), so only
      // what moves is drawn each frame.
      transparent: true,
      banner: false,
      scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 1280, height: parent.clientHeight || 720 },
      scene: [BootScene, PreloadScene, TownScene],
      audio: { noAudio: true },
    });
    game.events.once('world-ready', () => resolve(game as Phaser.Game));
  });
}

export function getWorld(): Phaser.Game | null {
  return game;
}

/** Stops the world's frame loop while an opaque screen (the report) covers it, so its CPU goes elsewhere. */
export function setWorldPaused(paused: boolean): void {
  if (!game) return;
  if (paused && game.loop.running) game.loop.sleep();
  else if (!paused && !game.loop.running) game.loop.wake(true);
}
