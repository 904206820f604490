// The in-browser parts of the benchmark: each opens a fresh Playwright context on the served build,
// measures with performance.now() inside the page (navigation-relative), and returns plain numbers.
// A part whose hook or screen does not exist (yet) throws NotAvailable, which the table shows as "n/a".
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { findChromium, CHROMIUM_ARGS } from '../find-chromium.mjs';
import { frameStats } from './stats.mjs';

export class NotAvailable extends Error {}

export const VIEWPORT = { width: 1280, height: 720 };

export async function launchBrowser() {
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    // precise-memory-info: performance.memory is otherwise bucketed and delayed
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  return { browser, executablePath: executablePath ?? 'playwright-bundled', version: browser.version() };
}

/** A fresh context + page that records console errors and page crashes. */
export async function freshPage(browser, { locale = 'en-US' } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

// Runs in the page before any of its scripts: notes the performance.now() at which the title became
// interactive (body[data-ready="true"] and the first menu button rendered, enabled and focusable).
function installReadyProbe() {
  const w = window;
  const check = () => {
    if (w.__benchWorldMs === undefined && document.body?.dataset.world) { w.__benchWorldMs = performance.now(); w.__benchWorld = document.body.dataset.world; }
    if (w.__benchTitleMs !== undefined) return;
    const body = document.body;
    if (!body || body.dataset.ready !== 'true') return;
    const btn = document.querySelector('.menu button, .menu-button, [data-testid^="menu-"]');
    if (!btn || btn.disabled || btn.getClientRects().length === 0 || btn.tabIndex < 0) return;
    w.__benchTitleMs = performance.now();
  };
  const start = () => {
    const mo = new MutationObserver(check);
    mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-world', 'disabled', 'class', 'style', 'hidden'] });
    w.__benchTitleProbe = mo;
    check();
  };
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
}

async function waitReady(page, timeout = 30_000) {
  await page.waitForFunction(() => document.body?.dataset.ready === 'true', null, { timeout }).catch((e) => {
    throw new Error(`the game did not become ready (body[data-ready="true"]) within ${timeout / 1000} s: ${e.message.split('\n')[0]}`);
  });
}

function failIfErrors(errors, what) {
  if (errors.length) throw new Error(`${what}: page errors: ${errors.slice(0, 3).join(' | ')}`);
}

/**
 * Navigation start → interactive title, in ms, in the browser locale given (the game follows it on a first
 * visit); and → the town drawn behind it (`body[data-world]`, set once the
 * engine chunk has loaded and the art is on screen: the engine loads only after the title is interactive).
 */
export async function measureTitle(browser, baseURL, { locale = 'en-US' } = {}) {
  const { context, page, errors } = await freshPage(browser, { locale });
  try {
    await page.addInitScript(installReadyProbe);
    await page.goto(baseURL, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchTitleMs !== undefined, null, { timeout: 30_000 }).catch(async () => {
      const ready = await page.evaluate(() => document.body?.dataset.ready ?? null);
      throw new Error(`title never became interactive (data-ready=${ready}); errors: ${errors.join(' | ') || 'none'}`);
    });
    await page.waitForFunction(() => window.__benchWorldMs !== undefined, null, { timeout: 30_000 }).catch(() => undefined);
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
      window.__benchTitleProbe?.disconnect();
      return {
        ms: window.__benchTitleMs, worldMs: window.__benchWorld === 'ready' ? window.__benchWorldMs : null,
        domContentLoadedMs: nav?.domContentLoadedEventEnd ?? null, loadMs: nav?.loadEventEnd ?? null, fcpMs: fcp?.startTime ?? null,
      };
    });
    failIfErrors(errors, 'title');
    return r;
  } finally {
    await context.close();
  }
}

/** Where the bare Phaser page lives inside the served folder (written by writeBarePhaserPage). */
export const BARE_PHASER_DIR = 'bench-bare-phaser';

/**
 * The yardstick for the title (issue 15): a page with nothing but the project's own Phaser (the installed
 * package's dist/phaser.min.js, as a game without a custom build would ship it) and one empty scene. Its
 * "interactive" moment is the scene's create(): Phaser has booted and the first scene runs.
 */
