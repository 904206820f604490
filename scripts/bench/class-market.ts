// The live class market's targets, measured with a real host process and 60 automatic students on loopback
// (run by scripts/bench/class-market.mjs). Prints one JSON object with the figures.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBots } from '../../app/class-host/bots';
import { parseClassSession } from '../../app/shared/class-session';
import { ticksOf } from '../../app/shared/class-exports';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const STUDENTS = arg('--students', 60);
const STOP_S = arg('--stop-seconds', 60);
const PORT = arg('--port', 4320);
const CODE = 'B3N-CH0';
const log = (s: string) => process.stderr.write(`class bench: ${s}\n`);

function host(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/class-host/cli.ts', '--bind', '127.0.0.1', '--no-discovery', '--code', CODE, '--auto-rounds', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ child, url: JSON.parse(out.split('\n')[0]!).url });
    });
    child.on('exit', (c) => reject(new Error(`host exited ${c}`)));
  });
}
const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

const dir = mkdtempSync(join(tmpdir(), 'irb-class-bench-'));
// other processes competing for the CPU show in delivery times: the load average is part of the result
const result: Record<string, unknown> = { students: STUDENTS, stopSeconds: STOP_S, loadAvgStart: loadavg()[0] };
try {
  log(`latency: ${STUDENTS} students, 8 rounds, no faults`);
  const a = await host(['--port', String(PORT), '--preset', 'standard']);
  const clean = await runBots({ url: a.url, code: CODE, students: STUDENTS, rounds: 8, drop: 0, seed: 1, scenarioId: '2016-steel-coal', timeoutMs: 120_000 });
  a.child.kill('SIGTERM');
  await exited(a.child);
  result.clean = clean;

  log(`faults: 10 drops, kill -9 + restart from --state, SIGSTOP ${STOP_S} s`);
  const state = join(dir, 'state');
  const flags = ['--port', String(PORT + 1), '--state', state, '--preset', 'short'];
  let h = await host(flags);
  let killed = false;
  let stopped = false;
  const faults = await runBots({
    url: h.url, code: CODE, students: STUDENTS, rounds: 6, drop: 10, seed: 2, scenarioId: '2016-steel-coal', timeoutMs: (STOP_S + 180) * 1000,
    onAck: (round, n) => {
      if (round === 3 && n === Math.floor(STUDENTS / 3) && !killed) {
        killed = true;
        const old = h.child;
        old.kill('SIGKILL');
        void exited(old).then(async () => { h = await host(flags); });
      }
      if (round === 5 && n === Math.floor(STUDENTS / 2) && !stopped) {
        stopped = true;
        h.child.kill('SIGSTOP');
        setTimeout(() => h.child.kill('SIGCONT'), STOP_S * 1000);
      }
    },
  });
  result.faults = { ...faults, killed, stopped };
  h.child.kill('SIGTERM');
  await exited(h.child);
  const parsed = parseClassSession(readFileSync(join(state, 'export', 'session.json'), 'utf8'));
  result.exported = parsed.ok ? { seats: parsed.session.seats.length, rounds: parsed.session.rounds.length, checksMatch: ticksOf(parsed.session).every((t, i) => t.check === parsed.session.rounds[i]!.check) } : { error: parsed.detail };
  result.status = 'ok';
  result.loadAvgEnd = loadavg()[0];
} catch (e) {
  result.status = 'error';
  result.reason = (e as Error).message;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result) + '\n');
process.exit(0);
