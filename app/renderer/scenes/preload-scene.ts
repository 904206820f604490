// Loads the world's art with a progress bar, then hands over to the town.
import * as Phaser from 'phaser';
import { artManifest } from './art-manifest';

export class PreloadScene extends Phaser.Scene {
  constructor() {
    super('preload');
  }
  preload(): void {
    const { width, height } = this.scale;
    const barW = Math.min(420, width * 0.6);
    const frame = this.add.rectangle(width / 2, height / 2, barW + 8, 20, 0x3b3a36).setOrigin(0.5);
    const bar = this.add.rectangle(width / 2 - barW / 2, height / 2, 1, 12, 0xe69f00).setOrigin(0, 0.5);
    this.load.on('progress', (p: number) => { bar.width = Math.max(1, barW * p); });
    this.load.once('complete', () => { frame.destroy(); bar.destroy(); });
    for (const a of artManifest) this.load.svg(a.key, a.url, { width: a.width, height: a.height });
  }
  create(): void {
    this.scene.start('town');
    this.game.events.emit('world-ready');
  }
}
