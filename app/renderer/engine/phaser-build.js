// The part of Phaser 4 this game uses, built from Phaser's own source modules (issue 15): the full
// dist/phaser.esm.js is ~340 kB gzipped; this is well under half. Every `import * as Phaser from 'phaser'`
// in the renderer resolves here (scripts/phaser-custom.mjs); the types still come from phaser's .d.ts.
// Modules it needs only for features the game never reaches are replaced with stand-ins (engine/stubs,
// listed in scripts/phaser-custom.mjs PHASER_STUBS). Importing a module registers what it provides
// (plugins, `this.add.x` factories), so the side effects below are the point. tests/unit/phaser-build.test.ts fails when the renderer uses a Phaser name or a
// factory that is not listed here; add it here (from phaser/src) rather than going back to the full build.
import CONST from 'phaser/src/const.js';
import Game from 'phaser/src/core/Game.js';
import Scene from 'phaser/src/scene/Scene.js';
import 'phaser/src/scene/ScenePlugin.js';
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/gameobjects/GameObjectCreator.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/input/InputPlugin.js';
import 'phaser/src/loader/LoaderPlugin.js';
import 'phaser/src/loader/filetypes/SVGFile.js';
import Graphics from 'phaser/src/gameobjects/graphics/Graphics.js';
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/graphics/GraphicsCreator.js';
import Image from 'phaser/src/gameobjects/image/Image.js';
import 'phaser/src/gameobjects/image/ImageFactory.js';
import Rectangle from 'phaser/src/gameobjects/shape/rectangle/Rectangle.js';
import 'phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';
import Pointer from 'phaser/src/input/Pointer.js';
import CanvasTexture from 'phaser/src/textures/CanvasTexture.js';
import Vector2 from 'phaser/src/math/Vector2.js';
import Clamp from 'phaser/src/math/Clamp.js';
import ScaleConst from 'phaser/src/scale/const/index.js';

export const { AUTO, CANVAS, WEBGL, HEADLESS, VERSION } = CONST;
export { Game, Scene };
export const GameObjects = { Graphics, Image, Rectangle };
export const Input = { Pointer };
export const Textures = { CanvasTexture };
export const Math = { Vector2, Clamp };
export const Scale = { ...ScaleConst.CENTER, ...ScaleConst.ORIENTATION, ...ScaleConst.SCALE_MODE, ...ScaleConst.ZOOM };
