#!/usr/bin/env node
// Builds everything the app needs: the renderer with Vite, then main + preload for Electron.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) { console.error(`build step failed: ${cmd} ${args.join(' ')}`); process.exit(r.status ?? 1); }
};
run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
if (existsSync('scripts/build-electron.mjs')) run(process.execPath, ['scripts/build-electron.mjs']);
