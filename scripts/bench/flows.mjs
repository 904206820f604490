// Benchmark parts that follow the game flow through its data-testid attributes (app/renderer/flow.ts,
// app/renderer/ui): new game → set-up → persona → intro → first playable month; whole 36-month games for
// the heap; and the report through its ?test=1 hook (app/renderer/report/test-hook.ts).
import { freshPage, gcAndHeap, NotAvailable } from './browser.mjs';

async function openTitle(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => document.body?.dataset.ready === 'true', null, { timeout: 30_000 });
}

/**
 * Runs in the page: clicks through the screens as soon as each appears (no think time), starting with
 * `start` (a data-testid clicked at t0), until `goal` holds. Returns the ms from the click to the goal
 * being in the DOM (domMs) and to the next frame painted after it (ms), and the testids it clicked.
 * Rules are tried in order; each element is clicked at most once.
 */
function driveInPage({ start, rules, goal, timeoutMs }) {
  const visible = (el) => !!el && el.getClientRects().length > 0 && !el.disabled && getComputedStyle(el).visibility !== 'hidden';
  const q = (sel) => document.querySelector(sel);
  return new Promise((resolve, reject) => {
    const clicked = new WeakSet();
    const path = [];
    const first = q(`[data-testid="${start}"]`);
    if (!visible(first)) { reject(new Error(`no visible [data-testid="${start}"]`)); return; }
    let done = false;
    let mo = null;
    const t0 = performance.now();
    const finish = (domMs) => {
      done = true;
      mo?.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ms: performance.now() - t0, domMs, path })));
    };
    const step = () => {
      if (done) return;
      if (goal.every((sel) => visible(q(sel)))) { finish(performance.now() - t0); return; }
      for (const sel of rules) {
        const el = q(sel);
        if (visible(el) && !clicked.has(el)) { clicked.add(el); path.push(el.dataset.testid ?? sel); el.click(); break; }
      }
    };
    mo = new MutationObserver(step);
    mo.observe(document.body, { subtree: true, childList: true, attributes: true });
    setTimeout(() => {
      if (done) return;
      done = true;
      mo.disconnect();
      const screens = [...document.querySelectorAll('[data-testid$="-screen"]')].map((e) => e.dataset.testid);
      reject(new Error(`stuck after ${path.join(' → ') || start}; screens on show: ${screens.join(', ') || 'none'}`));
    }, timeoutMs);
    path.push(start);
    first.click();
    step();
  });
}

const NEW_GAME_RULES = [
  '[data-testid="intro-skip"]',
  '[data-testid="persona-choose"]',
  '[data-testid="setup-next"]',
];
// The first month is playable when the play screen is up and its decision panel takes input.
const PLAYABLE = ['[data-testid="play-screen"]', '[data-testid="decisions"] button:not([disabled])'];

