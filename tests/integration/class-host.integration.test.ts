// A real class host (the CLI, one Node process) on 127.0.0.1 with 60 automatic students through the real protocol:
// drops, a kill -9 and restart from --state, a SIGSTOP/SIGCONT, a reconnect storm, hostile frames, two hosts on
// one port, and the static server. No timings are asserted here (those are in the bench); only that nothing is lost.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import WebSocket from 'ws';
import { runBots } from '../../app/class-host/bots';
import { ClassClient } from '../../app/shared/class-client';
import type { SocketLike } from '../../app/shared/class-client';
import type { RejectReason, WelcomeFrame } from '../../app/shared/class-protocol';
import { APP_VERSION, scenarioHash } from '../../app/shared/class-protocol';
import { parseClassSession } from '../../app/shared/class-session';

const CODE = 'K7Q-2MX';
const children: ChildProcess[] = [];
const dirs: string[] = [];

interface Host {
  child: ChildProcess;
  info: { url: string; code: string; port: number; addresses: string[] };
  stderr: () => string;
}

function startHost(args: string[]): Promise<Host> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/class-host/cli.ts', '--bind', '127.0.0.1', '--no-discovery', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => { err += d; });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve({ child, info: JSON.parse(out.slice(0, nl)), stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`host exited ${code}: ${err}`)));
  });
}

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'irb-class-it-'));
  dirs.push(d);
  return d;
}

const exited = (c: ChildProcess) => new Promise<number | null>((r) => (c.exitCode !== null || c.signalCode !== null ? r(c.exitCode) : c.once('exit', (code) => r(code))));

