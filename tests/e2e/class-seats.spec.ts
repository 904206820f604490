// Seats never lost, in browsers against a real class host serving the built game: a student away for a round is
// played by autopilot and, on coming back, their own game plays those months and says so (Chinese); the teacher
// transfers a seat to the same student in a fresh browser, and the old browser is told why it lost the link.
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { testSettings, startClassHousehold, type Lang } from './game-helpers';
import { keepScreenshot } from './helpers/page';
import { useClassHost } from './helpers/class-host';

const CODE = 'T4S-9PW';
// its own port, apart from the other class spec's host (two worktrees may run end-to-end tests at once)
const PORT = Number(process.env.E2E_PORT ?? 4179) + 1000;
const host = useClassHost(PORT, CODE);

async function context(browser: Browser, lang: Lang): Promise<BrowserContext> {
  const ctx = await browser.newContext({ locale: lang, viewport: { width: 1280, height: 720 } });
  await ctx.addInitScript((s) => { if (!localStorage.getItem('irb.settings')) localStorage.setItem('irb.settings', s); }, JSON.stringify(testSettings(lang)));
  return ctx;
}

async function join(page: Page, nick: string): Promise<void> {
  await page.goto(host.joinUrl);
  await expect(page.getByTestId('join-code')).toHaveValue(CODE);
  await page.getByTestId('join-nick').fill(nick);
  await page.getByTestId('join-submit').click();
  await expect(page.getByTestId('join-seated')).toBeVisible();
  await page.getByTestId('join-play').click();
}


/** Ends `n` months with "next month", answering any event with its first open choice. */
async function playMonths(page: Page, n: number): Promise<void> {
  for (let done = 0; done < n;) {
    const card = page.getByTestId('event-card');
    if (await card.count()) {
      await card.locator('button.choice:not([disabled])').first().click();
      continue;
    }
    const label = await page.getByTestId('month-label').textContent();
    await page.getByTestId('next-month').click();
    await page.waitForFunction((before) => document.querySelector('[data-testid="month-label"]')?.textContent !== before || !!document.querySelector('[data-testid="event-card"]'), label, { polling: 50 });
    if ((await page.getByTestId('month-label').textContent()) !== label) done++;
  }
}

test('autopilot hands back the months it played; a transferred seat moves to a fresh browser', async ({ browser }, info) => {
  test.setTimeout(240_000);
  const teacher = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await teacher.goto(host.teacherUrl);
  await expect(teacher.getByTestId('dash-code')).toContainText(CODE);
  const roster = teacher.getByTestId('dash-roster');
  const row = (seat: number) => roster.locator(`tr[data-seat="${seat}"]`);

  const anaCtx = await context(browser, 'en');
  const ana = await anaCtx.newPage();
  await join(ana, 'Ana');
  await startClassHousehold(ana);
  const benCtx = await context(browser, 'zh-CN');
  let ben = await benCtx.newPage();
  await join(ben, '小本');
  await startClassHousehold(ben);
  await expect(roster.locator('tbody tr')).toHaveCount(2);

  // round 1: both choose; Ben then plays its three months
  await teacher.getByTestId('dash-open').click();
  for (const p of [ana, ben]) await expect(p.getByTestId('class-bar-state')).toHaveClass(/state-open/);
  for (const p of [ana, ben]) await p.getByTestId('class-send').click();
  await expect(roster).toContainText(/2 of 2/);
  await teacher.getByTestId('dash-close').click();
  await expect(ben.getByTestId('class-bar-market')).toBeVisible();
  await playMonths(ben, 3);
  const benMonth = await ben.getByTestId('month-label').textContent();

  // Ben's laptop goes to sleep; the teacher lets autopilot play his seat through round 2
  await ben.close();
  await expect(row(2)).toContainText('offline');
  await row(2).getByRole('button', { name: 'Autopilot for seat 2', exact: true }).click();
  await expect(row(2)).toContainText('autopilot');
  await teacher.getByTestId('dash-open').click();
  await ana.getByTestId('class-send').click();
  await teacher.getByTestId('dash-close').click();
  await expect(ana.getByTestId('class-bar-round')).toContainText('2');

  // Ben comes back: same seat, same household, and the months autopilot played are played in his game
  ben = await benCtx.newPage();
  await join(ben, '小本');
  await expect(ben.getByTestId('play-screen')).toBeVisible();
  await expect(ben.getByTestId('class-played-for')).toContainText('第4–6个月（第2轮），由自动代玩决定');
  await expect(ben.getByTestId('month-label')).not.toHaveText(benMonth ?? '');
  await expect(row(2)).not.toContainText('autopilot'); // autopilot handed the seat back on his return
  await keepScreenshot(ben, info, 'class-handback-zh');

  // Ana's computer breaks: the teacher marks seat 1 for transfer, Ana joins from a fresh browser with her name
  await row(1).getByTestId('dash-transfer').click();
  await expect(row(1).getByTestId('dash-transfer-note')).toBeVisible();
  await teacher.getByTestId('dash-projector').uncheck();
  await keepScreenshot(teacher, info, 'class-dashboard-transfer');
  const fresh = await (await context(browser, 'en')).newPage();
  await fresh.goto(host.joinUrl);
  await fresh.getByTestId('join-nick').fill('ana');
  await fresh.getByTestId('join-submit').click();
  await expect(fresh.getByTestId('join-seated')).toContainText('seat 1');
  await expect(ana.getByTestId('class-bar-reject')).toContainText('moved this seat');
  await keepScreenshot(ana, info, 'class-transferred-old-browser');
  await expect(row(1).getByTestId('dash-transfer-note')).toHaveCount(0);
  await expect(roster.locator('tbody tr')).toHaveCount(2);

  // the dashboard's roster in Chinese
  const zctx = await context(browser, 'zh-CN');
  const zh = await zctx.newPage();
  await zh.setViewportSize({ width: 1400, height: 1000 });
  await zh.goto(host.teacherUrl);
  await zh.getByTestId('dash-roster').locator('tr[data-seat="2"]').getByTestId('dash-transfer').click();
  await expect(zh.getByTestId('dash-roster').locator('tr[data-seat="2"]')).toContainText('等待该同学用原昵称重新加入');
  await keepScreenshot(zh, info, 'class-dashboard-transfer-zh');
  await zh.getByTestId('dash-roster').locator('tr[data-seat="2"]').getByTestId('dash-transfer').click();
});
