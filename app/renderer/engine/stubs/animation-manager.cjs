// phaser/src/animations/AnimationManager.js in this build: the game has no sprite animations (its figures are
// still images moved by the town scene), so game.anims is an empty manager that only answers what the
// scenes and the loader ask of it at start-up and shut-down.
function AnimationManager(game) {
  this.game = game;
  this.anims = new Map();
}
AnimationManager.prototype.exists = function () { return false; };
AnimationManager.prototype.get = function () { return undefined; };
AnimationManager.prototype.remove = function () { return this; };
AnimationManager.prototype.fromJSON = function () {
  throw new Error('Phaser animations are not in this build: see scripts/phaser-custom.mjs');
};
AnimationManager.prototype.create = AnimationManager.prototype.fromJSON;
AnimationManager.prototype.destroy = function () { this.anims.clear(); this.game = null; };
module.exports = AnimationManager;
