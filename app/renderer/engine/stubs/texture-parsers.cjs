// phaser/src/textures/parsers/index.js in this build: the parsers for what the game adds (canvases, images,
// SVGs as images, JSON atlases, sprite sheets); compressed-texture, PCT, XML and Unity atlases throw.
/* eslint-disable @typescript-eslint/no-require-imports -- a stand-in for a CommonJS module of phaser/src, requiring its siblings */
const missing = (name) => () => { throw new Error(`Phaser's ${name} texture parser is not in this build: see scripts/phaser-custom.mjs`); };
module.exports = {
  AtlasXML: missing('AtlasXML'),
  Canvas: require('phaser/src/textures/parsers/Canvas.js'),
  Image: require('phaser/src/textures/parsers/Image.js'),
  JSONArray: require('phaser/src/textures/parsers/JSONArray.js'),
  JSONHash: require('phaser/src/textures/parsers/JSONHash.js'),
  KTXParser: missing('KTX'),
  PCT: missing('PCT'),
  PCTDecode: missing('PCTDecode'),
  PVRParser: missing('PVR'),
  SpriteSheet: require('phaser/src/textures/parsers/SpriteSheet.js'),
  SpriteSheetFromAtlas: require('phaser/src/textures/parsers/SpriteSheetFromAtlas.js'),
  UnityYAML: missing('UnityYAML'),
};
