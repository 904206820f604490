// HOOK for class mode's join page (issue 15): the page a student opens in a browser from the teacher's laptop
// must be interactive within 1.5 s on Chromium's "Fast 3G" profile and transfer at most 600 kB. The page comes
// with the class-market work (app/renderer/class/); until its build output exists this part reports n/a.
// When it lands: list its built HTML in JOIN_PAGES and its "interactive" marker in JOIN_READY if they differ.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freshPage, NotAvailable } from './browser.mjs';

/** Where the join page may be in dist/renderer (first that exists). */
export const JOIN_PAGES = ['class/join.html', 'class/index.html', 'join.html', 'join/index.html'];
/** The page is interactive when this holds (the same marker as the game's title). */
export const JOIN_READY = 'body[data-ready="true"]';
/** Chromium DevTools' "Fast 3G" preset (front_end/core/sdk/NetworkManager.ts). */
export const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9 };

export function findJoinPage(servedDir) {
  return JOIN_PAGES.find((p) => existsSync(join(servedDir, p))) ?? null;
}

/** Navigation → interactive on Fast 3G, and the bytes transferred (encoded, as sent) until then. */
export async function measureJoin(browser, servedDir, baseURL) {
  const page0 = findJoinPage(servedDir);
  if (!page0) throw new NotAvailable(`no class-mode join page in this build (looked for ${JOIN_PAGES.join(', ')}; app/renderer/class/ is not merged yet)`);
  const { context, page, errors } = await freshPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength ?? 0; });
    await page.goto(`${baseURL}${page0}`, { waitUntil: 'commit' });
    await page.waitForSelector(JOIN_READY, { state: 'attached', timeout: 60_000 });
    const ms = await page.evaluate(() => performance.now());
    if (errors.length) throw new Error(`join page errors: ${errors.slice(0, 3).join(' | ')}`);
    return { ms, transferKB: Math.round(bytes / 100) / 10, page: page0 };
  } finally {
    await context.close();
  }
}
