// phaser/src/gameobjects/tilesprite/TileSprite.js in this build. The TextureManager makes one TileSprite at
// start-up for DynamicTexture's repeat drawing; this build has no DynamicTexture and the game no TileSprite,
// so it gets a placeholder that only takes the call made at start-up (setOrigin).
function TileSprite() {
  this.setOrigin = () => this;
  this.destroy = () => undefined;
}
module.exports = TileSprite;