afterEach(async () => {
  for (const c of children.splice(0)) {
    if (c.exitCode === null && c.signalCode === null) {
      c.kill('SIGCONT');
      c.kill('SIGKILL');
      await exited(c);
    }
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('class host with 60 students', () => {
  it('loses no seat and no acked choice across 10 drops, kill -9 + restart, and SIGSTOP/SIGCONT', async () => {
    const state = tmp();
    const flags = ['--port', '4311', '--code', CODE, '--state', state, '--auto-rounds', '--preset', 'short'];
    let host = await startHost(flags);
    let killed = false;
    let stopped = false;
    const report = await runBots({
      url: host.info.url, code: CODE, students: 60, rounds: 5, drop: 10, seed: 7, scenarioId: '2016-steel-coal', timeoutMs: 90_000, maxBackoffMs: 1000,
      onAck: (round, n) => {
        if (round === 3 && n === 20 && !killed) {
          // mid-round: 20 choices acked, 40 not yet made
          killed = true;
          const old = host.child;
          old.kill('SIGKILL');
          void exited(old).then(async () => { host = await startHost(flags); });
        }
        if (round === 4 && n === 30 && !stopped) {
          stopped = true;
          host.child.kill('SIGSTOP');
          setTimeout(() => host.child.kill('SIGCONT'), 3000);
        }
      },
    });
    expect(killed && stopped).toBe(true);
    expect(report).toMatchObject({ seated: 60, roundsResolved: 5, lostSeats: 0, lostChoices: 0, complete: true });
    expect(host.info.port).toBe(4311);
    expect(host.info.code).toBe(CODE);
    // clean stop writes the exports; the session file reopens with every seat
    host.child.kill('SIGTERM');
    expect(await exited(host.child)).toBe(0);
    const session = parseClassSession(readFileSync(join(state, 'export', 'session.json'), 'utf8'));
    expect(session.ok && session.session.seats.length).toBe(60);
    expect(session.ok && session.session.rounds.length).toBeGreaterThanOrEqual(5);
    expect(readFileSync(join(state, 'export', 'students.csv'), 'utf8').startsWith('\ufeffseat,')).toBe(true);
  }, 120_000);

  it('rides out a reconnect storm (every student drops at once)', async () => {
    const host = await startHost(['--port', '4312', '--code', CODE, '--auto-rounds', '--preset', 'short']);
    const report = await runBots({ url: host.info.url, code: CODE, students: 60, rounds: 3, drop: 60, seed: 3, scenarioId: '2016-steel-coal', timeoutMs: 60_000, maxBackoffMs: 2000 });
    expect(report).toMatchObject({ seated: 60, roundsResolved: 3, lostSeats: 0, lostChoices: 0, complete: true });
  }, 90_000);
});

/** Waits (without a deadline of its own: the test's timeout is the limit) until `ok()` holds. */
async function until(ok: () => boolean): Promise<void> {
  while (!ok()) await new Promise((r) => setTimeout(r, 20));
}

function student(port: number, nick: string, seat: { seat: number; token: string } | null = null) {
  const seen = { welcomes: [] as WelcomeFrame[], rejects: [] as RejectReason[], acks: [] as number[], ticks: [] as { round: number; trade: string | null; ok: boolean }[] };
  const client = new ClassClient({
    url: `ws://127.0.0.1:${port}/class`, joinCode: CODE, nick, scenarioId: '2016-steel-coal', seat, random: () => 0.5, now: Date.now, sameClock: true, maxBackoffMs: 300,
    open: (u) => new WebSocket(u, { perMessageDeflate: false }) as unknown as SocketLike,
  }, {
    welcome: (w) => seen.welcomes.push(w),
    reject: (r) => seen.rejects.push(r),
    ack: (round) => seen.acks.push(round),
    tick: (t, mine, info) => seen.ticks.push({ round: t.round, trade: mine?.trade ?? null, ok: info.ok }),
  });
  client.start();
  return { client, seen };
}

describe('transfer seat', () => {
  it('the teacher hands a seat to the same student on another machine; the old machine is told, also after a host restart', async () => {
    const state = tmp();
    const flags = ['--port', '4318', '--code', CODE, '--state', state, '--preset', 'short'];
    let host = await startHost(flags);
    const teacher = (c: object) => host.child.stdin!.write(JSON.stringify(c) + '\n');
    const port = host.info.port;
    const old = student(port, 'Li Ming');
    const other = student(port, 'Zhao');
    await until(() => old.seen.welcomes.length > 0 && other.seen.welcomes.length > 0);
    expect(old.seen.welcomes[0]!.seat).toBe(1);
    teacher({ cmd: 'open', round: 1 });
    await until(() => old.client.phase?.phase === 'open');
    old.client.submit({ trade: 'noodleShop', location: 'sideStreet' });
    await until(() => old.seen.acks.includes(1));
    // the laptop breaks; the student opens a browser elsewhere. The teacher marks seat 1, the class is locked.
    teacher({ cmd: 'lock', on: true });
    teacher({ cmd: 'transfer', seat: 1, on: true });
    teacher({ cmd: 'status' }); // stdin is read in order: once the status shows, the mark is in place
    await until(() => host.stderr().includes('"locked":true'));
    const fresh = student(port, 'li ming');
    await until(() => fresh.seen.welcomes.length > 0 && old.seen.rejects.includes('transferred'));
    const w = fresh.seen.welcomes[0]!;
    expect(w.seat).toBe(1);
    expect(w.token).not.toBe(old.client.seat!.token);
    expect(w.lastSeq).toBe(1); // the choice made on the old machine still stands
    expect(old.client.status).toBe('stopped');
    // the host crashes and comes back from its state folder
    host.child.kill('SIGKILL');
    await exited(host.child);
    host = await startHost(flags);
    const ghost = student(port, 'Li Ming', old.client.seat);
    await until(() => ghost.seen.rejects.length > 0 && fresh.client.status === 'seated' && fresh.seen.welcomes.length > 1 && other.seen.welcomes.length > 1);
    expect(ghost.seen.rejects).toEqual(['transferred']);
    expect(ghost.seen.welcomes).toHaveLength(0);
    expect(fresh.seen.welcomes.at(-1)!.seat).toBe(1);
    // the new machine changes the choice; the round counts seat 1 once
    fresh.client.submit({ trade: 'hairSalon', location: 'sideStreet' });
    await until(() => fresh.seen.acks.includes(1));
    teacher({ cmd: 'close', round: 1 });
    await until(() => fresh.seen.ticks.length > 0 && other.seen.ticks.length > 0);
    expect(fresh.seen.ticks[0]).toMatchObject({ round: 1, trade: 'hairSalon', ok: true });
    const counts = fresh.client.history[0]!;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1); // Zhao chose nothing: only seat 1 holds a trade
    for (const c of [old, other, fresh, ghost]) c.client.stop();
    host.child.kill('SIGTERM');
    expect(await exited(host.child)).toBe(0);
    const session = parseClassSession(readFileSync(join(state, 'export', 'session.json'), 'utf8'));
    expect(session.ok && session.session.seats.map((x) => x.nick)).toEqual(['Li Ming', 'Zhao']);
  }, 60_000);
});

describe('hostile input', () => {
  it('random bytes, oversized frames, bad JSON and floods close only the offending socket', async () => {
    const host = await startHost(['--port', '4313', '--code', CODE, '--auto-rounds', '--preset', 'short']);
    const ws = `ws://127.0.0.1:${host.info.port}/class`;
    const closeCode = (send: (s: WebSocket) => void) => new Promise<number>((resolve) => {
      const s = new WebSocket(ws);
      s.on('open', () => send(s));
      s.on('close', (code) => resolve(code));
      s.on('error', () => {});
    });
    const bots = runBots({ url: host.info.url, code: CODE, students: 8, rounds: 3, drop: 0, seed: 5, scenarioId: '2016-steel-coal', timeoutMs: 40_000 });
    const codes = await Promise.all([
      closeCode((s) => s.send(Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 151) % 256)))),
      closeCode((s) => s.send('x'.repeat(10_000))),
      closeCode((s) => s.send('{"t":"hello",')),
      closeCode((s) => s.send(JSON.stringify({ t: 'submit', round: 1, seq: 1, choice: { trade: 'noodleShop' } }))),
      closeCode((s) => { for (let i = 0; i < 500; i++) s.send('{"t":"leave"}'.padEnd(100, ' ')); }),
      closeCode((s) => s.send(JSON.stringify({ t: 'hello', v: 1, appVersion: APP_VERSION, scenarioHash: scenarioHash('2016-steel-coal'), joinCode: 'ZZZ-ZZZ', nick: 'x' }))),
    ]);
    expect(codes[0]).toBe(1008);
    expect(codes[1]).toBe(1009);
    expect(codes[2]).toBe(1008);
    expect(codes[3]).toBe(4000); // a submit before hello is refused
    expect([1000, 1008, 4000]).toContain(codes[4]); // the flood is cut off (or left after its leave)
    expect(codes[5]).toBe(4000); // wrong code: reject then close
    // raw garbage on the TCP port and a non-/class upgrade
    await new Promise<void>((resolve) => {
      const sock = connect(host.info.port, '127.0.0.1', () => sock.end(Buffer.from('\x00\xff GARBAGE\r\n\r\n')));
      sock.on('close', () => resolve());
      sock.on('end', () => resolve());
      sock.on('error', () => resolve());
    });
    expect(await closeCode(() => {}).catch(() => -1)).toBeGreaterThan(0); // no hello at all: closed after the deadline
    const report = await bots;
    expect(report).toMatchObject({ seated: 8, roundsResolved: 3, lostSeats: 0, lostChoices: 0, complete: true });
    expect(host.child.exitCode).toBeNull();
  }, 60_000);
});

