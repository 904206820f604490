// axe-core on every screen of the game, in English and Chinese: no serious or critical violations
// (WCAG 2.x A/AA rules: names, roles, contrast, language, focusable content).
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { keepScreenshot } from './helpers/page';
import { choosePath, openForGame, playToEnd, startGame, type Lang } from './game-helpers';

async function check(page: Page, screen: string, found: string[]): Promise<void> {
  // The Phaser canvas is a picture with a label; its pixels are not text for axe to judge.
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('#world canvas').analyze();
  for (const v of r.violations) {
    if (v.impact === 'serious' || v.impact === 'critical') {
      found.push(`${screen}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    }
  }
}

for (const lang of ['en', 'zh-CN'] as Lang[]) {
  test(`every screen passes axe in ${lang}`, async ({ page }, info) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    const { errors } = await openForGame(page, lang, 4);
    await check(page, 'title', found);
    await keepScreenshot(page, info, `title-game-${lang}`);
    await page.getByTestId('menu-settings').click();
    await expect(page.getByTestId('settings-screen')).toBeVisible();
    await check(page, 'settings', found);
    await keepScreenshot(page, info, `settings-${lang}`);
    await page.getByTestId('settings-back').click();
    await page.getByTestId('menu-about').click();
    await expect(page.getByTestId('about-screen')).toBeVisible();
    await check(page, 'about', found);
    await keepScreenshot(page, info, `about-${lang}`);
    await page.getByTestId('about-back').click();
    await page.getByTestId('menu-new').click();
    await check(page, 'setup', found);
    await page.getByTestId('setup-back').click();
    await startGame(page, { lang, persona: 'wang-qiang', classCode: 'AXE2', stopAtIntro: true });
    await check(page, 'intro', found);
    await page.getByTestId('intro-begin').click();
    await page.getByTestId('path-business-toggle').click();
    await page.getByTestId('business-motorbikeTaxi').check();
    await check(page, 'play with the business form', found);
    await page.getByTestId('path-business-toggle').click();
    await page.getByTestId('path-migrate-toggle').click();
    await page.getByTestId('destination-coastalFactory').check();
    await check(page, 'play with the migration form', found);
    await choosePath(page, { path: 'business', business: 'motorbikeTaxi', loan: 8000 });
    await page.getByTestId('borrow-toggle').click();
    await page.getByTestId('repay-toggle').click();
    await check(page, 'play with borrowing and repaying', found);
    let eventChecked = false;
    await playToEnd(page, {
      monthByMonth: true,
      onEvent: async () => { if (!eventChecked) { eventChecked = true; await check(page, 'event', found); } },
    });
    await check(page, 'end', found);
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('the persona screen passes axe in both languages', async ({ page }) => {
  const found: string[] = [];
  await openForGame(page, 'en');
  await page.getByTestId('menu-new').click();
  await page.getByTestId('setup-next').click();
  await expect(page.getByTestId('persona-screen')).toBeVisible();
  await check(page, 'persona en', found);
  await page.getByTestId('persona-chen-li').check();
  await page.getByTestId('persona-back').click();
  await page.getByTestId('setup-back').click();
  await page.getByTestId('lang-zh-CN').click();
  await page.getByTestId('menu-new').click();
  await page.getByTestId('setup-next').click();
  await check(page, 'persona zh-CN', found);
  expect(found).toEqual([]);
});
