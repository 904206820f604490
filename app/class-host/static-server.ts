// Serves the game's web build (dist/renderer) on the class port, so a student joins from any browser with nothing
// installed: GET and HEAD only, no directory listing, no path outside the folder, a strict CSP. The bare address is
// the join page.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.webp': 'image/webp',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.wav': 'audio/wav', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Resolves a URL path inside root, or null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (p.includes('\0')) return null;
  if (p.endsWith('/')) p += 'index.html';
  const full = normalize(join(root, p));
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  return full.startsWith(base) ? full : null;
}

/** Text files are sent gzipped to browsers that accept it: a third of the bytes on a slow classroom Wi-Fi (issue 15). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);
const gzipped = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();

/** The file gzipped once (the web build does not change while the host runs; a rebuilt file is compressed again). */
function gzippedFile(file: string, st: { mtimeMs: number; size: number }): Buffer {
  const hit = gzipped.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.body;
  const body = gzipSync(readFileSync(file), { level: 9 });
  gzipped.set(file, { mtimeMs: st.mtimeMs, size: st.size, body });
  return body;
}

export function serveStatic(root: string | null, req: IncomingMessage, res: ServerResponse): void {
  const head = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-cache' };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...head, Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
    res.end();
    return;
  }
  // The bare address a teacher writes on the board (http://192.168.1.20:43210/) opens the students' join page when
  // the build has one; the game's own title stays at /index.html (the join page's Back leads there).
  // (The teacher's own dashboard link, /?teacher=…, is the game's page.)
  const [path, query = ''] = (req.url ?? '/').split('#')[0]!.split('?');
  const bare = path === '/' && !new URLSearchParams(query).has('teacher');
  const joinPage = root && bare ? join(root, 'join.html') : null;
  const file = joinPage && existsSync(joinPage) ? joinPage : root ? resolveInside(root, req.url ?? '/') : null;
  let size = -1;
  let mtimeMs = 0;
  if (file) {
    try {
      const st = statSync(file);
      if (st.isFile()) { size = st.size; mtimeMs = st.mtimeMs; }
    } catch {
      size = -1;
    }
  }
  if (!file || size < 0) {
    res.writeHead(404, { ...head, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(root ? 'not found' : 'this class host has no web build (run npm run build)');
    return;
  }
  const ext = extname(file).toLowerCase();
  const type = TYPES[ext] ?? 'application/octet-stream';
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    let body: Buffer | null = null;
    try { body = gzippedFile(file, { mtimeMs, size }); } catch { body = null; }
    if (body) {
      res.writeHead(200, { ...head, 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
  }
  res.writeHead(200, { ...head, 'Content-Type': type, 'Content-Length': size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}
