// app:// serves the built renderer's files and nothing else (checklist #18): the rules are pure functions,
// tested here with hostile URLs; the handler is run against a real folder.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, appProtocolHandler, resolveAppRequest } from '../../../app/main/security/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../app/main/security/csp';
import { isAppDocumentUrl } from '../../../app/main/security/app-document';

let root: string;
let outside: string;
beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'irb-proto-'));
  root = join(base, 'dist', 'renderer');
  outside = join(base, 'dist', 'main');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(outside, 'main.cjs'), 'secret');
});
afterAll(async () => { await rm(join(root, '..', '..'), { recursive: true, force: true }); });

describe('resolveAppRequest', () => {
  it('maps the page and its assets inside the renderer folder', () => {
    expect(resolveAppRequest(APP_INDEX_URL, root)).toEqual({ ok: true, file: join(root, 'index.html'), mime: 'text/html; charset=utf-8' });
    expect(resolveAppRequest('app://game/', root)).toMatchObject({ ok: true, file: join(root, 'index.html') });
    expect(resolveAppRequest('app://game/assets/index-abc.js?v=1#x', root)).toMatchObject({ ok: true, file: join(root, 'assets', 'index-abc.js'), mime: expect.stringContaining('javascript') });
  });

  it('refuses other schemes, hosts, credentials and ports', () => {
    for (const url of ['file:///etc/passwd', 'https://game/index.html', 'app://other/index.html', 'app://user:pw@game/index.html', 'app://game:8080/index.html', 'not a url']) {
      expect(resolveAppRequest(url, root).ok, url).toBe(false);
    }
  });

  it('never leaves the folder: dot segments, encoded separators, NUL, backslashes', () => {
    for (const url of ['app://game/../main/main.cjs', 'app://game/%2e%2e/main/main.cjs', 'app://game/assets%2f..%2f..%2fmain%2fmain.cjs', 'app://game/..%5cmain%5cmain.cjs', 'app://game/index.html%00.js', 'app://game/a\\..\\..\\main\\main.cjs']) {
      const r = resolveAppRequest(url, root);
      if (r.ok) expect(r.file.startsWith(root), url).toBe(true);
      else expect([400, 403, 404], url).toContain(r.status);
    }
  });

  it('for any path, a file it names is inside the folder', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (path) => {
      const r = resolveAppRequest(`app://game/${path}`, root);
      if (r.ok) expect(r.file.startsWith(join(root, '/').slice(0, -1))).toBe(true);
    }), { numRuns: 500 });
  });

  it('serves only the types the game uses', () => {
    expect(resolveAppRequest('app://game/assets/x.exe', root)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest('app://game/assets/index-abc.js.map', root)).toEqual({ ok: false, status: 404 });
  });
});

describe('appProtocolHandler', () => {
  const handler = () => appProtocolHandler(root);

  it('answers with the file, its type and our CSP', async () => {
    const r = await handler()({ url: APP_INDEX_URL, method: 'GET' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await r.text()).toContain('<title>x</title>');
  });

  it('refuses what lies outside, what is missing and anything but GET/HEAD', async () => {
    expect((await handler()({ url: 'app://game/../main/main.cjs' })).status).toBe(404); // normalised to /main/main.cjs inside root: absent
    expect((await handler()({ url: 'app://game/%2e%2e/main/main.cjs' })).status).not.toBe(200);
    expect((await handler()({ url: 'app://game/assets%2f..%2f..%2fmain%2fmain.cjs' })).status).toBe(403);
    expect((await handler()({ url: 'app://game/missing.js' })).status).toBe(404);
    expect((await handler()({ url: APP_INDEX_URL, method: 'POST' })).status).toBe(405);
  });

  it('the navigation guard and the IPC sender check know app://game/index.html as our page', () => {
    expect(isAppDocumentUrl('app://game/index.html?x=1#y', APP_INDEX_URL)).toBe(true);
    expect(isAppDocumentUrl('app://game/other.html', APP_INDEX_URL)).toBe(false);
    expect(isAppDocumentUrl('app://evil/index.html', APP_INDEX_URL)).toBe(false);
    expect(isAppDocumentUrl('file:///index.html', APP_INDEX_URL)).toBe(false);
  });
});
