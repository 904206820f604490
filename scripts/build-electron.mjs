#!/usr/bin/env node
// Bundles the Electron main process and the preload into single CommonJS files with esbuild:
// dist/main/main.cjs and dist/preload/preload.cjs (one file, because a sandboxed preload cannot require modules).
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22', // Electron 41 ships a newer Node; node22 syntax is safely below it
  external: ['electron'],
  // No source maps by default: dist/ is what electron-builder packages. IRB_SOURCEMAP=1 for debugging.
  sourcemap: process.env.IRB_SOURCEMAP === '1' ? 'linked' : false,
  logLevel: 'warning',
  absWorkingDir: root,
};

const targets = [
  { entryPoints: ['app/main/main.ts'], outfile: 'dist/main/main.cjs' },
  { entryPoints: ['app/preload/preload.ts'], outfile: 'dist/preload/preload.cjs' },
];

try {
  await Promise.all(targets.map((t) => build({ ...common, ...t })));
} catch {
  // esbuild has already printed the errors
  console.error('build-electron: failed');
  process.exit(1);
}
for (const t of targets) {
  const file = join(root, t.outfile);
  console.log(`build-electron: ${relative(root, file)} ${(statSync(file).size / 1024).toFixed(1)} kB`);
}
