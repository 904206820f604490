// The join page students open from the class host (join.html?join=CODE, issue 15): the form comes first, in the
// browser's language, without the game; code mode brings the game (and the town) in; Back leads to the title.
// Seating and playing through a real class host: class-market.spec.ts.
import { test, expect } from '@playwright/test';
import { keepScreenshot } from './helpers/page';

for (const [locale, title, codeMode] of [['en-US', 'Join a class', 'Use code mode'], ['zh-CN', '加入课堂', '使用代码模式']] as const) {
  test.describe(`join page (${locale})`, () => {
    test.use({ locale });

    test('shows the join form with the class code, without loading the game or the town', async ({ page }, info) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      const scripts: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
      await page.goto('./join.html?join=K7Q-2MX');
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      await expect(page.getByTestId('join-screen').locator('h1')).toHaveText(title);
      await expect(page.getByTestId('join-code')).toHaveValue('K7Q-2MX');
      await expect(page.getByTestId('join-code')).toBeFocused();
      await expect(page.getByTestId('join-code-mode')).toHaveText(codeMode);
      await keepScreenshot(page, info, `join-page-${locale}`);
      // the game, the model and the engine are not part of the join page
      expect(scripts.filter((u) => /game-flow|world-engine|sim-|schemas-/.test(u))).toEqual([]);
      await expect(page.locator('body[data-world]')).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test('code mode loads the game behind the form, and Back from the join page goes to the title', async ({ page }) => {
      await page.goto('./join.html?join=K7Q-2MX');
      await page.getByTestId('join-code-mode').click();
      await expect(page.getByTestId('code-mode-screen')).toBeVisible();
      await expect(page.locator('body[data-world]')).toBeAttached();
      await page.goto('./join.html?join=K7Q-2MX');
      await page.getByTestId('join-back').click();
      await expect(page.getByTestId('title-screen')).toBeVisible();
      await expect(page.getByTestId('menu-new')).toBeVisible();
    });
  });
}
