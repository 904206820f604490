// Switching language in the middle of a game changes every string at once (top bar, ledger, decisions,
// month names, yuan) and keeps the game exactly where it was.
import { test, expect, type Page } from '@playwright/test';
import { keepScreenshot } from './helpers/page';
import { choosePath, openForGame, startGame } from './game-helpers';

/** Latin words of four or more letters: any left on a Chinese screen is an untranslated string. */
const latinWords = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).innerText()).match(/[A-Za-z]{4,}/g) ?? [];

test('language switch mid-game changes everything on screen at once and keeps the game', async ({ page }, info) => {
  test.setTimeout(120_000);
  const { errors } = await openForGame(page, 'en', 12);
  await startGame(page, { lang: 'en', persona: 'liu-fang', classCode: 'LANG1' });
  await choosePath(page, { path: 'business', business: 'tailoringRepairs', loan: 5000, location: 'streetStall' });
  await page.getByTestId('next-month').click();
  if (await page.getByTestId('event-card').count()) await page.getByTestId('event-card').locator('button.choice:not([disabled])').first().click();
  await expect(page.getByTestId('ledger-last')).toBeVisible();
  await page.getByTestId('path-retrain-toggle').click();
  const before = {
    cash: await page.getByTestId('ledger-savings').textContent(),
    history: await page.evaluate(() => JSON.parse(localStorage.getItem('irb.save.autosave')!).state.history.length),
  };
  expect(await latinWords(page, 'play-screen')).not.toEqual([]);

  await page.getByTestId('top-settings').click();
  await expect(page.getByTestId('settings-screen')).toBeVisible();
  await page.getByTestId('lang-zh-CN').click();
  await expect(page.getByTestId('settings-screen')).toContainText('文字大小');
  await page.getByTestId('settings-back').click();

  await expect(page.getByTestId('play-screen')).toBeVisible();
  await expect(page.getByTestId('month-label')).toHaveText(/2016年\d+月/);
  await expect(page.locator('#ledger-h')).toHaveText('家庭账本');
  for (const id of ['top-bar', 'ledger', 'decisions']) expect(await latinWords(page, id), id).toEqual([]);
  // The same game: same savings figure (digits), same months played, and the open form is still open.
  const digits = (s: string | null) => (s ?? '').replace(/\D/g, '');
  expect(digits(await page.getByTestId('ledger-savings').textContent())).toBe(digits(before.cash));
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('irb.save.autosave')!).state.history.length)).toBe(before.history);
  await expect(page.getByTestId('path-retrain-toggle')).toHaveAttribute('aria-expanded', 'true');
  await keepScreenshot(page, info, 'play-after-switch-zh-CN');

  // And back again, from the title's switch after leaving.
  await page.getByTestId('top-leave').click();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('menu-continue').click();
  await expect(page.locator('#ledger-h')).toHaveText('Household ledger');
  expect(errors).toEqual([]);
});
