// Boot -> Preload -> Town, as in Phaser's official templates. Boot only sets up what Preload needs.
import * as Phaser from 'phaser';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }
  create(): void {
    this.scene.start('preload');
  }
}
