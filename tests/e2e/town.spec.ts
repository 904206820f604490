// The town: the crowded benchmark street draws 300+ businesses and people (Canvas, whatever renderer is asked) without errors;
// a played game shows closures, struggling stalls and the player's marked business; hotspots are keyboard
// reachable with labels in both languages and stay inside the panels' insets; reduced motion holds still.
import { test, expect, type Page } from '@playwright/test';
import { openGame, keepScreenshot } from './helpers/page';

interface Stats {
  firms: number; openFirms: number; closedFirms: number; busyFirms: number; strugglingFirms: number; people: number;
  visibleObjects: number; hotspots: number; streetWidth: number; renderer: string;
}

const stats = (page: Page): Promise<Stats> => page.evaluate(() => (window as unknown as { __irbTown: { townStats(): Stats } }).__irbTown.townStats());

/** Hides the HTML screens so the screenshot shows the town itself. */
const hideUi = (page: Page) => page.evaluate(() => { (document.getElementById('ui') as HTMLElement).style.visibility = 'hidden'; });

async function showPlayed(page: Page, o: { path: string; months: number; businessId?: string }): Promise<void> {
  await page.evaluate((opts) => (window as unknown as { __irbTown: { showPlayed(o: unknown): unknown } }).__irbTown.showPlayed(opts), o);
  await expect.poll(async () => (await stats(page)).hotspots).toBeGreaterThan(0);
}

// The game's Phaser build is Canvas only (scripts/phaser-custom.mjs): asking for WebGL still draws the town.
for (const request of ['webgl', 'canvas'] as const) {
  const renderer = 'canvas';
  test(`crowded benchmark street draws 300+ businesses and people (asked for ${request})`, async ({ page }, info) => {
    const { errors } = await openGame(page, { query: `?bench=crowded&renderer=${request}` });
    await expect(page.locator('body[data-world="ready"]')).toBeAttached();
    await expect.poll(async () => (await stats(page)).firms).toBeGreaterThan(150);
    const s = await stats(page);
    expect(s.renderer).toBe(renderer);
    expect(s.firms + s.people).toBeGreaterThanOrEqual(300);
    expect(s.closedFirms).toBeGreaterThan(0);
    expect(s.strugglingFirms).toBeGreaterThan(0);
    // culling: only a screenful is drawn
    expect(s.visibleObjects).toBeGreaterThan(10);
    expect(s.visibleObjects).toBeLessThan(s.firms + s.people);
    await hideUi(page);
    await page.waitForTimeout(600);
    await keepScreenshot(page, info, `town-bench-${request}`);
    expect(errors).toEqual([]);
  });
}

test('title shows the town before the layoffs: all open, no hotspots over the backdrop', async ({ page }, info) => {
  const { errors } = await openGame(page, { query: '?test=1' });
  await expect.poll(async () => (await stats(page)).firms).toBeGreaterThan(0);
  const s = await stats(page);
  expect(s.closedFirms).toBe(0);
  await expect(page.locator('#town-layer')).toHaveAttribute('data-town', 'before');
  await expect(page.getByTestId('town-spot')).toHaveCount(0);
  await keepScreenshot(page, info, 'town-title');
  expect(errors).toEqual([]);
});

