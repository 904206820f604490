// phaser/src/math/index.js in this build (scripts/phaser-custom.mjs): only what its two importers read.
// Config.js seeds `RND` from a RandomDataGenerator; GetAdvancedValue.js reads `RND`. The rest of Phaser.Math
// (3D matrices, quaternions, noise, easing tables) is not used by the game, which imports its maths directly.
/* eslint-disable @typescript-eslint/no-require-imports -- a stand-in for a CommonJS module of phaser/src, requiring its siblings */
module.exports = {
  RandomDataGenerator: require('phaser/src/math/random-data-generator/RandomDataGenerator.js'),
  RND: null,
};
