#!/usr/bin/env node
// Where the time goes: profiles one benchmark scenario with the CDP sampling profiler and prints the
// functions with the most self time (and the share of idle, GC and program time). Serves dist/renderer
// as it is (build first). A tool for docs/performance.md "Known misses", not part of `npm run bench`.
// Usage: node scripts/bench/profile.mjs title|town|town-canvas|report|month [--top 25] [--save file.cpuprofile]
import { writeFileSync } from 'node:fs';
import { startPreview } from './server.mjs';
import { launchBrowser, freshPage } from './browser.mjs';
import { snapshotBuild } from './snapshot.mjs';

const what = process.argv[2] ?? 'title';
const argv = process.argv.slice(3);
const opt = (n, d) => { const i = argv.indexOf(`--${n}`); return i >= 0 ? argv[i + 1] : d; };
const top = Number(opt('top', '25'));
const save = opt('save', null);

const snap = snapshotBuild('dist/renderer');
const server = await startPreview(snap.dir);
const { browser } = await launchBrowser();
try {
  const { page } = await freshPage(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const ready = () => page.waitForFunction(() => document.body?.dataset.ready === 'true', null, { timeout: 60_000 });
  let note = '';
  if (what === 'title') {
    await page.goto('about:blank');
    await cdp.send('Profiler.start');
    await page.goto(server.url);
    await ready();
  } else if (what === 'town' || what === 'town-canvas') {
    await page.goto(`${server.url}?bench=crowded&renderer=${what === 'town' ? 'webgl' : 'canvas'}`);
    await ready();
    await page.waitForTimeout(1500);
    await cdp.send('Profiler.start');
    const frames = await page.evaluate(() => new Promise((r) => { let n = 0; const t0 = performance.now(); const f = () => { n++; if (performance.now() - t0 < 5000) requestAnimationFrame(f); else r(n); }; requestAnimationFrame(f); }));
    note = `${frames} frames in 5 s`;
  } else if (what === 'report') {
    await page.goto(`${server.url}?test=1`);
    await ready();
    await cdp.send('Profiler.start');
    const ms = await page.evaluate(async () => { const t0 = performance.now(); await window.__irbTest.showReportFor({ personaId: 'wang-qiang', path: 'business', seed: 7, runs: 500 }); await window.__irbTest.reportReady(); return performance.now() - t0; });
    note = `report in ${ms.toFixed(0)} ms`;
  } else if (what === 'month') {
    await page.goto(server.url);
    await ready();
    await cdp.send('Profiler.start');
    for (const id of ['menu-new', 'setup-next', 'persona-choose', 'intro-skip']) await page.getByTestId(id).click();
    await page.getByTestId('decisions').waitFor();
    await page.waitForTimeout(1000);
  } else throw new Error(`unknown scenario ${what}`);
  const { profile } = await cdp.send('Profiler.stop');
  if (save) writeFileSync(save, JSON.stringify(profile));
  // self time per node from samples × time deltas
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const agg = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const n = byId.get(id);
    const cf = n.callFrame;
    const file = cf.url ? cf.url.replace(/^.*\//, '') : '';
    const key = `${cf.functionName || '(anonymous)'}  ${file}${file ? `:${cf.lineNumber + 1}:${cf.columnNumber + 1}` : ''}`;
    agg.set(key, (agg.get(key) ?? 0) + ms);
    total += ms;
  }
  const rows = [...agg].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`${what}: ${total.toFixed(0)} ms sampled${note ? `, ${note}` : ''}`);
  for (const [k, ms] of rows) console.log(`${ms.toFixed(1).padStart(9)} ms ${(100 * ms / total).toFixed(1).padStart(5)}%  ${k}`);
} finally {
  await browser.close();
  await server.stop();
  snap.remove();
}
