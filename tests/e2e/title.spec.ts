// The title screen renders in both languages with the bundled font, the switch changes every string live,
// and the choice is remembered across a reload.
import { test, expect } from '@playwright/test';
import { openGame, keepScreenshot } from './helpers/page';

test.describe('title screen', () => {
  test('follows an English browser locale and renders with no console errors', async ({ page }, info) => {
    const { errors } = await openGame(page);
    await expect(page.getByTestId('title')).toHaveText('Iron Rice Bowl, Paper Loan');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await keepScreenshot(page, info, 'title-en');
    expect(errors).toEqual([]);
  });

  test.describe('with a Chinese browser locale', () => {
    test.use({ locale: 'zh-CN' });
    test('starts in Chinese and draws Chinese with the bundled Noto Sans SC', async ({ page }, info) => {
      const { errors } = await openGame(page);
      await expect(page.getByTestId('title')).toHaveText('铁饭碗与小额贷');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      const fontReady = await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '铁饭碗与小额贷'));
      expect(fontReady).toBe(true);
      const used = await page.evaluate(async () => {
        const loaded = [...document.fonts].filter((f) => f.family.includes('Noto Sans SC') && f.status === 'loaded');
        return loaded.length;
      });
      expect(used).toBeGreaterThan(0);
      await keepScreenshot(page, info, 'title-zh-CN');
      expect(errors).toEqual([]);
    });
  });

  test('language switch changes every visible string live and is remembered', async ({ page }, info) => {
    const { errors } = await openGame(page);
    const before = await page.getByTestId('title-screen').innerText();
    await page.getByTestId('lang-zh-CN').click();
    await expect(page.getByTestId('title')).toHaveText('铁饭碗与小额贷');
    await expect(page.getByTestId('lang-zh-CN')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('lang-zh-CN')).toBeFocused();
    const after = await page.getByTestId('title-screen').innerText();
    // Every line except the language names themselves must have changed.
    const keep = new Set(['English', '简体中文', '✓ English', '✓ 简体中文']);
    const leftovers = after.split('\n').map((s) => s.trim()).filter((s) => s && !keep.has(s) && before.includes(s));
    expect(leftovers).toEqual([]);
    await expect(page).toHaveTitle('铁饭碗与小额贷');
    await page.reload();
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    await expect(page.getByTestId('title')).toHaveText('铁饭碗与小额贷');
    await keepScreenshot(page, info, 'title-after-switch');
    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('title')).toHaveText('Iron Rice Bowl, Paper Loan');
    expect(errors).toEqual([]);
  });
});

// Issue 15: the title and its menus are HTML and never wait for the game engine, which is its own chunk.
test.describe('title without the engine', () => {
  test('is usable while the engine chunk is held back, and the game goes on if the engine never arrives', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => { release = r; });
    let engineAsked = false;
    await page.route(/world-engine-[^/]*\.js$/, async (route) => { engineAsked = true; await held; await route.abort(); });
    const { errors } = await openGame(page, { world: false });
    // Interactive with no engine at all: the menu works and leads to the next screen.
    await expect(page.locator('body[data-world]')).not.toBeAttached();
    await expect(page.getByTestId('menu-new')).toBeEnabled();
    await expect.poll(() => engineAsked).toBe(true);
    await page.getByTestId('menu-new').click();
    await expect(page.getByTestId('setup-next')).toBeVisible();
    // The engine fails to load: the town stays blank, the game does not show its failure screen.
    release();
    await expect(page.locator('body[data-world="failed"]')).toBeAttached();
    await expect(page.getByTestId('boot-failed')).toHaveCount(0);
    await expect(page.getByTestId('setup-next')).toBeVisible();
    expect(errors.filter((e) => !/world-engine|Failed to fetch|dynamically imported module|net::ERR_FAILED/i.test(e))).toEqual([]);
  });

  for (const locale of ['en-US', 'zh-CN']) test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test('builds no number or date formatter before it is interactive (the first costs 10-17 ms)', async ({ page }) => {
      // Every Intl formatter built on the page, with when: the title shows no sums or dates, so none belongs
      // before it is interactive (the game's screens build them when first needed).
      await page.addInitScript(() => {
        const w = window as unknown as { __intlBuilt: { name: string; at: number }[] };
        w.__intlBuilt = [];
        for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Collator'] as const) {
          const Real = Intl[name] as unknown as new (...a: unknown[]) => object;
          const Spy = function (this: unknown, ...a: unknown[]) { w.__intlBuilt.push({ name, at: performance.now() }); return new Real(...a); } as unknown as typeof Real;
          Object.assign(Spy, Real);
          Spy.prototype = Real.prototype;
          (Intl as unknown as Record<string, unknown>)[name] = Spy;
        }
      });
      const { errors } = await openGame(page);
      const { built, titleAt } = await page.evaluate(() => ({
        built: (window as unknown as { __intlBuilt: { name: string; at: number }[] }).__intlBuilt,
        titleAt: performance.getEntriesByName('irb:title')[0]?.startTime ?? null,
      }));
      expect(titleAt).not.toBeNull();
      expect(built.filter((b) => b.at <= titleAt!)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
