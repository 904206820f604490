// The town seen side-on at eye level. For now the backdrop: sky, housing blocks and the mill/mine on the horizon.
import * as Phaser from 'phaser';

export class TownScene extends Phaser.Scene {
  constructor() {
    super('town');
  }
  create(): void {
    this.draw();
    this.scale.on('resize', () => this.draw());
  }
  private draw(): void {
    this.children.removeAll(true);
    const { width, height } = this.scale;
    const ground = Math.round(height * 0.78);
    const sky = this.add.graphics();
    sky.fillGradientStyle(0xc9d6df, 0xc9d6df, 0xeae4d8, 0xeae4d8, 1);
    sky.fillRect(0, 0, width, ground);
    const img = this.add.image(width / 2, ground, 'skyline').setOrigin(0.5, 1);
    img.setScale(Math.max(width / 1600, (ground * 0.75) / 400));
    const g = this.add.graphics();
    g.fillStyle(0x8a8174, 1).fillRect(0, ground, width, height - ground);
    g.fillStyle(0x6f675c, 1).fillRect(0, ground, width, 6);
  }
}
