// The security rules' decisions: which pages may be shown, which senders answered, which requests and
// permissions refused. Each rule is one module under app/main/security.
import { describe, expect, it, vi } from 'vitest';
import { isAppDocumentUrl } from '../../../app/main/security/app-document';
import { isTrustedSender } from '../../../app/main/security/ipc-sender';
import { isNavigationAllowed, navigationGuard } from '../../../app/main/security/navigation-guard';
import { denyPermissionCheck, denyPermissionRequest } from '../../../app/main/security/permissions';
import { isAllowedRequestUrl } from '../../../app/main/security/remote-content';
import { secureWebPreferences } from '../../../app/main/security/web-preferences';
import { blockWebviewAttach } from '../../../app/main/security/webview';
import { denyWindowOpen } from '../../../app/main/security/window-open';

const INDEX = 'file:///opt/Iron%20Rice%20Bowl/resources/app.asar/dist/renderer/index.html';

describe('app document', () => {
  it('accepts the index itself, with a query or fragment', () => {
    expect(isAppDocumentUrl(INDEX, INDEX)).toBe(true);
    expect(isAppDocumentUrl(`${INDEX}#/results`, INDEX)).toBe(true);
    expect(isAppDocumentUrl(`${INDEX}?lang=zh-CN`, INDEX)).toBe(true);
  });

  it('compares decoded paths, so percent-encoding differences do not matter', () => {
    expect(isAppDocumentUrl('file:///opt/Iron Rice Bowl/resources/app.asar/dist/renderer/index.html', INDEX)).toBe(true);
  });

  it('rejects other files, other schemes and garbage', () => {
    expect(isAppDocumentUrl('file:///opt/Iron%20Rice%20Bowl/resources/app.asar/dist/renderer/other.html', INDEX)).toBe(false);
    expect(isAppDocumentUrl('file:///etc/passwd', INDEX)).toBe(false);
    expect(isAppDocumentUrl('https://example.com/dist/renderer/index.html', INDEX)).toBe(false);
    expect(isAppDocumentUrl('http://127.0.0.1:4173/index.html', INDEX)).toBe(false);
    expect(isAppDocumentUrl('file://evil-host/opt/Iron%20Rice%20Bowl/resources/app.asar/dist/renderer/index.html', INDEX)).toBe(false);
    expect(isAppDocumentUrl('file:///opt/%E0%A4%A/index.html', INDEX)).toBe(false);
    expect(isAppDocumentUrl('not a url', INDEX)).toBe(false);
    expect(isAppDocumentUrl('', INDEX)).toBe(false);
  });

  it('folds case only when asked (Windows)', () => {
    const win = 'file:///C:/Games/IRB/resources/app.asar/dist/renderer/index.html';
    const lower = 'file:///c:/games/irb/resources/app.asar/dist/renderer/index.html';
    expect(isAppDocumentUrl(lower, win)).toBe(false);
    expect(isAppDocumentUrl(lower, win, { caseInsensitive: true })).toBe(true);
  });
});

describe('navigation guard (checklist #13)', () => {
  it('allows reloading our page and nothing else', () => {
    expect(isNavigationAllowed(INDEX, INDEX)).toBe(true);
    expect(isNavigationAllowed('https://example.com/', INDEX)).toBe(false);
    expect(isNavigationAllowed('javascript:alert(1)', INDEX)).toBe(false);
    expect(isNavigationAllowed('data:text/html,<h1>hi</h1>', INDEX)).toBe(false);
  });

  it('calls preventDefault exactly for forbidden targets', () => {
    const guard = navigationGuard(INDEX);
    const away = { url: 'https://example.com/', preventDefault: vi.fn() };
    const home = { url: `${INDEX}#top`, preventDefault: vi.fn() };
    guard(away);
    guard(home);
    expect(away.preventDefault).toHaveBeenCalledOnce();
    expect(home.preventDefault).not.toHaveBeenCalled();
  });
});

describe('IPC sender validation (checklist #17)', () => {
  it('answers only the top frame of our own page', () => {
    expect(isTrustedSender({ url: INDEX, parent: null }, INDEX)).toBe(true);
    expect(isTrustedSender({ url: `${INDEX}#x`, parent: null }, INDEX)).toBe(true);
  });

  it('refuses subframes, other pages and missing frames', () => {
    expect(isTrustedSender({ url: INDEX, parent: { url: INDEX } }, INDEX)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null }, INDEX)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', parent: null }, INDEX)).toBe(false);
    expect(isTrustedSender(null, INDEX)).toBe(false);
    expect(isTrustedSender(undefined, INDEX)).toBe(false);
  });
});

describe('remote content (checklist #1)', () => {
  it('lets the app\'s own resources through (app://, data:, blob:)', () => {
    for (const url of ['app://game/index.html', 'app://game/assets/index-abc.js', 'data:image/png;base64,AAAA', 'blob:app://game/1234', 'devtools://devtools/bundled/x.html']) {
      expect(isAllowedRequestUrl(url), url).toBe(true);
    }
  });

  it('cancels file:// (nothing is loaded from the disk directly since app://)', () => {
    for (const url of [INDEX, 'file:///etc/passwd', 'file:///C:/Windows/win.ini']) expect(isAllowedRequestUrl(url), url).toBe(false);
  });

  it('cancels anything from the network', () => {
    for (const url of ['https://example.com/a.js', 'http://127.0.0.1:4173/', 'wss://example.com/', 'ws://localhost/', 'ftp://example.com/', 'nonsense']) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });
});

describe('windows, permissions and webviews (checklist #5, #12, #14)', () => {
  it('denies every window.open', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('refuses every permission request and check', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'fullscreen', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(denyPermissionCheck()).toBe(false);
  });

  it('cancels webview attachment', () => {
    const event = { preventDefault: vi.fn() };
    blockWebviewAttach(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('web preferences (checklist #2-#4, #6, #8-#11)', () => {
  it('turns every hardening option on', () => {
    const prefs = secureWebPreferences('/app/dist/preload/preload.cjs', false);
    expect(prefs).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });
});
