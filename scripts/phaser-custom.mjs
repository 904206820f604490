// Vite plugin for the game's custom Phaser build (issue 15): `import ... from 'phaser'` in the renderer
// resolves to app/renderer/engine/phaser-build.js, which imports only the modules the game uses from
// phaser/src (CommonJS; Vite bundles it). Phaser's source expects its webpack build flags
// (`typeof WEBGL_RENDERER` etc., see node_modules/phaser/config/webpack.dist.config.js); this plugin sets
// them the same way, so sound, the 3D camera and Facebook Instant Games stay out of the bundle.
import { realpathSync } from 'node:fs';
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
const flagPattern = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

export function phaserCustomBuild() {
  return {
    name: 'irb-phaser-custom',
    enforce: 'pre',
    // The renderer asks for WebGL only when this build has it (main.ts).
    config: () => ({ define: { __IRB_PHASER_WEBGL__: JSON.stringify(PHASER_FLAGS.WEBGL_RENDERER) } }),
    resolveId(source) {
      if (source === 'phaser') return entry;
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