test('a year into a business: shutters, struggling stalls and the player\'s own business, reachable by keyboard', async ({ page }, info) => {
  const { errors } = await openGame(page, { query: '?test=1' });
  await showPlayed(page, { path: 'business', months: 14 });
  const s = await stats(page);
  expect(s.closedFirms).toBeGreaterThan(0);
  expect(s.strugglingFirms).toBeGreaterThan(0);
  await expect(page.locator('#town-layer')).toHaveAttribute('data-town', 'game');

  const spots = page.getByTestId('town-spot');
  const n = await spots.count();
  expect(n).toBeGreaterThan(4);
  expect(n).toBeLessThanOrEqual(31);
  // every hotspot has a label; the four landmarks are there; one Tab stop (roving tab index)
  for (let i = 0; i < n; i++) expect((await spots.nth(i).getAttribute('aria-label'))?.length ?? 0).toBeGreaterThan(10);
  await expect(page.locator('[data-testid="town-spot"][data-kind="landmark"]')).toHaveCount(4);
  await expect(page.locator('[data-testid="town-spot"][tabindex="0"]')).toHaveCount(1);

  const own = page.locator('[data-testid="town-spot"][data-kind="firm"][data-owner="player"]');
  await expect(own).toHaveCount(1);
  await expect(own).toHaveAttribute('aria-label', /Your business/);
  await hideUi(page);
  await own.focus();
  await expect(own).toBeFocused();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Your business');
  await expect(tip).toContainText(/before the layoffs/);
  // arrows walk the street; the tooltip follows
  await page.keyboard.press('ArrowRight');
  await expect(own).not.toBeFocused();
  await expect(page.locator('[data-testid="town-spot"]:focus')).toHaveCount(1);
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.waitForTimeout(500);
  await keepScreenshot(page, info, 'town-business-month14');

  // closed or struggling neighbours say so in words
  const states = await page.locator('[data-testid="town-spot"][data-kind="firm"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status));
  expect(states.some((st) => st === 'closed' || st === 'struggling')).toBe(true);
  expect(errors).toEqual([]);
});

test('hotspots stay inside the panels\' insets and relabel when the language changes', async ({ page }, info) => {
  const { errors } = await openGame(page, { query: '?test=1' });
  await showPlayed(page, { path: 'business', months: 6 });
  await page.evaluate(() => (window as unknown as { __irbTown: { setTownInsets(i: unknown): void } }).__irbTown.setTownInsets({ left: 320, right: 300, top: 60, bottom: 0 }));
  await page.waitForTimeout(400);
  const box = await page.getByTestId('town-spots').boundingBox();
  expect(box?.x).toBe(320);
  expect(Math.round((box?.x ?? 0) + (box?.width ?? 0))).toBe(1280 - 300);
  expect(box?.y).toBe(60);
  // the player's business is centred in the free area
  const own = await page.locator('[data-testid="town-spot"][data-owner="player"][data-kind="firm"]').boundingBox();
  expect(own).not.toBeNull();
  const centre = (own?.x ?? 0) + (own?.width ?? 0) / 2;
  expect(Math.abs(centre - (320 + (1280 - 620) / 2))).toBeLessThan(40);

  await page.getByTestId('lang-zh-CN').click();
  await expect(page.locator('[data-testid="town-spot"][data-owner="player"][data-kind="firm"]')).toHaveAttribute('aria-label', /你自己的生意/);
  await expect(page.getByTestId('town-spots')).toHaveAttribute('aria-label', /主街/);
  await hideUi(page);
  await keepScreenshot(page, info, 'town-insets-zh');
  expect(errors).toEqual([]);
});

test('debt shows on the street; reduced motion holds everything still', async ({ page }, info) => {
  const { errors } = await openGame(page, { query: '?test=1' });
  await showPlayed(page, { path: 'business', months: 30 });
  const home = page.locator('[data-testid="town-spot"][data-landmark="home"]');
  await expect(home).toHaveCount(1);
  await page.evaluate(() => (window as unknown as { __irbTown: { setTownMotion(r: boolean): void } }).__irbTown.setTownMotion(true));
  const walkerX = () => page.evaluate(() => (window as unknown as { __irbTown: { scene: { walkers: { x: number }[] } } }).__irbTown.scene.walkers.slice(0, 5).map((w) => w.x));
  const a = await walkerX();
  await page.waitForTimeout(700);
  expect(await walkerX()).toEqual(a);
  await page.evaluate(() => (window as unknown as { __irbTown: { setTownMotion(r: boolean): void } }).__irbTown.setTownMotion(false));
  await page.waitForTimeout(700);
  expect(await walkerX()).not.toEqual(a);
  await hideUi(page);
  await home.focus();
  await page.waitForTimeout(600);
  await keepScreenshot(page, info, 'town-home-month30');
  expect(errors).toEqual([]);
});
