// Class mode from the desktop app's own screens, in Chromium: each page gets a `window.irb` stand-in whose calls go
// to the real main-process handlers and a real createClassDesktop in this test's Node process (helpers/
// desktop-stand-in.ts; bound to 127.0.0.1, discovery stood in for, a temporary data folder per "computer").
// A teacher starts hosting from "Host a class"; a student on another "computer" looks for the class by code
// (not found), types an address off the school network (refused with its own reason), then the teacher's address,
// is seated, plays a round the teacher opens and closes; the teacher exports, stops hosting (confirmed), and
// resumes the same class with the same code, port, round and seat. A second run in Chinese shows the screens and
// the two "no answer" diagnoses (found by code but silent; typed but silent).
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testSettings, startClassHousehold, type Lang } from './game-helpers';
import { keepScreenshot, openGame } from './helpers/page';
import { installDesktop, type DesktopStandIn } from './helpers/desktop-stand-in';

const PORT = 4371;
const PORT_ZH = 4372;
/** Nothing listens here: a found or typed address that never answers. */
const SILENT = 4373;
/** A host found second, after a silent address. */
const PORT_TWO = 4374;

let root = '';
const stands: DesktopStandIn[] = [];
test.beforeAll(() => { root = mkdtempSync(join(tmpdir(), 'irb-e2e-desktop-class-')); });
test.afterAll(async () => {
  for (const s of stands.splice(0)) await s.desktop.dispose();
  rmSync(root, { recursive: true, force: true });
});

