// The Electron entry (app/main/main.ts + window.ts) against a stand-in for the electron module, since the
// real binary is not available everywhere: every security rule and IPC handler must actually be attached.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../app/main/security/csp';
import { IPC_CHANNELS } from '../../../app/shared/ipc';
import { newGame } from '../../../app/sim';
import { serializeSession } from '../../../app/renderer/game/save-format';

type Listener = (...args: unknown[]) => unknown;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  return {
    listeners,
    on: vi.fn((name: string, fn: Listener) => listeners.set(name, [...(listeners.get(name) ?? []), fn])),
    setWindowOpenHandler: vi.fn(),
    printToPDF: vi.fn(),
  };
}

const h = vi.hoisted(() => ({ state: {} as Record<string, unknown> }));

function makeElectron(userData: string, gotLock: boolean) {
  const appListeners = new Map<string, Listener>();
  const windows: { options: Record<string, unknown>; loaded: string[]; webContents: ReturnType<typeof fakeContents>; sessionHardened: boolean }[] = [];
  const handlers = new Map<string, Listener>();
  const webRequest = { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() };
  const ses = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest, protocol: { handle: vi.fn() } };
  const protocol = { registerSchemesAsPrivileged: vi.fn() };
  class BrowserWindow {
    webContents = fakeContents();
    loaded: string[] = [];
    sessionHardened =
      ses.setPermissionRequestHandler.mock.calls.length === 1 && webRequest.onBeforeRequest.mock.calls.length === 1 && webRequest.onHeadersReceived.mock.calls.length === 1;
    constructor(public options: Record<string, unknown>) {
      windows.push(this);
    }
    once = vi.fn();
    show = vi.fn();
    loadURL = vi.fn(async (url: string) => {
      this.loaded.push(url);
    });
    static getAllWindows = () => windows;
    static fromWebContents = () => null;
  }
  const electron = {
    app: {
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => gotLock),
      on: vi.fn((name: string, fn: Listener) => appListeners.set(name, fn)),
      whenReady: vi.fn(() => Promise.resolve()),
      getPath: vi.fn(() => userData),
      getVersion: () => '0.1.0',
      getPreferredSystemLanguages: () => ['en-US'],
      isPackaged: true,
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    dialog: { showSaveDialog: vi.fn() },
    ipcMain: { handle: vi.fn((channel: string, fn: Listener) => handlers.set(channel, fn)) },
    session: { defaultSession: ses },
    protocol,
    powerSaveBlocker: { start: vi.fn(() => 1), stop: vi.fn() },
  };
  return { electron, appListeners, windows, handlers, ses, protocol };
}

// Getters, so each fresh import of main.ts (after vi.resetModules) sees the current test's stand-in.
vi.mock('electron', () => {
  const current = () => h.state.electron as Record<string, unknown>;
  return {
    get app() { return current().app; },
    get BrowserWindow() { return current().BrowserWindow; },
    get Menu() { return current().Menu; },
    get dialog() { return current().dialog; },
    get ipcMain() { return current().ipcMain; },
    get session() { return current().session; },
    get protocol() { return current().protocol; },
    get powerSaveBlocker() { return current().powerSaveBlocker; },
  };
});

let userData: string;
beforeEach(() => {
  vi.resetModules();
  userData = mkdtempSync(join(tmpdir(), 'irb-wiring-'));
});
afterEach(() => {
  rmSync(userData, { recursive: true, force: true });
});

async function startMain(gotLock = true) {
  const fake = makeElectron(userData, gotLock);
  h.state.electron = fake.electron;
  await import('../../../app/main/main');
  // Let whenReady().then(start) and window creation finish.
  await vi.waitFor(() => {
    if (gotLock && fake.windows[0]?.loaded.length !== 1) throw new Error('window not loaded yet');
  });
  return fake;
}

