// Live class market in browsers: a real class host (plain Node) serves the built game; the teacher's dashboard and
// four students (one in Chinese) join through the served web build, all open a breakfast stall, and the crowding
// shows in every student's class bar and on the teacher's dashboard.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { testSettings, startClassHousehold, type Lang } from './game-helpers';
import { keepScreenshot } from './helpers/page';
import { useClassHost } from './helpers/class-host';

const CODE = 'K7Q-2MX';
const PORT = 4330;
const host = useClassHost(PORT, CODE);

async function student(browser: Browser, lang: Lang, nick: string): Promise<Page> {
  const ctx = await browser.newContext({ locale: lang, viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await page.addInitScript((s) => { if (!sessionStorage.getItem('irb.init')) { localStorage.setItem('irb.settings', s); sessionStorage.setItem('irb.init', '1'); } }, JSON.stringify(testSettings(lang)));
  await page.goto(host.joinUrl);
  await expect(page.getByTestId('join-screen')).toBeVisible();
  await expect(page.getByTestId('join-code')).toHaveValue(CODE);
  await page.getByTestId('join-nick').fill(nick);
  await page.getByTestId('join-submit').click();
  await expect(page.getByTestId('join-seated')).toBeVisible();
  await page.getByTestId('join-play').click();
  await startClassHousehold(page);
  return page;
}

test('a teacher and four students play a round; crowding shows for everyone', async ({ browser }, info) => {
  test.setTimeout(240_000);
  const tctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const teacher = await tctx.newPage();
  await teacher.goto(host.teacherUrl);
  await expect(teacher.getByTestId('dashboard')).toBeVisible();
  await expect(teacher.getByTestId('dash-code')).toContainText(CODE);

  const students: Page[] = [];
  for (const [lang, nick] of [['en', 'Ana'], ['en', 'Ben'], ['zh-CN', '小王'], ['en', 'Dee']] as const) students.push(await student(browser, lang, nick));
  await expect(teacher.getByTestId('dash-roster').locator('tbody tr')).toHaveCount(4);
  await keepScreenshot(teacher, info, 'class-dashboard-lobby');

  await teacher.getByTestId('dash-open').click();
  for (const p of students) await expect(p.getByTestId('class-bar-state')).toHaveClass(/state-open/);
  // a student reloads mid-round (a crashed tab): same seat, same household, still in the open round
  const ben = students[1]!;
  await ben.reload();
  // the join form offers the class and nickname this browser joined last
  await expect(ben.getByTestId('join-nick')).toHaveValue('Ben');
  await ben.getByTestId('join-submit').click();
  await expect(ben.getByTestId('join-seated')).toContainText('seat 2');
  await ben.getByTestId('join-play').click();
  await expect(ben.getByTestId('play-screen')).toBeVisible();
  await expect(ben.getByTestId('class-bar-state')).toHaveClass(/state-open/);
  await expect(ben.getByTestId('class-send-what')).toContainText('Breakfast stall');
  // one student also predicts how crowded the trade will be
  await students[0]!.getByTestId('class-predict-n').fill('8');
  for (const p of students) await p.getByTestId('class-send').click();
  await expect(teacher.getByTestId('dash-roster')).toContainText(/4 of 4/);
  await expect(teacher.getByTestId('dash-live')).toContainText('4');
  await teacher.getByTestId('dash-close').click();

  for (const p of students) {
    await expect(p.getByTestId('class-bar-market')).toBeVisible();
    // four students x seat weight 4 = 16 class stalls on top of the town's own: well over break-even
    const text = await p.getByTestId('class-bar-market').innerText();
    const firms = Number(/(\d+)/.exec(text.replace(/^\D*\d+\D+/, ''))?.[1]);
    expect(firms).toBeGreaterThanOrEqual(16);
  }
  await expect(students[2]!.getByTestId('class-bar-market')).toContainText('早点摊');
  await keepScreenshot(students[0]!, info, 'class-student-en');
  await keepScreenshot(students[2]!, info, 'class-student-zh');
  await expect(teacher.getByTestId('dash-debrief')).toBeVisible();
  await expect(teacher.getByTestId('dash-predicted').locator('tbody tr').first()).toContainText('0/1');
  await expect(teacher.getByTestId('dash-roster').locator('tbody tr')).toHaveCount(4);
  await expect(teacher.getByTestId('dash-debrief').locator('tr[data-trade="breakfastStall"]')).toContainText('(over break-even)');
  await keepScreenshot(teacher, info, 'class-dashboard-round1');

  // the same dashboard in Chinese (a second view of the same class)
  const zctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
  const zh = await zctx.newPage();
  await zh.addInitScript((s) => { localStorage.setItem('irb.settings', s); }, JSON.stringify(testSettings('zh-CN')));
  await zh.goto(host.teacherUrl);
  await expect(zh.getByRole('heading', { level: 1 })).toHaveText('课堂市场：教师视图');
  await expect(zh.getByTestId('dash-debrief')).toContainText('超过保本店数');
  await zh.getByTestId('dash-debrief').scrollIntoViewIfNeeded();
  await keepScreenshot(zh, info, 'class-dashboard-zh');
});
