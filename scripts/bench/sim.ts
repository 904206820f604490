// Simulation timings for `npm run bench` (run with tsx): one 36-month life with a cohort of 200, and
// 1,000 lives of one path (runBatch, as the report does per path). Prints one JSON object on stdout.
// Usage: tsx scripts/bench/sim.ts [--runs N] [--path business] [--persona wang-qiang]
import { DEFAULT_SCENARIO_ID, listPersonas, runBatch, simulateLife, type GameConfig, type PathId } from '../../app/sim/index';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const runs = Math.max(1, Number(arg('runs', '5')) || 5);
const path = arg('path', 'business') as PathId;
const personas = listPersonas(DEFAULT_SCENARIO_ID);
const personaId = arg('persona', personas.find((p) => p.id === 'wang-qiang')?.id ?? personas[0]!.id);
const base: GameConfig = { scenarioId: DEFAULT_SCENARIO_ID, personaId, seed: 1, cohortSize: 200, months: 36 };

const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

// Warm up the JIT so the figures describe a running game, not the first call.
for (let i = 0; i < 20; i++) simulateLife({ ...base, seed: 10_000 + i }, path);

const lifeMs: number[] = [];
const lives = Math.max(25, runs * 10);
for (let i = 0; i < lives; i++) {
  const t0 = performance.now();
  const s = simulateLife({ ...base, seed: i + 1 }, path);
  lifeMs.push(performance.now() - t0);
  if (s.month < 1) throw new Error('life did not advance');
}

const batchMs: number[] = [];
let refused: unknown = null;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const b = runBatch({ ...base, seed: 100 + r }, path, 1000);
  batchMs.push(performance.now() - t0);
  refused = b.refused;
}

process.stdout.write(JSON.stringify({
  status: refused ? 'error' : 'ok',
  reason: refused ? `runBatch refused: ${JSON.stringify(refused)}` : undefined,
  config: { ...base, path },
  oneLifeMs: { median: med(lifeMs), min: Math.min(...lifeMs), max: Math.max(...lifeMs), n: lifeMs.length },
  thousandLivesMs: { median: med(batchMs), min: Math.min(...batchMs), max: Math.max(...batchMs), n: batchMs.length },
}) + '\n');
