// Vite plugin for the game's custom Phaser build (issue 15): `import ... from 'phaser'` in the renderer
// resolves to app/renderer/engine/phaser-build.js, which imports only the modules the game uses from
// phaser/src (CommonJS; Vite bundles it). Phaser's source expects its webpack build flags
// (`typeof WEBGL_RENDERER` etc., see node_modules/phaser/config/webpack.dist.config.js); this plugin sets
// them the same way, so sound, the 3D camera and Facebook Instant Games stay out of the bundle.
import { realpathSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
// Real path: node_modules may be a symlink (worktrees), and module ids are real paths.
const phaserSrc = realpathSync(here('../node_modules/phaser/src/')) + '/';
const entry = here('../app/renderer/engine/phaser-build.js');

/**
 * What each `typeof FLAG` in phaser/src becomes. Canvas only: the town bakes its static street into one 2D
 * canvas and draws ~80 images a frame, which Canvas 2D does at 60 fps even without a GPU, while the WebGL
 * renderer alone is ~110 kB gzipped (docs/performance.md). Set WEBGL_RENDERER to true to bring it back:
 * renderer-choice.ts then picks WebGL on machines with a hardware GPU, and the size test shows the cost.
 */
export const PHASER_FLAGS = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};
/**
 * Modules of phaser/src that this build replaces with small stand-ins (app/renderer/engine/stubs): each is
 * required by a module the game uses but does work the game never asks for (WebGL filters, compressed
 * textures, sprite animations, the whole Phaser.Math namespace). Each stand-in says why in its header and
 * throws if the game ever reaches the missing feature.
 */
export const PHASER_STUBS = {
  'math/index.js': 'math-index.cjs',
  'gameobjects/components/FilterList.js': 'filter-list.cjs',
  'textures/parsers/index.js': 'texture-parsers.cjs',
  'gameobjects/tilesprite/TileSprite.js': 'tile-sprite.cjs',
  'textures/DynamicTexture.js': 'dynamic-texture.cjs',
  'animations/AnimationManager.js': 'animation-manager.cjs',
};
const stubDir = here('../app/renderer/engine/stubs/');

/** The stand-in for a relative require inside phaser/src, or null. */
function stubFor(source, importer) {
  if (!importer || !source.startsWith('.')) return null;
  const importerPath = importer.split('?')[0];
  if (!importerPath.startsWith(phaserSrc)) return null;
  const abs = resolvePath(dirname(importerPath), source);
  const rel = abs.slice(phaserSrc.length).replace(/\\/g, '/');
  for (const candidate of [rel, `${rel}.js`, `${rel.replace(/\/$/, '')}/index.js`]) {
    const stub = PHASER_STUBS[candidate];
    if (stub) return stubDir + stub;
  }
  return null;
}

const flagPattern = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

export function phaserCustomBuild() {
  return {
    name: 'irb-phaser-custom',
    enforce: 'pre',
    // The renderer asks for WebGL only when this build has it (main.ts).
    config: () => ({ define: { __IRB_PHASER_WEBGL__: JSON.stringify(PHASER_FLAGS.WEBGL_RENDERER) } }),
    resolveId(source, importer) {
      if (source === 'phaser') return entry;
      const stub = stubFor(source, importer);
      if (stub) return stub;
      // phaser's package "exports" hides src/: reach it by path, for the custom entry only.
      if (source.startsWith('phaser/src/')) return phaserSrc + source.slice('phaser/src/'.length);
      return null;
    },
    transform(code, id) {
      if (!id.startsWith(phaserSrc) || !code.includes('typeof ')) return null;
      const out = code.replace(flagPattern, (_m, flag) => String(PHASER_FLAGS[flag]));
      return out === code ? null : { code: out, map: null };
    },
  };
}