/** axe-core: serious or critical WCAG 2.x A/AA violations on the screen now showing (as a11y.spec.ts). */
async function axe(page: Page, screen: string, found: string[]): Promise<void> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('#world canvas').analyze();
  for (const v of r.violations) if (v.impact === 'serious' || v.impact === 'critical') found.push(`${screen}: ${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function computer(page: Page, name: string, lang: Lang, find?: Parameters<typeof installDesktop>[1]['find']): Promise<DesktopStandIn> {
  const s = await installDesktop(page, { dataDir: join(root, name), settings: testSettings(lang), ...(find ? { find } : {}) });
  stands.push(s);
  await openGame(page, { world: false });
  return s;
}

test('a teacher hosts from the desktop app, a desktop student joins by address, a round is played, hosting stops and resumes', async ({ browser }, info) => {
  test.setTimeout(240_000);
  const tctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const teacher = await tctx.newPage();
  const host = await computer(teacher, 'teacher', 'en');
  const axeFound: string[] = [];

  await teacher.getByTestId('menu-host-class').click();
  await expect(teacher.getByTestId('host-screen')).toBeVisible();
  await expect(teacher.getByTestId('host-saved-none')).toBeVisible();
  await expect(teacher.getByLabel('Class', { exact: true })).toBeFocused();
  await axe(teacher, 'host', axeFound);
  // a port out of range is caught before anything starts
  await teacher.getByLabel('Port (optional)').fill('80');
  await teacher.getByTestId('host-start').click();
  await expect(teacher.getByTestId('host-error')).toContainText('1024 to 65535');
  expect(host.desktop.hosting()).toBe(false);
  await teacher.getByLabel('Class', { exact: true }).selectOption('short');
  await teacher.getByLabel('Port (optional)').fill(String(PORT));
  await keepScreenshot(teacher, info, 'desktop-host-en');
  await teacher.getByTestId('host-start').click();

  await expect(teacher.getByTestId('dashboard')).toBeVisible();
  const code = (await teacher.getByTestId('dash-code').locator('strong').innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  await expect(teacher.getByTestId('dash-url')).toContainText(`127.0.0.1:${PORT}`);
  await expect(teacher.getByRole('img', { name: /QR code for http:\/\/127\.0\.0\.1/ })).toBeVisible();
  await expect(teacher.getByTestId('dash-phase')).toContainText('Round 0 of 6');
  expect(host.awake).toEqual({ started: 1, stopped: 0 });

  // the student's computer: nothing found by code, then an address off the school network, then the right one
  const sctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const student = await sctx.newPage();
  const pupil = await computer(student, 'student', 'en', async () => []);
  await student.getByTestId('menu-join-class').click();
  await expect(student.getByTestId('join-screen')).toBeVisible();
  await student.getByLabel('Class code').fill(code.toLowerCase().replace('-', ''));
  await student.getByLabel('Nickname').fill('Mei');
  await student.getByTestId('join-submit').click();
  await expect(student.getByTestId('join-not-found')).toContainText('address shown on the projector');
  expect(pupil.calls).toContain('classDiscover');
  await expect(student.getByLabel("Teacher's address (optional)")).toBeFocused();
  await student.getByTestId('join-not-found').scrollIntoViewIfNeeded();
  await keepScreenshot(student, info, 'desktop-join-not-found-en');
  await axe(student, 'join-not-found', axeFound);
  await student.getByLabel("Teacher's address (optional)").fill('8.8.8.8:43210');
  await student.getByTestId('join-submit').click();
  await expect(student.getByTestId('join-refused')).toContainText('not an address on the school network');
  await student.getByLabel("Teacher's address (optional)").fill(`127.0.0.1:${PORT}`);
  await student.getByTestId('join-submit').click();
  await expect(student.getByTestId('join-seated')).toContainText('seat 1');
  await student.getByTestId('join-play').click();
  await startClassHousehold(student);

  // the teacher opens round 1, the student sends, counts show, the teacher closes it
  await expect(teacher.getByTestId('dash-roster').locator('tbody tr')).toHaveCount(1);
  await teacher.getByTestId('dash-open').click();
  await expect(student.getByTestId('class-bar-state')).toHaveClass(/state-open/);
  await student.getByTestId('class-send').click();
  await expect(teacher.getByTestId('dash-roster')).toContainText('1 of 1');
  await expect(teacher.getByTestId('dash-live').locator('li').filter({ hasText: 'Breakfast stall' })).toContainText('1');
  await teacher.getByTestId('dash-close').click();
  await expect(student.getByTestId('class-bar-market')).toContainText('Breakfast stall');
  await expect(teacher.getByTestId('dash-debrief')).toBeVisible();
  await expect(teacher.getByTestId('dash-phase')).toContainText('Round 1 of 6');

  // exports through the save dialog (stood in for)
  await teacher.getByTestId('dash-export-rounds').click();
  await expect(teacher.getByTestId('dash-export-result')).toContainText('Saved: Rounds (rounds.csv)');
  await teacher.getByTestId('dash-export-session').click();
  await expect(teacher.getByTestId('dash-export-result')).toContainText('Session file');
  expect(host.saved.map((f) => f.ext)).toEqual(['csv', 'json']);
  expect(JSON.parse(host.saved[1]!.text)).toMatchObject({ seats: [expect.objectContaining({ nick: 'Mei' })] });
  await keepScreenshot(teacher, info, 'desktop-dashboard-en');
  await axe(teacher, 'dashboard', axeFound);
  await teacher.getByTestId('dash-exports').scrollIntoViewIfNeeded();
  await keepScreenshot(teacher, info, 'desktop-dashboard-exports-en');

  // stop hosting: asked first; "keep hosting" changes nothing
  await teacher.getByTestId('dash-stop').click();
  await expect(teacher.getByTestId('dash-stop-confirm')).toBeVisible();
  await axe(teacher, 'stop-confirm', axeFound);
  await expect(teacher.getByTestId('dash-stop-no')).toBeFocused();
  await teacher.keyboard.press('Enter');
  await expect(teacher.getByTestId('dash-stop')).toBeFocused();
  expect(host.desktop.hosting()).toBe(true);
  await teacher.getByTestId('dash-stop').click();
  await teacher.getByTestId('dash-stop-yes').click();
  await expect(teacher.getByTestId('dash-stopped')).toContainText(code);
  expect(host.desktop.hosting()).toBe(false);
  expect(host.awake).toEqual({ started: 1, stopped: 1 });
  await expect(student.getByTestId('class-bar-state')).toHaveClass(/state-offline|state-connecting/);

  // resume: the class is listed with its rounds; the same code, port, round and seat come back
  await teacher.getByTestId('dash-back').click();
  const row = teacher.getByTestId('host-saved').locator(`tr[data-code="${code}"]`);
  await expect(row).toContainText('1 of 6 played');
  await axe(teacher, 'host-resume', axeFound);
  expect(axeFound).toEqual([]);
  await expect(row).toContainText('1');
  await teacher.getByTestId(`host-resume-${code}`).click();
  await expect(teacher.getByTestId('dashboard')).toBeVisible();
  await expect(teacher.getByTestId('dash-code')).toContainText(code);
  await expect(teacher.getByTestId('dash-url')).toContainText(`127.0.0.1:${PORT}`);
  await expect(teacher.getByTestId('dash-phase')).toContainText('Round 1 of 6');
  // the student's link reconnects by itself with its seat
  await expect(student.getByTestId('class-bar-state')).toHaveClass(/state-resolved/, { timeout: 30_000 });
  await expect(teacher.getByTestId('dash-roster').locator('tbody tr')).toHaveCount(1);
  await expect(teacher.getByTestId('dash-roster').locator('tbody tr td').nth(2)).not.toContainText('Offline');
  await teacher.getByTestId('dash-open').click();
  await expect(student.getByTestId('class-bar-state')).toHaveClass(/state-open/);
  await expect(student.getByTestId('class-bar-round')).toContainText('2');
  // going back leaves the class running; "Host a class" offers its dashboard
  await teacher.getByTestId('dash-back').click();
  await expect(teacher.getByTestId(`host-resume-${code}`)).toHaveText('Open dashboard');
  await expect(teacher.getByTestId('host-running')).toContainText(code);
  await expect(teacher.getByTestId('host-start')).toBeDisabled();
  await teacher.getByTestId(`host-resume-${code}`).click();
  await expect(teacher.getByTestId('dash-phase')).toContainText('Round 2 of 6');
  expect(host.awake.started).toBe(2);
  await tctx.close();
  await sctx.close();
});

test('the desktop screens in Chinese, and the two "no answer" diagnoses', async ({ browser }, info) => {
  test.setTimeout(120_000);
  const tctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
  const teacher = await tctx.newPage();
  await computer(teacher, 'teacher-zh', 'zh-CN');
  await teacher.getByTestId('menu-host-class').click();
  await expect(teacher.getByTestId('host-screen')).toContainText('继续上次的课');
  await teacher.getByTestId('host-port').fill(String(PORT_ZH));
  await keepScreenshot(teacher, info, 'desktop-host-zh');
  await teacher.getByTestId('host-start').click();
  await expect(teacher.getByTestId('dash-code')).toBeVisible();
  await expect(teacher.getByTestId('dash-url')).toContainText(`127.0.0.1:${PORT_ZH}`);
  await teacher.getByTestId('dash-stop').click();
  await expect(teacher.getByTestId('dash-stop-confirm')).toContainText('学生会断开连接');
  await teacher.getByTestId('dash-stop-confirm').scrollIntoViewIfNeeded();
  await keepScreenshot(teacher, info, 'desktop-dashboard-zh');
  await teacher.getByTestId('dash-stop-yes').click();
  await teacher.getByTestId('dash-back').click();
  await expect(teacher.getByTestId('host-saved').locator('tbody tr')).toHaveCount(1);
  await keepScreenshot(teacher, info, 'desktop-host-resume-zh');

  // found by code, but nothing answers there: the network keeps devices apart
  const sctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
  const student = await sctx.newPage();
  await computer(student, 'student-zh', 'zh-CN', async () => [{ address: '127.0.0.1', port: SILENT, via: 'mdns' }]);
  await student.getByTestId('menu-join-class').click();
  await student.getByTestId('join-code').fill('K7Q-2MX');
  await student.getByTestId('join-nick').fill('小王');
  await student.getByTestId('join-submit').click();
  await expect(student.getByTestId('join-no-answer')).toHaveAttribute('data-how', 'found');
  await expect(student.getByTestId('join-no-answer')).toContainText(`找到了老师的电脑（127.0.0.1:${SILENT}）`);
  await student.getByTestId('join-no-answer').scrollIntoViewIfNeeded();
  await keepScreenshot(student, info, 'desktop-join-found-silent-zh');
  // typed, and nothing answers: the teacher's firewall or a wrong address
  await student.getByTestId('join-address').fill(`127.0.0.1:${SILENT}`);
  await student.getByTestId('join-submit').click();
  await expect(student.getByTestId('join-no-answer')).toHaveAttribute('data-how', 'typed');
  await expect(student.getByTestId('join-no-answer')).toContainText('防火墙');
  await student.getByTestId('join-no-answer').scrollIntoViewIfNeeded();
  await keepScreenshot(student, info, 'desktop-join-typed-silent-zh');
  // a nickname that is only spaces is refused before anything is sent
  await student.getByTestId('join-nick').fill('   ');
  await student.getByTestId('join-submit').click();
  await expect(student.getByTestId('join-error')).toBeVisible();
  await tctx.close();
  await sctx.close();
});

test('found at two addresses (Wi-Fi and cable), the first silent: the next one is tried and the student is seated', async ({ browser }) => {
  test.setTimeout(60_000);
  const tctx = await browser.newContext();
  const teacher = await computer(await tctx.newPage(), 'teacher-two', 'en');
  const hosted = await teacher.desktop.startHost({ port: PORT_TWO, preset: 'short' });
  const sctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const student = await sctx.newPage();
  await computer(student, 'student-two', 'en', async () => [
    { address: '127.0.0.1', port: SILENT, via: 'mdns' },
    { address: '127.0.0.1', port: hosted.port, via: 'broadcast' },
  ]);
  await student.getByTestId('menu-join-class').click();
  await student.getByTestId('join-code').fill(hosted.code);
  await student.getByTestId('join-nick').fill('Lin');
  await student.getByTestId('join-submit').click();
  await expect(student.getByTestId('join-seated')).toContainText('seat 1', { timeout: 20_000 });
  await teacher.desktop.stopHost();
  await tctx.close();
  await sctx.close();
});
