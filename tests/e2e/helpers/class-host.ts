// A real class host (app/class-host/cli.ts, plain Node) serving the built game on 127.0.0.1, for the browser specs
// of class mode: started once per spec file, stopped cleanly after it.
import { test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface ClassHostUrls {
  /** The students' link the host printed (its join page). */
  joinUrl: string;
  /** The teacher's dashboard link (loopback, with the host's private token). */
  teacherUrl: string;
}

/** Registers beforeAll/afterAll that run a host with `code` on `port`; the returned URLs are filled before the tests. */
export function useClassHost(port: number, code: string): ClassHostUrls {
  const urls: ClassHostUrls = { joinUrl: '', teacherUrl: '' };
  let host: ChildProcess | null = null;
  test.beforeAll(async () => {
    test.skip(!existsSync('dist/renderer/index.html'), 'needs the web build (node scripts/build.mjs)');
    host = spawn(process.execPath, ['--import', 'tsx', 'app/class-host/cli.ts', '--bind', '127.0.0.1', '--no-discovery', '--port', String(port), '--code', code, '--web', 'dist/renderer'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const child = host;
    let out = '';
    let err = '';
    await new Promise<void>((resolve, reject) => {
      const done = () => { if (urls.joinUrl && urls.teacherUrl) resolve(); };
      child.stdout!.on('data', (d) => { out += d; if (out.includes('\n')) { urls.joinUrl = JSON.parse(out.split('\n')[0]!).url; done(); } });
      child.stderr!.on('data', (d) => { err += d; const m = /teacher dashboard[^:]*: (\S+)/.exec(err); if (m) { urls.teacherUrl = m[1]!; done(); } });
      child.on('exit', (c) => reject(new Error(`class host exited ${c}: ${err}`)));
    });
  });
  test.afterAll(async () => {
    const child = host;
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
  return urls;
}
