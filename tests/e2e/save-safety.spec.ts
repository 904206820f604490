// No silent loss in the browser build: a full storage shows a notice with what to do and "Save and leave"
// asks before leaving unsaved; a second tab opens read-only; a newer-version save gets its own message;
// a broken save that cannot even be kept aside (storage full) is never overwritten.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { keepScreenshot } from './helpers/page';
import { choosePath, openForGame, startGame } from './game-helpers';

/** Makes the game's save writes fail as a full localStorage does, while window.__full is true. */
async function simulateQuota(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if ((window as unknown as { __full?: boolean }).__full && key.startsWith('irb.save')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
}
const setFull = (page: Page, full: boolean) => page.evaluate((f) => { (window as unknown as { __full?: boolean }).__full = f; }, full);
/** axe-core: no serious or critical WCAG 2.1 AA violation on the screen as it is. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('#world canvas').analyze();
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, what).toEqual([]);
}
const nextMonth = async (page: Page) => {
  const before = await page.getByTestId('month-label').textContent();
  await page.getByTestId('next-month').click();
  if (await page.getByTestId('event-card').count()) await page.getByTestId('event-card').locator('button.choice:not([disabled])').first().click();
  await expect(page.getByTestId('month-label')).not.toHaveText(before!);
};

for (const lang of ['en', 'zh-CN'] as const) {
  test(`full storage: a notice says the month was not saved, and leaving asks first (${lang})`, async ({ page }, info) => {
    test.setTimeout(120_000);
    await simulateQuota(page);
    const { errors } = await openForGame(page, lang, 12);
    await startGame(page, { lang, persona: 'chen-li', classCode: 'FULL1' });
    await choosePath(page, { path: 'retrain', course: 'eCommerce' });
    await nextMonth(page);
    await expect(page.getByTestId('save-banner')).toHaveCount(0);
    const savedMonth = await page.getByTestId('month-label').textContent();

    await setFull(page, true);
    await nextMonth(page);
    const banner = page.getByTestId('save-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute('role', 'alert');
    await expect(banner).toHaveAttribute('data-problem', 'quota');
    await expect(banner).toContainText(lang === 'en' ? 'not saved' : '没有存上');
    await keepScreenshot(page, info, `save-full-banner-${lang}`);
    await expectAccessible(page, 'the save banner');

    // "Save and leave" does not leave silently: it asks, and "Stay" goes back to the month.
    await page.getByTestId('top-leave').click();
    const dialog = page.getByTestId('leave-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('role', 'alertdialog');
    await keepScreenshot(page, info, `save-full-leave-${lang}`);
    await expectAccessible(page, 'the leave question');
    await expect(page.getByTestId('leave-retry')).toBeVisible();
    await page.keyboard.press('Escape'); // Escape stays in the game, like "Stay"
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('top-leave')).toBeFocused();
    await page.getByTestId('top-leave').click();
    await page.getByTestId('leave-stay').click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('top-leave')).toBeFocused();

    // Room again: "Try again" saves and the banner goes.
    await setFull(page, false);
    await page.getByTestId('save-retry').click();
    await expect(banner).toHaveCount(0);
    const month = await page.getByTestId('month-label').textContent();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('irb.save.autosave')!).state.history.length)).toBe(2);

    // Full again: leaving without saving is the player's own choice, and Continue gives the saved month.
    await setFull(page, true);
    await nextMonth(page);
    await page.getByTestId('top-leave').click();
    await page.getByTestId('leave-anyway').click();
    await page.getByTestId('menu-continue').click();
    await expect(page.getByTestId('month-label')).toHaveText(month!);
    expect(month).not.toBe(savedMonth);
    expect(errors).toEqual([]);
  });
}

test('a second tab says the game is open elsewhere and saves nothing', async ({ page, context }, info) => {
  test.setTimeout(120_000);
  const { errors } = await openForGame(page, 'en', 12);
  await startGame(page, { lang: 'en', persona: 'chen-li', classCode: 'TABS1' });
  await choosePath(page, { path: 'retrain', course: 'eCommerce' });
  await nextMonth(page);
  const saved = await page.evaluate(() => localStorage.getItem('irb.save.autosave'));

  const second = await context.newPage();
  await second.goto('./?months=12');
  await expect(second.locator('body[data-ready="true"]')).toBeAttached();
  await expect(second.getByTestId('title-notice')).toContainText('open in another tab');
  await keepScreenshot(second, info, 'second-tab-title-en');
  await second.getByTestId('menu-continue').click();
  await expect(second.getByTestId('play-screen')).toBeVisible();
  await nextMonth(second);
  await expect(second.getByTestId('save-banner')).toHaveAttribute('data-problem', 'readonly');
  await expect(second.getByTestId('save-retry')).toHaveCount(0);
  await keepScreenshot(second, info, 'second-tab-play-en');
  expect(await page.evaluate(() => localStorage.getItem('irb.save.autosave'))).toBe(saved);

  // The first tab goes on saving as before.
  await nextMonth(page);
  expect(await page.evaluate(() => localStorage.getItem('irb.save.autosave'))).not.toBe(saved);
  await expect(page.getByTestId('save-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
  await second.close();
});

test('a save from a newer version gets its own message, is left unchanged, and is kept aside by a new game', async ({ page }, info) => {
  test.setTimeout(120_000);
  const newer = JSON.stringify({ format: 'irb-save', version: 99, state: { from: 'the future' } });
  await page.addInitScript((g) => {
    if (!sessionStorage.getItem('irb.newer-init')) { localStorage.setItem('irb.save.autosave', g); sessionStorage.setItem('irb.newer-init', '1'); }
  }, newer);
  const { errors } = await openForGame(page, 'en');
  const notice = page.getByTestId('title-notice');
  await expect(notice).toContainText('newer version');
  await expect(page.getByTestId('menu-continue')).toHaveCount(0);
  await keepScreenshot(page, info, 'newer-save-en');
  expect(await page.evaluate(() => localStorage.getItem('irb.save.autosave'))).toBe(newer);
  await page.getByTestId('lang-zh-CN').click();
  await expect(notice).toContainText('更新版本');
  await keepScreenshot(page, info, 'newer-save-zh-CN');
  await page.getByTestId('lang-en').click();
  await startGame(page, { lang: 'en', persona: 'gao-peng', classCode: 'NEWER1' });
  await choosePath(page, { path: 'retrain', course: 'driving' });
  await nextMonth(page);
  expect(await page.evaluate(() => localStorage.getItem('irb.save.autosave.newer-1'))).toBe(newer);
  expect(errors).toEqual([]);
});

test('a broken save with no room to keep it aside: download a copy, then start over', async ({ page }, info) => {
  test.setTimeout(120_000);
  const broken = `{"format":"irb-save","version":1,"state":{"month":`;
  await simulateQuota(page);
  await page.addInitScript((g) => {
    if (!sessionStorage.getItem('irb.full-init')) {
      localStorage.setItem('irb.settings', JSON.stringify({ language: 'en', textSize: 0, reducedMotion: true, sound: false }));
      localStorage.setItem('irb.save.autosave', g);
      sessionStorage.setItem('irb.full-init', '1');
    }
    (window as unknown as { __full?: boolean }).__full = true;
  }, broken);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('./');
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await expect(page.getByTestId('title-notice')).toContainText('no room');
  await expect(page.getByTestId('menu-new')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('irb.save.autosave'))).toBe(broken);
  await keepScreenshot(page, info, 'full-broken-save-en');

  const download = page.waitForEvent('download');
  await page.getByTestId('notice-start-over').click();
  const file = await download;
  const { readFile } = await import('node:fs/promises');
  expect(await readFile((await file.path())!, 'utf8')).toBe(broken);
  await expect(page.getByTestId('menu-new')).toBeVisible();
  await expect(page.getByTestId('title-notice')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('irb.save.autosave'))).toBeNull();
  expect(errors).toEqual([]);
});

test('an edited save (¥1e308) is refused with a clear message; the save before it is offered instead', async ({ page }, info) => {
  test.setTimeout(120_000);
  const { errors } = await openForGame(page, 'en', 12);
  await startGame(page, { lang: 'en', persona: 'chen-li', classCode: 'EDIT1' });
  await choosePath(page, { path: 'retrain', course: 'eCommerce' });
  await nextMonth(page);
  const backupMonth = await page.getByTestId('month-label').textContent();
  await nextMonth(page);
  await page.getByTestId('top-leave').click();
  await expect(page.getByTestId('menu-continue')).toBeVisible();

  // The latest save edited by hand: refused (kept aside), and the backup (a month earlier) restored.
  const edited = await page.evaluate(() => {
    const save = JSON.parse(localStorage.getItem('irb.save.autosave')!);
    save.state.household.cash = 1e308;
    const text = JSON.stringify(save);
    localStorage.setItem('irb.save.autosave', text);
    return text;
  });
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await expect(page.getByTestId('title-notice')).toContainText('could not be used');
  await keepScreenshot(page, info, 'restored-backup-en');
  await page.getByTestId('menu-continue').click();
  await expect(page.getByTestId('month-label')).toHaveText(backupMonth!);
  expect(await page.evaluate(() => localStorage.getItem('irb.save.autosave.corrupt-1'))).toBe(edited);

  // Both damaged (no good backup left): a clear message, no Continue, a new game possible.
  await page.getByTestId('top-leave').click();
  await page.evaluate(() => {
    const save = JSON.parse(localStorage.getItem('irb.save.autosave')!);
    save.state.pendingEvent = { id: 'x', kind: 'shock', month: 0, params: {}, choices: [] };
    localStorage.setItem('irb.save.autosave', JSON.stringify(save));
    localStorage.removeItem('irb.save.autosave.backup');
  });
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await expect(page.getByTestId('title-notice')).toContainText('could not be read');
  await expect(page.getByTestId('menu-continue')).toHaveCount(0);
  await expect(page.getByTestId('menu-new')).toBeFocused();
  expect(errors).toEqual([]);
});
