// Code mode with decision codes (a small class whose network blocks the students): a real class host serves the
// built game; the teacher's dashboard switches to code mode; two students (one in Chinese) each pick their business
// in the code-mode screen and read out a four-character decision code; the teacher types the codes, the dashboard
// counts them, works out the round and shows the market code; both students type it and see the same market.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { testSettings, type Lang } from './game-helpers';
import { keepScreenshot } from './helpers/page';
import { useClassHost } from './helpers/class-host';

const CODE = 'M4P-8QR';
const PORT = 4333;
const host = useClassHost(PORT, CODE);

async function codeModeStudent(browser: Browser, lang: Lang, trade: string): Promise<{ page: Page; code: string }> {
  const ctx = await browser.newContext({ locale: lang, viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.addInitScript((s) => { if (!sessionStorage.getItem('irb.init')) { localStorage.setItem('irb.settings', s); sessionStorage.setItem('irb.init', '1'); } }, JSON.stringify(testSettings(lang)));
  await page.goto(host.joinUrl);
  await page.getByTestId('join-code-mode').click();
  await expect(page.getByTestId('code-mode-screen')).toBeVisible();
  await page.locator('#code-class').fill(CODE);
  await expect(page.getByTestId('code-decision')).toBeVisible();
  await page.getByTestId('decision-trade').selectOption(trade);
  const code = (await page.getByTestId('decision-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}$/);
  return { page, code };
}

test('code mode: students read out decision codes, the teacher counts them and hands back one market code', async ({ browser }, info) => {
  test.setTimeout(180_000);
  const teacher = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await teacher.goto(host.teacherUrl);
  await expect(teacher.getByTestId('dashboard')).toBeVisible();
  await teacher.getByTestId('dash-mode').click();
  await expect(teacher.getByTestId('dash-tally')).toBeVisible();

  const ana = await codeModeStudent(browser, 'en', 'breakfastStall');
  const wang = await codeModeStudent(browser, 'zh-CN', 'breakfastStall');
  expect(wang.code).toBe(ana.code); // same round, same business, same class: the same code
  await keepScreenshot(wang.page, info, 'class-code-decision-zh');

  // the teacher types both codes and one mistyped one: two counted, the typo listed and left out
  const typo = ana.code.slice(0, 3) + (ana.code[3] === 'A' ? 'B' : 'A');
  await teacher.getByTestId('dash-decisions').fill(`${ana.code}, ${wang.code.toLowerCase()}\n${typo}`);
  await teacher.getByTestId('dash-tally-count').click();
  await expect(teacher.getByTestId('dash-tally-result')).toContainText('Counted 2 codes');
  await expect(teacher.getByTestId('dash-tally-result')).toContainText(typo);
  await expect(teacher.locator('#dash-size')).toHaveValue('2');
  await expect(teacher.locator('#dash-count-0')).toHaveValue('2');
  await keepScreenshot(teacher, info, 'class-code-tally');
  await teacher.getByTestId('dash-code-resolve').click();
  const marketCode = (await teacher.getByTestId('dash-market-code').locator('strong').textContent())!.trim();
  expect(marketCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);

  // both students type the class size and the market code: the same market, with the two new breakfast stalls
  for (const s of [ana, wang]) {
    await s.page.locator('#code-size').fill('2');
    await s.page.getByTestId('code-entry').fill(marketCode);
    await s.page.getByTestId('code-apply').click();
    await expect(s.page.getByTestId('code-error')).toHaveCount(0);
    await expect(s.page.locator('.class-table')).toBeVisible();
  }
  const rows = async (p: Page) => (await p.locator('.class-table tbody tr').allTextContents()).length;
  expect(await rows(ana.page)).toBe(await rows(wang.page));
  await expect(ana.page.getByTestId('code-decision')).toContainText('round 2');
  await keepScreenshot(ana.page, info, 'class-code-market-en');
});