/** Clicking "new game" → the first month on screen with "next month" enabled. */
export async function measureMonth(browser, url) {
  const { context, page, errors } = await freshPage(browser);
  try {
    await openTitle(page, url);
    const has = await page.evaluate(() => !!document.querySelector('[data-testid="menu-new"]'));
    if (!has) throw new NotAvailable('the title has no "new game" button (data-testid="menu-new") yet');
    const r = await page.evaluate(driveInPage, { start: 'menu-new', rules: NEW_GAME_RULES, goal: PLAYABLE, timeoutMs: 20_000 })
      .catch((e) => { throw new NotAvailable(`game flow: ${e.message.split('\n')[0]}`); });
    if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    return r;
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page: plays the current game to its end screen. Takes the first allowed choice on any event
 * card; when "next month" is blocked (no path chosen yet, or the path ended), opens the paths in turn
 * (business, migrate, retrain, retire), picks the first allowed option of each list and confirms; then
 * presses "next month". Returns the months played.
 */
function playToEnd({ timeoutMs, paths }) {
  const visible = (el) => !!el && el.getClientRects().length > 0 && !el.disabled;
  const q = (sel, root = document) => root.querySelector(sel);
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const nextEnabled = () => visible(q('[data-testid="next-month"]'));
  async function choosePath() {
    for (const p of paths) {
      const toggle = q(`[data-testid="path-${p}-toggle"]`);
      if (!visible(toggle)) continue;
      if (toggle.getAttribute('aria-expanded') !== 'true') { toggle.click(); await frame(); }
      const form = q(`#form-${p}`);
      if (!form) continue;
      // one pick per radio group (business type, place, course, destination, …)
      const groups = new Map();
      for (const r of form.querySelectorAll('input[type="radio"]')) if (!groups.has(r.name)) groups.set(r.name, [...form.querySelectorAll(`input[type="radio"][name="${CSS.escape(r.name)}"]`)]);
      for (const [name] of groups) {
        const cur = q(`#form-${p}`);
        const list = [...(cur?.querySelectorAll(`input[type="radio"][name="${CSS.escape(name)}"]`) ?? [])];
        if (list.some((r) => r.checked)) continue;
        const ok = list.find((r) => !r.disabled && !r.closest('.ineligible'));
        if (ok) { ok.click(); await frame(); }
      }
      const confirm = q(`#form-${p} [data-testid^="confirm-"]`);
      if (visible(confirm)) { confirm.click(); await frame(); await frame(); }
      if (nextEnabled()) return p;
    }
    return null;
  }
  return (async () => {
    const t0 = performance.now();
    let months = 0;
    let idle = 0;
    const chosen = [];
    while (performance.now() - t0 < timeoutMs) {
      await frame();
      if (q('[data-testid="end-screen"]')) return { months, chosen, ms: performance.now() - t0 };
      const choice = [...document.querySelectorAll('[data-testid="event-card"] [data-testid^="choice-"]')].find(visible);
      if (choice) { choice.click(); idle = 0; continue; }
      const next = q('[data-testid="next-month"]');
      if (visible(next)) { next.click(); months++; idle = 0; continue; }
      if (next && idle % 60 === 0) { const p = await choosePath(); if (p) { chosen.push(`${months}:${p}`); continue; } }
      if (++idle > 600) { // ~10 s of frames with nothing to press
        const reason = q('[data-testid="next-reason"]')?.textContent?.trim();
        throw new Error(`no way forward after ${months} months${reason ? `: ${reason}` : ''}`);
      }
    }
    throw new Error(`game did not end within ${timeoutMs / 1000} s (${months} months)`);
  })();
}

/** JS heap after each of `games` full games in a row, GC forced through CDP before reading. */
export async function measureHeap(browser, url, { games = 3 } = {}) {
  const { context, page, errors } = await freshPage(browser);
  try {
    await openTitle(page, url);
    const afterTitle = await gcAndHeap(page);
    const afterGame = [];
    const cdpAfterGame = [];
    const months = [];
    const chosen = [];
    let start = 'menu-new';
    for (let g = 0; g < games; g++) {
      await page.evaluate(driveInPage, { start, rules: NEW_GAME_RULES, goal: PLAYABLE, timeoutMs: 20_000 })
        .catch((e) => { throw new NotAvailable(`game flow: ${e.message.split('\n')[0]}`); });
      const r = await page.evaluate(playToEnd, { timeoutMs: 240_000, paths: ['business', 'migrate', 'retrain', 'retire'] })
        .catch((e) => { throw new NotAvailable(`playing a game to its end: ${e.message.split('\n')[0]}`); });
      months.push(r.months);
      chosen.push(r.chosen.join(' '));
      const h = await gcAndHeap(page);
      afterGame.push(h.usedJSHeapSize ?? h.cdpUsedSize);
      cdpAfterGame.push(h.cdpUsedSize);
      start = 'end-new';
    }
    if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    return { afterTitle: afterTitle.usedJSHeapSize, afterGame, cdpAfterGame, months, pathsChosen: chosen };
  } finally {
    await context.close();
  }
}

/** The report for a finished game with counterfactuals (≥500 lives per path), via the ?test=1 hook. */
export async function measureReport(browser, url, { runs = 500 } = {}) {
  const { context, page, errors } = await freshPage(browser);
  try {
    await openTitle(page, `${url}?test=1`);
    // the hook is a chunk main.ts imports on its own (?test=1): wait for it (up to 15 s) rather than race it
    const hook = await page.waitForFunction(() => typeof window.__irbTest?.showReportFor === 'function' && typeof window.__irbTest?.reportReady === 'function', null, { timeout: 15_000 })
      .then(() => true, () => false);
    if (!hook) throw new NotAvailable('no window.__irbTest.showReportFor/reportReady with ?test=1');
    const r = await page.evaluate(async (lives) => {
      let longest = 0;
      const po = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')
        ? new PerformanceObserver((l) => { for (const e of l.getEntries()) longest = Math.max(longest, e.duration); }) : null;
      po?.observe({ type: 'longtask' });
      const t0 = performance.now();
      await window.__irbTest.showReportFor({ personaId: 'wang-qiang', path: 'business', seed: 7, runs: lives });
      const hookMs = await window.__irbTest.reportReady();
      const ms = performance.now() - t0;
      await new Promise((res) => setTimeout(res, 50));
      po?.disconnect();
      return { ms, hookMs, longestTaskMs: longest };
    }, runs);
    if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    return { ...r, livesPerPath: runs, via: '?test=1 __irbTest.showReportFor + reportReady' };
  } finally {
    await context.close();
  }
}

/**
 * The report the way a player reaches it (issue 15): a whole game played through the interface, the end screen
 * left on show for `readMs` (the figures are prefetched from the moment it appears), then "See the report";
 * ms from that click to the figures on screen (the ?test=1 hook's reportReady, polled until the report exists).
 */
export async function measureReportPath(browser, url, { readMs = 10_000 } = {}) {
  const { context, page, errors } = await freshPage(browser);
  try {
    await openTitle(page, `${url}?test=1`);
    await page.evaluate(driveInPage, { start: 'menu-new', rules: NEW_GAME_RULES, goal: PLAYABLE, timeoutMs: 20_000 })
      .catch((e) => { throw new NotAvailable(`game flow: ${e.message.split('\n')[0]}`); });
    const game = await page.evaluate(playToEnd, { timeoutMs: 240_000, paths: ['business', 'migrate', 'retrain', 'retire'] })
      .catch((e) => { throw new NotAvailable(`playing a game to its end: ${e.message.split('\n')[0]}`); });
    const hasButton = await page.evaluate(() => !!document.querySelector('[data-testid="end-report"]'));
    if (!hasButton) throw new NotAvailable('the end screen has no "See the report" button (data-testid="end-report")');
    await page.waitForTimeout(readMs);
    const r = await page.evaluate(async () => {
      const t0 = performance.now();
      document.querySelector('[data-testid="end-report"]').click();
      for (;;) {
        try { await window.__irbTest.reportReady(); break; } catch (e) {
          if (!/no report on screen/.test(String(e))) throw e;
          if (performance.now() - t0 > 60_000) throw new Error('the report did not open within 60 s');
          await new Promise((res) => requestAnimationFrame(res));
        }
      }
      return { ms: performance.now() - t0 };
    });
    if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    return { ...r, months: game.months, readMs };
  } finally {
    await context.close();
  }
}
