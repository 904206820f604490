// Class mode's join page (issue 15): the page a student opens in a browser from the teacher's laptop
// (`join.html?join=CODE`, the link and QR code of app/class-host/host.ts: the join page's own entry
// app/renderer/join.ts → class/join-screen.ts) must be
// interactive within 1.5 s on Chromium's "Fast 3G" profile and transfer at most 600 kB until then.
// If the join screen moves, update JOIN_QUERY / JOIN_READY here.
import { spawn } from 'node:child_process';
import { freshPage, NotAvailable } from './browser.mjs';

/**
 * Serves `dir` with the class host's own static server (scripts/bench/class-static.ts), as students' browsers
 * get the page in class mode (vite preview would compress and serve differently). Resolves to { url, stop }.
 */
export async function startClassStatic(dir) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/class-static.ts', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`class host static server did not start: ${err.trim()}`)), 30_000);
    child.stdout.once('data', (d) => { clearTimeout(timer); try { resolve(JSON.parse(String(d)).port); } catch (e) { reject(e); } });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`class host static server exited (${code}): ${err.trim()}`)); });
  });
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => { if (child.exitCode === null) child.kill('SIGKILL'); }, 3000).unref();
  });
  return { url: `http://127.0.0.1:${port}/`, pid: child.pid, stop };
}

/** The URL a student opens (the code itself does not matter for loading the page). */
export const JOIN_QUERY = 'join.html?join=BENCH1';
/** Interactive: the join screen is up and its class-code field takes input. */
export const JOIN_READY = '[data-testid="join-screen"] [data-testid="join-code"]:not([disabled])';
/** Chromium DevTools' "Fast 3G" preset (front_end/core/sdk/NetworkManager.ts). */
export const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9 };

// Runs in the page before any of its scripts: notes the performance.now() at which the class-code field is
// rendered and enabled (Playwright's own waitForSelector polls with growing pauses, up to 500 ms, too coarse here).
function installJoinProbe(selector) {
  const w = window;
  const check = () => {
    if (w.__benchJoinMs !== undefined) return;
    const el = document.querySelector(selector);
    if (!el || el.disabled || el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') return;
    w.__benchJoinMs = performance.now();
    w.__benchJoinProbe?.disconnect();
  };
  const start = () => {
    const mo = new MutationObserver(check);
    mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
    w.__benchJoinProbe = mo;
    check();
  };
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
}

/**
 * Navigation → interactive on Fast 3G (in-page, as for the title), and the bytes transferred (encoded, as sent)
 * until the benchmark saw it (a little more than until then, never less).
 */
export async function measureJoin(browser, baseURL) {
  const page0 = JOIN_QUERY;
  const { context, page, errors } = await freshPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength ?? 0; });
    await page.addInitScript(installJoinProbe, JOIN_READY);
    await page.goto(`${baseURL}${page0}`, { waitUntil: 'commit' });
    await page.waitForSelector(JOIN_READY, { state: 'visible', timeout: 60_000 }).catch((e) => {
      throw new NotAvailable(`no join screen at ${JOIN_QUERY} (${JOIN_READY}): ${String(e.message).split('\n')[0]}`);
    });
    await page.waitForFunction(() => window.__benchJoinMs !== undefined, null, { timeout: 10_000 });
    const ms = await page.evaluate(() => window.__benchJoinMs);
    // A page opened without a teacher's host behind it may log its failed connection test; only crashes count.
    const crashes = errors.filter((e) => !/WebSocket|Failed to load resource|ERR_CONNECTION|net::/i.test(e));
    if (crashes.length) throw new Error(`join page errors: ${crashes.slice(0, 3).join(' | ')}`);
    return { ms, transferKB: Math.round(bytes / 100) / 10, page: page0 };
  } finally {
    await context.close();
  }
}
