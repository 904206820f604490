// phaser/src/textures/DynamicTexture.js in this build: the game draws into CanvasTextures (the town's baked
// street, its art atlas), never into a DynamicTexture, whose drawing context is WebGL's.
function DynamicTexture() {
  throw new Error('Phaser DynamicTexture is not in this build: see scripts/phaser-custom.mjs');
}
module.exports = DynamicTexture;
