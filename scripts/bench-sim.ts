// Prints speed figures for the simulation core (no assertions): one 36-month life with a 200-worker cohort,
// and `batch --runs 1000` for each path. Each figure is the median of several repetitions.
// Usage: npx tsx scripts/bench-sim.ts [--reps N]
import { PATH_IDS, runBatch, simulateLife } from '../app/sim/index';

const repsArg = process.argv.indexOf('--reps');
const reps = repsArg > 0 ? Math.max(1, Number(process.argv[repsArg + 1]) || 5) : 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cfg = { scenarioId: '2016-steel-coal', personaId: 'wang-qiang', seed: 1, cohortSize: 200, months: 36 };

// warm up the JIT
for (let i = 0; i < 300; i++) simulateLife({ ...cfg, seed: i }, 'business');

// Wall-clock time, and this process's CPU time (which a busy shared machine inflates less).
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
const lifeMs: number[] = [];
const lifeCpu: number[] = [];
for (let r = 0; r < reps; r++) {
  const n = 200;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) simulateLife({ ...cfg, seed: 1000 + r * n + i }, 'business');
  lifeMs.push((performance.now() - t0) / n);
  lifeCpu.push(cpuMs(process.cpuUsage(c0)) / n);
}
const batch: Record<string, { wallMs: number; cpuMs: number }> = {};
for (const path of PATH_IDS) {
  const times: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < Math.min(reps, 3); r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    runBatch({ ...cfg, personaId: path === 'retire' ? 'liu-fang' : cfg.personaId, seed: r }, path, 1000);
    times.push(performance.now() - t0);
    cpus.push(cpuMs(process.cpuUsage(c0)));
  }
  batch[path] = { wallMs: Math.round(median(times)), cpuMs: Math.round(median(cpus)) };
}
const out = {
  node: process.version,
  reps,
  life36MonthsCohort200: { wallMs: Number(median(lifeMs).toFixed(3)), cpuMs: Number(median(lifeCpu).toFixed(3)), targetMs: 5 },
  batch1000: { ...batch, targetMs: 2000 },
};
console.log(JSON.stringify(out, null, 2));
