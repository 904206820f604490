// The month screen holds from 1024x640 to 1920x1080 and at the largest text size, in both languages: the
// panels stay at the edges (the middle of the street is never covered), nothing overflows sideways, and the
// month's main button stays on screen. Screenshots are kept for a look by eye.
import { test, expect, type Page } from '@playwright/test';
import { keepScreenshot } from './helpers/page';
import { openForGame, playToEnd, type Lang } from './game-helpers';

interface Case { lang: Lang; width: number; height: number; textSize: number }
const CASES: Case[] = [
  { lang: 'en', width: 1280, height: 720, textSize: 3 },
  { lang: 'zh-CN', width: 1280, height: 720, textSize: 3 },
  { lang: 'en', width: 1024, height: 640, textSize: 3 },
  { lang: 'zh-CN', width: 1920, height: 1080, textSize: 0 },
];

async function checkLayout(page: Page, c: Case): Promise<void> {
  const m = await page.evaluate(() => {
    const r = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
    const over = [...document.querySelectorAll<HTMLElement>('.panel, .panel-scroll, .topbar')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.className);
    return { ledger: r('.ledger'), decisions: r('.decisions'), top: r('.topbar'), next: r('[data-testid="next-month"]'), over };
  });
  const w = c.width;
  expect(m.ledger!.right, 'ledger stays left of the middle of the street').toBeLessThanOrEqual(w * 0.4);
  expect(m.decisions!.left, 'decisions stay right of the middle of the street').toBeGreaterThanOrEqual(w * 0.6);
  expect(m.top!.height, 'top bar leaves room for the town').toBeLessThanOrEqual(c.height * 0.25);
  expect(m.next!.bottom, 'next month button on screen').toBeLessThanOrEqual(c.height);
  expect(m.next!.top).toBeGreaterThanOrEqual(m.top!.bottom);
  expect(m.over, 'nothing overflows sideways').toEqual([]);
}

for (const c of CASES) {
  const name = `${c.lang}-${c.width}x${c.height}-text${c.textSize}`;
  test(`layout holds: ${name}`, async ({ page }, info) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: c.width, height: c.height });
    const { errors } = await openForGame(page, c.lang, 2, c.textSize);
    await keepScreenshot(page, info, `title-${name}`);
    await page.getByTestId('menu-new').click();
    await page.getByTestId('class-code').fill('KEYS100');
    await page.getByTestId('setup-next').click();
    await page.getByTestId('persona-chen-li').check();
    await keepScreenshot(page, info, `persona-${name}`);
    // At the largest text the persona card scrolls; its button is still reachable.
    await page.getByTestId('persona-choose').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('persona-choose')).toBeInViewport();
    await page.getByTestId('persona-choose').click();
    await keepScreenshot(page, info, `intro-${name}`);
    await page.getByTestId('intro-begin').click();
    await page.getByTestId('path-retrain-toggle').click();
    await page.getByTestId('course-eCommerce').check();
    await checkLayout(page, c);
    await keepScreenshot(page, info, `play-form-${name}`);
    await page.getByTestId('confirm-retrain').click();
    await expect(page.getByTestId('path-retrain').locator('.path-state')).toHaveClass(/current/);
    await page.getByTestId('next-month').click();
    const card = page.getByTestId('event-card');
    await expect(card).toBeVisible();
    const box = await card.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(c.height);
    await keepScreenshot(page, info, `event-${name}`);
    await card.locator('button.choice:not([disabled])').first().click();
    await checkLayout(page, c);
    await keepScreenshot(page, info, `play-${name}`);
    await playToEnd(page, { monthByMonth: true });
    await keepScreenshot(page, info, `end-${name}`);
    expect(errors).toEqual([]);
  });
}

test('settings and about at the largest text size', async ({ page }, info) => {
  const { errors } = await openForGame(page, 'zh-CN', undefined, 3);
  await page.getByTestId('menu-settings').click();
  await expect(page.getByTestId('textsize-3')).toBeChecked();
  await keepScreenshot(page, info, 'settings-zh-CN-text3');
  // Text size applies at once and is remembered.
  await page.getByTestId('textsize-1').check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '1');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('irb.settings')!).textSize)).toBe(1);
  await page.getByTestId('motion-allow').check();
  await expect(page.locator('html')).not.toHaveClass(/reduced-motion/);
  await page.getByTestId('motion-reduce').check();
  await expect(page.locator('html')).toHaveClass(/reduced-motion/);
  await page.getByTestId('settings-back').click();
  await page.getByTestId('menu-about').click();
  await expect(page.getByTestId('about-screen')).toContainText('SIL');
  await keepScreenshot(page, info, 'about-zh-CN');
  expect(errors).toEqual([]);
});
