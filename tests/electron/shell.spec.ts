// The built desktop app in real Electron: the window opens on the title screen (app://game/), the page gets
// exactly the designed window.irb bridge and nothing of Node or Electron, navigation and pop-ups are blocked,
// no console errors, and a game saved before quitting continues after a restart. Needs the Electron binary (npm start fetches it where a network exists); skips itself otherwise.
import { test, expect, _electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY_META } from '../../app/main/security/csp';
import { choosePath, startGame } from '../e2e/game-helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The same lookup as electron's own index.js, without its throw when the binary was never downloaded. */
function electronBinary(): string | null {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function skipReason(binary: string | null): string | null {
  if (!binary) {
    return 'Electron binary not available: node_modules/electron/dist was never downloaded (no network at install); `npm start` fetches it where a network exists';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'Electron needs a display: no DISPLAY or WAYLAND_DISPLAY (run the tests under xvfb-run)';
  }
  return null;
}

const binary = electronBinary();
const reason = skipReason(binary);
// Said once up front as well, because the list reporter shows skipped tests without their reason.
if (reason && !process.env.TEST_WORKER_INDEX) console.log(`[electron] skipped: ${reason}`);

const DESIGNED_SURFACE = [
  'classDiscover', 'classHostCommand', 'classHostExport', 'classHostSaved', 'classHostStart', 'classHostStop', 'classLinkJoin', 'classLinkLeave', 'classLinkSubmit',
  'exportFile', 'getPlatformInfo', 'getSettings', 'listSaves', 'loadSave', 'onClassEvent', 'quarantineSave', 'setSettings', 'writeSave',
];

test.describe('Electron shell', () => {
  test.skip(reason !== null, reason ?? '');
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let home: string;
  const consoleErrors: string[] = [];

  test.beforeAll(async () => {
    // A fresh user-data folder (settings, saves) so earlier runs cannot change what the page shows.
    home = mkdtempSync(join(tmpdir(), 'irb-electron-'));
    const env: Record<string, string> = { ...(process.env as Record<string, string>), HOME: home, XDG_CONFIG_HOME: home, APPDATA: home };
    delete env.ELECTRON_RUN_AS_NODE;
    // Chromium refuses to run as root without --no-sandbox (CI containers run as root); the app's own
    // sandbox settings are still what this test inspects.
    const rootOnly = typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : [];
    app = await _electron.launch({ executablePath: binary!, args: [root, '--lang=en-US', ...rootOnly], cwd: root, env });
    page = await app.firstWindow();
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(err.message));
  });

  test.afterAll(async () => {
    await app?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  test('the window opens on the title screen', async () => {
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    await expect(page.getByTestId('title')).toHaveText('Iron Rice Bowl, Paper Loan');
    expect(page.url()).toBe('app://game/index.html');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    await page.screenshot({ path: test.info().outputPath('electron-title.png') });
  });

  test('the page gets exactly the designed bridge and nothing of Node or Electron', async () => {
    const surface = await page.evaluate(() => ({
      keys: Object.keys(window.irb ?? {}).sort(),
      allFunctions: Object.values(window.irb ?? {}).every((v) => typeof v === 'function'),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      ipcRenderer: 'ipcRenderer' in window,
      electron: 'electron' in window,
    }));
    expect(surface).toEqual({ keys: DESIGNED_SURFACE, allFunctions: true, require: 'undefined', process: 'undefined', ipcRenderer: false, electron: false });
  });

  test('the bridge reaches the main process and validates there', async () => {
    const info = await page.evaluate(() => window.irb!.getPlatformInfo());
    expect(info).toMatchObject({ ok: true, value: { isElectron: true, electron: expect.stringMatching(/^41\./) } });
    const roundTrip = await page.evaluate(async () => {
      // Not a save of this game: the main process checks saves against the shared schema before writing.
      const written = await window.irb!.writeSave('e2e', '{"week":1}');
      const loaded = await window.irb!.loadSave('e2e');
      const refused = await window.irb!.loadSave('../settings');
      return { written, loaded, refused };
    });
    expect(roundTrip).toMatchObject({ written: { ok: false, error: { code: 'bad-request' } }, loaded: { ok: true, value: null }, refused: { ok: false, error: { code: 'bad-request' } } });
  });

  test('the page carries the agreed Content-Security-Policy', async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toBe(CONTENT_SECURITY_POLICY_META);
  });

  test('navigation away and new windows are blocked', async () => {
    const before = page.url();
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });

  test('no console errors', async () => {
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('Electron saves across a restart', () => {
  test.skip(reason !== null, reason ?? '');

  test('start, play a month, save and leave, quit, restart and continue at the same month', async () => {
    test.setTimeout(180_000);
    const home = mkdtempSync(join(tmpdir(), 'irb-electron-saves-'));
    const env: Record<string, string> = { ...(process.env as Record<string, string>), HOME: home, XDG_CONFIG_HOME: home, APPDATA: home };
    delete env.ELECTRON_RUN_AS_NODE;
    const rootOnly = typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : [];
    const launch = () => _electron.launch({ executablePath: binary!, args: [root, '--lang=en-US', ...rootOnly], cwd: root, env });
    try {
      let app = await launch();
      let page = await app.firstWindow();
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      expect(page.url()).toBe('app://game/index.html');
      await startGame(page, { lang: 'en', persona: 'chen-li', classCode: 'DESK1' });
      await choosePath(page, { path: 'retrain', course: 'eCommerce' });
      const before = await page.getByTestId('month-label').textContent();
      await page.getByTestId('next-month').click();
      if (await page.getByTestId('event-card').count()) await page.getByTestId('event-card').locator('button.choice:not([disabled])').first().click();
      await expect(page.getByTestId('month-label')).not.toHaveText(before!);
      const month = await page.getByTestId('month-label').textContent();
      const cash = await page.getByTestId('cash').textContent();
      await page.getByTestId('top-leave').click();
      await expect(page.getByTestId('leave-dialog')).toHaveCount(0); // the save worked, so no question
      await expect(page.getByTestId('menu-continue')).toBeVisible();
      await app.close();

      app = await launch();
      page = await app.firstWindow();
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      await expect(page.getByTestId('title-notice')).toHaveCount(0);
      await page.getByTestId('menu-continue').click();
      await expect(page.getByTestId('month-label')).toHaveText(month!);
      await expect(page.getByTestId('cash')).toHaveText(cash!);
      await app.close();
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
