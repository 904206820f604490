#!/usr/bin/env node
// `npm start`: builds, then opens the desktop app. Electron's binary is not downloaded at install time, so
// it is fetched here on first start; where that is impossible (offline), the same game is served to a browser.
// `npm run web` (--web) goes straight to the browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const DEFAULT_PORT = 4173;
const USAGE = 'usage: npm start [-- --web] [-- --port <1024-65535>]';

const options = readOptions(process.argv.slice(2));

run(process.execPath, [join(root, 'scripts', 'build.mjs')], 'the build failed');

if (options.web) {
  await serveInBrowser(options.port);
} else {
  let electron = electronBinary();
  if (!electron) {
    const failure = installElectron();
    electron = electronBinary();
    if (!electron) {
      console.log(
        `The desktop runtime (Electron ${electronVersion()}) could not be downloaded${failure ? ` (${failure})` : ''}, so the game is served in your browser instead.`,
      );
      await serveInBrowser(options.port);
    }
  }
  if (electron) launch(electron);
}

function readOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { web: { type: 'boolean' }, port: { type: 'string' } }, strict: true, allowPositionals: false });
  } catch (err) {
    fail(`start: ${String(err.message).split('. ')[0]}; ${USAGE}`, 2);
  }
  const { web = false, port } = parsed.values;
  if (port !== undefined && !/^\d+$/.test(port)) fail(`start: --port needs a number, got "${port}"; ${USAGE}`, 2);
  const portNumber = port === undefined ? undefined : Number(port);
  if (portNumber !== undefined && (portNumber < 1024 || portNumber > 65535)) fail(`start: --port ${port} is out of range; ${USAGE}`, 2);
  return { web, port: portNumber };
}

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

function run(command, args, what) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) fail(`start: ${what} (exit ${r.status ?? r.signal}).`, r.status || 1);
}

function electronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/** The Electron executable if its binary has been downloaded, else null (electron's own index.js would throw). */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Runs Electron's own installer (the postinstall step that was skipped). Returns a short reason on failure. */
function installElectron() {
  console.log(`Fetching the Electron ${electronVersion()} desktop runtime (first start only)...`);
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD; // set at install time to skip the download; here we want it
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status === 0) return null;
  const firstLine = `${r.stderr ?? ''}\n${r.stdout ?? ''}`.split('\n').map((l) => l.trim()).find(Boolean);
  return (firstLine ?? r.error?.message ?? `installer exit ${r.status}`).slice(0, 160);
}

function launch(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
  const child = spawn(binary, [root], { cwd: root, env, stdio: 'inherit' });
  forwardSignals(child);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveInBrowser(requestedPort) {
  const outDir = join(root, 'dist', 'renderer');
  if (!existsSync(join(outDir, 'index.html'))) fail('start: dist/renderer/index.html is missing after the build.');
  const port = requestedPort ?? (await firstFreePort(DEFAULT_PORT, DEFAULT_PORT + 50));
  if (port === null) fail(`start: no free port between ${DEFAULT_PORT} and ${DEFAULT_PORT + 50}; pass one with --port.`);
  if (requestedPort !== undefined && !(await isPortFree(requestedPort))) fail(`start: port ${requestedPort} is already in use; pick another with --port.`);

  // Vite started directly (not via npx, which would leave a grandchild running when stopped).
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = ['preview', '--outDir', outDir, '--host', HOST, '--port', String(port), '--strictPort', '--logLevel', 'warn'];
  const child = spawn(process.execPath, [vite, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  forwardSignals(child);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
  if (await waitForPort(port, child)) console.log(`The game is running at http://${HOST}:${port}/ (open it in a browser; Ctrl+C stops it).`);
}

function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
}

function isPortFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

async function firstFreePort(from, to) {
  for (let port = from; port <= to; port++) if (await isPortFree(port)) return port;
  return null;
}

/** Resolves true once the server accepts connections, false if it exits first or takes over 30 s. */
async function waitForPort(port, child) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const open = await new Promise((resolve) => {
      const socket = createConnection({ port, host: HOST }, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((r) => setTimeout(r, 150));
  }
  return false;
}