describe('main process wiring', () => {
  it('sandboxes every renderer and hardens the session before any window', async () => {
    const { electron, ses, windows } = await startMain();
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(windows[0]?.sessionHardened).toBe(true);
    // (Fresh module instances after vi.resetModules: the handlers are checked by what they do.)
    const [requestHandler] = ses.setPermissionRequestHandler.mock.calls[0] as [Listener];
    const grant = vi.fn();
    requestHandler({}, 'media', grant);
    expect(grant).toHaveBeenCalledWith(false);
    const [checkHandler] = ses.setPermissionCheckHandler.mock.calls[0] as [Listener];
    expect(checkHandler({}, 'notifications')).toBe(false);

    const [beforeRequest] = ses.webRequest.onBeforeRequest.mock.calls[0] as [Listener];
    const cancel = vi.fn();
    beforeRequest({ url: 'https://example.com/x.js' }, cancel);
    beforeRequest({ url: 'app://game/assets/index.js' }, cancel);
    beforeRequest({ url: 'file:///etc/passwd' }, cancel);
    expect(cancel.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }], [{ cancel: true }]]);

    const [headersReceived] = ses.webRequest.onHeadersReceived.mock.calls[0] as [Listener];
    const respond = vi.fn();
    headersReceived({ url: 'app://game/index.html', responseHeaders: {} }, respond);
    expect(respond).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('opens one secure window on the built index.html, with navigation and pop-ups guarded', async () => {
    const { windows, electron } = await startMain();
    expect(windows).toHaveLength(1);
    const win = windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]preload\.cjs$/);
    expect(win.loaded[0]).toBe('app://game/index.html');
    const [openHandler] = win.webContents.setWindowOpenHandler.mock.calls[0] as [Listener];
    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const willNavigate = win.webContents.listeners.get('will-navigate')?.[0];
    const away = { url: 'https://example.com/', preventDefault: vi.fn() };
    willNavigate?.(away);
    expect(away.preventDefault).toHaveBeenCalledOnce();
    expect(win.webContents.listeners.has('will-redirect')).toBe(true);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });

  it('serves the page from app:// (standard, secure), registered before ready, handled on the session', async () => {
    const { protocol, ses, electron } = await startMain();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!).toBeLessThan(electron.app.whenReady.mock.invocationCallOrder[0]!);
    const [scheme, handler] = ses.protocol.handle.mock.calls[0] as [string, (r: { url: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler({ url: 'app://game/../../main/main.cjs' })).status).not.toBe(200);
    expect((await handler({ url: 'app://other/index.html' })).status).toBe(403);
  });

  it('guards every other web contents too and blocks webviews', async () => {
    const { appListeners } = await startMain();
    const other = fakeContents();
    appListeners.get('web-contents-created')?.({}, other);
    const attach = { preventDefault: vi.fn() };
    other.listeners.get('will-attach-webview')?.[0]?.(attach);
    expect(attach.preventDefault).toHaveBeenCalledOnce();
    expect(other.listeners.has('will-navigate')).toBe(true);
    const [openHandler] = other.setWindowOpenHandler.mock.calls[0] as [Listener];
    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('registers one handler per channel, each checking its sender', async () => {
    const { handlers, windows } = await startMain();
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const indexUrl = windows[0]!.loaded[0]!;
    const fromUs = { senderFrame: { url: indexUrl, parent: null } };
    const fromElsewhere = { senderFrame: { url: 'https://example.com/', parent: null } };
    const get = handlers.get(IPC_CHANNELS.getSettings)!;
    expect(await get(fromElsewhere)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await get(fromUs)).toMatchObject({ ok: true });
    const write = handlers.get(IPC_CHANNELS.writeSave)!;
    // The main process checks a save against the shared schema before writing it.
    expect(await write(fromUs, 'autosave', '{"week":1}')).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('format') } });
    const game = newGame({ scenarioId: '2016-steel-coal', personaId: 'chen-li', seed: 1 });
    if (!game.ok) throw new Error(game.reason.key);
    expect(await write(fromUs, 'autosave', serializeSession({ state: game.state, classCode: null, nickname: null }))).toMatchObject({ ok: true, value: { slot: 'autosave' } });
    expect(await handlers.get(IPC_CHANNELS.listSaves)!(fromUs)).toMatchObject({ ok: true, value: [{ slot: 'autosave' }] });
  });

  it('registers the class bridge and stops class mode before the app quits', async () => {
    const { electron, handlers, appListeners } = await startMain();
    expect(handlers.has(IPC_CHANNELS.classHostStart)).toBe(true);
    const quit = { preventDefault: vi.fn() };
    appListeners.get('before-quit')?.(quit);
    expect(quit.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
    // the quit that follows goes through
    const again = { preventDefault: vi.fn() };
    appListeners.get('before-quit')?.(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('a second instance quits without opening a window', async () => {
    const { electron, windows, handlers } = await startMain(false);
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
    expect(handlers.size).toBe(0);
  });
});
