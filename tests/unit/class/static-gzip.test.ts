// The class host sends the web build's text files gzipped to browsers that accept it (the join page on a slow
// classroom Wi-Fi, issue 15), and the same bytes as before to anything that does not.
import { createServer, request, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../app/class-host/static-server';

let dir = '';
let server: Server;
let port = 0;
const js = `export const words = ${JSON.stringify('join a class '.repeat(400))};\n`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'irb-static-'));
  writeFileSync(join(dir, 'app.js'), js);
  writeFileSync(join(dir, 'font.woff2'), Buffer.from([1, 2, 3, 4]));
  server = createServer((req, res) => serveStatic(dir, req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as { port: number }).port;
});
afterAll(() => { server.close(); rmSync(dir, { recursive: true, force: true }); });

function get(path: string, encoding?: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('class host static server', () => {
  it('gzips text files for browsers that accept gzip, with the right length', async () => {
    const r = await get('/app.js', 'gzip, deflate, br');
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(js.length / 5);
    expect(gunzipSync(r.body).toString()).toBe(js);
  });

  it('sends the plain file when gzip is not accepted, and fonts as they are', async () => {
    const plain = await get('/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(js);
    const font = await get('/font.woff2', 'gzip');
    expect(font.headers['content-encoding']).toBeUndefined();
    expect([...font.body]).toEqual([1, 2, 3, 4]);
  });
});
