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

const lifeMs: number[] = [];
for (let r = 0; r < reps; r++) {
  const n = 200;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) simulateLife({ ...cfg, seed: 1000 + r * n + i }, 'business');
  lifeMs.push((performance.now() - t0) / n);
}
const out: Record<string, unknown> = { node: process.version, reps, lifeMs36mCohort200: Number(median(lifeMs).toFixed(3)), batch1000Ms: {} as Record<string, number> };
for (const path of PATH_IDS) {
  const times: number[] = [];
  for (let r = 0; r < Math.min(reps, 3); r++) {
    const t0 = performance.now();
    runBatch({ ...cfg, personaId: path === 'retire' ? 'liu-fang' : cfg.personaId, seed: r }, path, 1000);
    times.push(performance.now() - t0);
  }
  (out.batch1000Ms as Record<string, number>)[path] = Math.round(median(times));
}
console.log(JSON.stringify(out, null, 2));
