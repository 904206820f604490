#!/usr/bin/env node
// Live class market bench: 60 students on loopback, p99 of round close -> result delivered, and zero lost seats or
// choices across 10 drops, a kill -9 + restart and a SIGSTOP of the host (60 s unless --stop-seconds N); the
// exported session reopens with every seat. Prints the figures and a MISS line per missed target.
// `npm run bench` runs it as its `class` part; alone: node scripts/bench/class-market.mjs [--stop-seconds N] [--json]
import { spawnSync } from 'node:child_process';

export const CLASS_TARGETS = { students: 60, tickP99Ms: 50 };

export function runClassBench(extra = []) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/class-market.ts', ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  const line = (r.stdout ?? '').trim().split('\n').pop();
  if (!line) return { status: 'error', reason: `class bench printed nothing (exit ${r.status})` };
  return JSON.parse(line);
}

/** Lines for each target, MISS where it is missed. */
export function classLines(res) {
  const lines = [];
  const t = CLASS_TARGETS;
  const row = (ok, text) => lines.push(`${ok ? 'ok  ' : 'MISS'} ${text}`);
  if (res.status !== 'ok') return [`MISS class bench failed: ${res.reason}`];
  const c = res.clean;
  row(c.seated >= t.students, `students seated ${c.seated} (target ${t.students})`);
  row(c.tickP99Ms !== null && c.tickP99Ms < t.tickP99Ms, `round close -> delivered p50 ${c.tickP50Ms} ms, p99 ${c.tickP99Ms} ms on loopback (target p99 < ${t.tickP99Ms} ms; load average ${res.loadAvgStart?.toFixed(1)} -> ${res.loadAvgEnd?.toFixed(1)})`);
  const f = res.faults;
  row(f.killed && f.stopped && f.complete && f.lostSeats === 0 && f.lostChoices === 0,
    `faults (10 drops, kill -9 + restart, SIGSTOP ${res.stopSeconds} s): rounds ${f.roundsResolved}/6, lost seats ${f.lostSeats}, lost choices ${f.lostChoices} (target 0)`);
  const e = res.exported;
  row(e && e.seats === t.students && e.checksMatch, `exported session reopened: ${e?.seats ?? 0} seats, ${e?.rounds ?? 0} rounds, checks ${e?.checksMatch ? 'match' : 'differ'}`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const res = runClassBench(process.argv.slice(2).filter((a) => a !== '--json'));
  if (process.argv.includes('--json')) console.log(JSON.stringify(res));
  for (const l of classLines(res)) console.log(l);
}
