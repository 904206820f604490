// Shared e2e helpers: open the game with a chosen language and collect console errors.
import { expect, type Page, type TestInfo } from '@playwright/test';

export interface Opened { errors: string[] }

/**
 * Opens the game fresh (empty storage) with the browser locale set; resolves when the title is up and, unless
 * `world: false`, once the town has loaded behind it (the engine loads after the title is interactive).
 */
export async function openGame(page: Page, opts: { settings?: Record<string, unknown>; query?: string; world?: boolean } = {}): Promise<Opened> {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (opts.settings) {
    await page.addInitScript((s) => { if (!sessionStorage.getItem('irb.init')) { localStorage.setItem('irb.settings', s); sessionStorage.setItem('irb.init', '1'); } }, JSON.stringify(opts.settings));
  }
  await page.goto(`./${opts.query ?? ''}`);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  if (opts.world !== false) await expect(page.locator('body[data-world]')).toBeAttached();
  return { errors };
}

export async function keepScreenshot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: false });
  await info.attach(name, { path, contentType: 'image/png' });
}