describe('host process', () => {
  it('a second host on a taken port takes the next one; the static server serves the web build only', async () => {
    const web = tmp();
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>t</title>');
    const a = await startHost(['--port', '4314', '--web', web]);
    const b = await startHost(['--port', '4314', '--web', web]);
    expect(a.info.port).toBe(4314);
    expect(b.info.port).toBe(4315);
    expect(a.info.url).toMatch(/^http:\/\/127\.0\.0\.1:4314\/join\.html\?join=[0-9A-Z]{3}-[0-9A-Z]{3}$/);
    const base = `http://127.0.0.1:${a.info.port}`;
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${base}/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${base}/assets/`)).status).toBe(404);
    // with a join page in the build, the bare address (what a teacher writes on the board) opens it; the title stays at /index.html
    writeFileSync(join(web, 'join.html'), '<!doctype html><title>join</title>');
    expect(await (await fetch(`${base}/`)).text()).toContain('<title>join</title>');
    expect(await (await fetch(`${base}/?join=K7Q-2MX`)).text()).toContain('<title>join</title>');
    expect(await (await fetch(`${base}/index.html`)).text()).toContain('<title>t</title>');
    expect(await (await fetch(`${base}/?teacher=abc`)).text()).toContain('<title>t</title>');
  }, 30_000);

  it('refuses a state folder of another class, and bad flags, with one line and exit 2', async () => {
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'app/class-host/cli.ts', '--port', 'abc'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const bots = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/class-bots.ts', '--url', 'http://127.0.0.1:4399/', '--code', CODE, '--students', '0', '--rounds', '1'], { encoding: 'utf8' });
    expect(bots.status).toBe(2);
    expect(bots.stderr.trim().split('\n')).toHaveLength(1);
    const state = tmp();
    const h = await startHost(['--port', '4316', '--code', CODE, '--state', state]);
    h.child.kill('SIGTERM');
    expect(await exited(h.child)).toBe(0);
    expect(existsSync(join(state, 'snapshot.json'))).toBe(true);
    const other = spawnSync(process.execPath, ['--import', 'tsx', 'app/class-host/cli.ts', '--bind', '127.0.0.1', '--no-discovery', '--port', '4317', '--code', 'AAA-BBB', '--state', state], { encoding: 'utf8', timeout: 20_000 });
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(CODE);
  }, 60_000);
});