export function writeBarePhaserPage(servedDir, phaserDist) {
  const dir = join(servedDir, BARE_PHASER_DIR);
  mkdirSync(dir, { recursive: true });
  copyFileSync(phaserDist, join(dir, 'phaser.min.js'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bare Phaser</title>
<style>html,body{margin:0;height:100%;background:#e9e4da}</style></head>
<body><div id="game"></div>
<script src="./phaser.min.js"></script>
<script>
new Phaser.Game({ type: Phaser.CANVAS, parent: 'game', banner: false, audio: { noAudio: true }, transparent: true,
  scale: { mode: Phaser.Scale.RESIZE, width: innerWidth, height: innerHeight },
  scene: { create() { window.__benchTitleMs = performance.now(); } } });
</script></body></html>
`);
  return `${BARE_PHASER_DIR}/index.html`;
}

/** Navigation start → the bare Phaser page's first scene created, in ms. */
export async function measureBarePhaser(browser, url) {
  const { context, page, errors } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchTitleMs !== undefined, null, { timeout: 30_000 });
    const ms = await page.evaluate(() => window.__benchTitleMs);
    failIfErrors(errors, 'bare Phaser page');
    return { ms };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ town frame rate

/** Reads whatever drawn-count hook the town exposes; null when none exists. */
async function readTownStats(page) {
  return page.evaluate(() => {
    const w = window;
    const candidates = [
      () => w.__irbTown?.stats?.(),
      () => w.__irbTown?.townStats?.(),
      () => w.__irbTest?.townStats?.(),
      () => w.__irbTest?.town?.stats?.(),
      () => w.__irbBench?.townStats?.(),
    ];
    for (const c of candidates) {
      try { const s = c(); if (s && typeof s === 'object') return JSON.parse(JSON.stringify(s)); } catch { /* next */ }
    }
    return null;
  });
}

/** Collects requestAnimationFrame deltas for `ms` in the page. */
async function collectFrames(page, ms) {
  return page.evaluate((duration) => new Promise((resolve) => {
    const deltas = [];
    let last = null;
    let start = null;
    const tick = (t) => {
      if (last !== null) deltas.push(t - last);
      else start = t;
      last = t;
      if (t - start < duration) requestAnimationFrame(tick); else resolve(deltas);
    };
    requestAnimationFrame(tick);
  }), ms);
}

/** One run of the crowded town in one renderer: fps and frame-time percentiles over `seconds`. */
export async function measureTown(browser, baseURL, renderer, { seconds = 5, warmupMs = 1500 } = {}) {
  const { context, page, errors } = await freshPage(browser);
  try {
    await page.addInitScript(() => {
      const get = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        const ctx = get.call(this, type, ...rest);
        if (ctx && !this.__benchCtx) this.__benchCtx = type === '2d' ? 'canvas' : 'webgl';
        return ctx;
      };
    });
    await page.goto(`${baseURL}?bench=crowded&renderer=${renderer}`);
    await waitReady(page);
    await page.waitForTimeout(warmupMs);
    // the context type Phaser created (recorded by the init script); the town also keeps a 2D canvas of its
    // baked static street behind Phaser's, so any WebGL canvas in #world means Phaser runs on WebGL
    const actual = await page.evaluate(() => {
      const kinds = [...document.querySelectorAll('#world canvas')].map((c) => c.__benchCtx ?? 'unknown');
      return kinds.includes('webgl') ? 'webgl' : (kinds[0] ?? 'none');
    });
    const deltas = await collectFrames(page, seconds * 1000);
    const stats = await readTownStats(page);
    failIfErrors(errors, `town (${renderer})`);
    return { ...frameStats(deltas), actualRenderer: actual, townStats: stats };
  } finally {
    await context.close();
  }
}

/**
 * What this machine's Chromium can do at all, without the game: rAF rate of an empty page, and a bare
 * full-viewport WebGL clear and 2D fill per frame (the floor under any WebGL/Canvas scene).
 */
export async function measureBaseline(browser, { seconds = 3 } = {}) {
  const { context, page } = await freshPage(browser);
  try {
    await page.setContent(`<canvas id="gl" width="${VIEWPORT.width}" height="${VIEWPORT.height}"></canvas><canvas id="c2" width="${VIEWPORT.width}" height="${VIEWPORT.height}"></canvas>`);
    return await page.evaluate(async (ms) => {
      const loop = (draw) => new Promise((resolve) => {
        let n = 0; let t0 = null;
        const f = (t) => { if (t0 === null) t0 = t; else { draw?.(n); n++; } if (t - t0 < ms) requestAnimationFrame(f); else resolve(n / ((t - t0) / 1000)); };
        requestAnimationFrame(f);
      });
      const emptyFps = await loop(null);
      const gl = document.getElementById('gl').getContext('webgl');
      const webglClearFps = gl ? await loop((n) => { gl.clearColor((n % 10) / 10, 0.5, 0.5, 1); gl.clear(gl.COLOR_BUFFER_BIT); }) : null;
      document.getElementById('gl').remove();
      const g = document.getElementById('c2').getContext('2d');
      const canvasFillFps = await loop((n) => { g.fillStyle = `rgb(${n % 255},90,90)`; g.fillRect(0, 0, g.canvas.width, g.canvas.height); });
      return { emptyFps, webglClearFps, canvasFillFps };
    }, seconds * 1000);
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ heap

export async function gcAndHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage').catch(() => null);
    const mem = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : null));
    return { usedJSHeapSize: mem, cdpUsedSize: usage?.usedSize ?? null };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
