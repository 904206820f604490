// Save and continue: every month is autosaved, Continue on the title brings the same month back after a reload,
// and a corrupt save gives a clear message and a new game while the bad data is kept aside, never overwritten.
import { test, expect } from '@playwright/test';
import { keepScreenshot } from './helpers/page';
import { choosePath, openForGame, startGame } from './game-helpers';

test('autosave after each month; reload and continue at the same month', async ({ page }) => {
  test.setTimeout(120_000);
  const { errors } = await openForGame(page, 'en', 12);
  await expect(page.getByTestId('menu-continue')).toHaveCount(0);
  await startGame(page, { lang: 'en', persona: 'chen-li', classCode: 'SAVE1', nickname: 'Ana' });
  await choosePath(page, { path: 'retrain', course: 'eCommerce' });
  for (let i = 0; i < 2; i++) {
    const before = await page.getByTestId('month-label').textContent();
    await page.getByTestId('next-month').click();
    if (await page.getByTestId('event-card').count()) await page.getByTestId('event-card').locator('button.choice:not([disabled])').first().click();
    await expect(page.getByTestId('month-label')).not.toHaveText(before!);
  }
  const month = await page.getByTestId('month-label').textContent();
  const cash = await page.getByTestId('cash').textContent();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('irb.save.autosave') ?? 'null'));
  expect(saved).toMatchObject({ format: 'irb-save', version: 2, classCode: 'SAVE1', nickname: 'Ana' });
  expect(saved.state.history).toHaveLength(2);

  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await expect(page.getByTestId('menu-continue')).toBeFocused();
  await page.getByTestId('menu-continue').click();
  await expect(page.getByTestId('play-screen')).toBeVisible();
  await expect(page.getByTestId('month-label')).toHaveText(month!);
  await expect(page.getByTestId('cash')).toHaveText(cash!);
  await expect(page.getByTestId('path-retrain').locator('.path-state')).toHaveClass(/current/);

  // "Save and leave" returns to the title with Continue offered.
  await page.getByTestId('top-leave').click();
  await expect(page.getByTestId('menu-continue')).toBeVisible();
  expect(errors).toEqual([]);
});

for (const [name, garbage] of [['broken JSON', '{"format":"irb-save", "state": {'], ['a save from an unknown older version', '{"format":"irb-save","version":0,"state":{}}']] as const) {
  test(`a corrupt save (${name}) gives a clear message and a new game, and is kept aside`, async ({ page }, info) => {
    test.setTimeout(120_000);
    await page.addInitScript((g) => {
      if (!sessionStorage.getItem('irb.corrupt-init')) {
        localStorage.setItem('irb.save.autosave', g);
        sessionStorage.setItem('irb.corrupt-init', '1');
      }
    }, garbage);
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await openForGame(page, 'en');
    const notice = page.getByTestId('title-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toContainText('could not be read');
    await expect(page.getByTestId('menu-continue')).toHaveCount(0);
    await expect(page.getByTestId('menu-new')).toBeFocused();
    if (name === 'broken JSON') await keepScreenshot(page, info, 'corrupt-save-en');
    const kept = await page.evaluate(() => ({ main: localStorage.getItem('irb.save.autosave'), aside: localStorage.getItem('irb.save.autosave.corrupt-1') }));
    expect(kept).toEqual({ main: null, aside: garbage });

    // The message follows the language.
    await page.getByTestId('lang-zh-CN').click();
    await expect(notice).toContainText('存档');
    await page.getByTestId('lang-en').click();

    // A new game autosaves to the slot and leaves the bad data where it was.
    await startGame(page, { lang: 'en', persona: 'gao-peng', classCode: 'NEW1' });
    await choosePath(page, { path: 'retrain', course: 'driving' });
    await page.getByTestId('next-month').click();
    await expect(page.getByTestId('ledger-last')).toBeVisible();
    const after = await page.evaluate(() => ({ main: localStorage.getItem('irb.save.autosave'), aside: localStorage.getItem('irb.save.autosave.corrupt-1') }));
    expect(after.aside).toBe(garbage);
    expect(JSON.parse(after.main!)).toMatchObject({ format: 'irb-save', version: 2 });
    expect(errors).toEqual([]);
  });
}
