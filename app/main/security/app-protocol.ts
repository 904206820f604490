// Electron security checklist #18 "Avoid usage of the file:// protocol and prefer usage of custom protocols":
// the game is served from app://game/, a standard, secure scheme whose handler only answers with files
// inside the built renderer folder. With nothing loaded from file://, the GrantFileProtocolExtraPrivileges
// fuse is turned off (electron-builder.yml), so `script-src 'self'` no longer matches any local file.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'game';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Privileges of app:// (registered before the app is ready): standard URLs, a secure context, fetch. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

export type AppRequest = { ok: true; file: string; mime: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an app:// URL to a file inside `root`, or refuses it. Pure (no file access), so the rules are tested
 * without Electron: wrong scheme or host, encoded separators, NUL, dot segments that would climb out of
 * root, and types the game never serves are all refused.
 */
export function resolveAppRequest(rawUrl: string, root: string): AppRequest {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password || url.port) return { ok: false, status: 403 };
  // The URL parser has already removed . and .. segments; encoded ones (%2e%2e, %2f, %5c) are refused here.
  if (/%2f|%5c|%00|%2e/i.test(url.pathname)) return { ok: false, status: 403 };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (path.includes('\0') || path.includes('\\')) return { ok: false, status: 403 };
  if (path === '/' || path === '') path = '/index.html';
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  const rel = relative(base, file);
  if (!rel || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).some((part) => part === '..')) return { ok: false, status: 403 };
  const mime = MIME[extname(file).toLowerCase()];
  if (!mime) return { ok: false, status: 404 };
  return { ok: true, file, mime };
}

/** The protocol handler: a Response for each request (the files of `root` only, every one with our CSP). */
export function appProtocolHandler(root: string, read: (file: string) => Promise<Uint8Array> = readFile) {
  return async (request: { url: string; method?: string }): Promise<Response> => {
    if (request.method && request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const target = resolveAppRequest(request.url, root);
    if (!target.ok) return new Response(null, { status: target.status });
    try {
      const body = await read(target.file);
      return new Response(body as BodyInit, {
        status: 200,
        headers: { 'Content-Type': target.mime, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}
