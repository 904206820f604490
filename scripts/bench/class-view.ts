// Class results view timing for `npm run bench` (run with tsx): sixty students' results files, built from real
// simulated games (four paths, five personas, prediction answers), read, checked and aggregated as the teacher's
// view does. Prints one JSON object on stdout. Usage: tsx scripts/bench/class-view.ts [--runs N] [--files 60]
import { listPersonas, PATH_IDS, simulateLife, DEFAULT_SCENARIO_ID } from '../../app/sim/index';
import { buildResultsFile } from '../../app/renderer/report/results-file';
import { serializeResults } from '../../app/shared/results';
import { aggregateClass } from '../../app/renderer/classroom/aggregate';
import { classCodeFor, classGameConfig, PRESETS } from '../../app/shared/class-settings';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const runs = Math.max(3, Number(arg('runs', '5')) || 5);
const n = Math.max(1, Number(arg('files', '60')) || 60);
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

const settings = { scenarioId: DEFAULT_SCENARIO_ID, seed: 4242, levels: PRESETS.defaults };
const code = classCodeFor(settings);
const personas = listPersonas(DEFAULT_SCENARIO_ID);
const files = Array.from({ length: n }, (_, i) => {
  const path = PATH_IDS[i % PATH_IDS.length]!;
  const state = simulateLife(classGameConfig(settings, personas[i % personas.length]!.id), path);
  const biz = state.pathsTaken.find((p) => p.path === 'business');
  const results = buildResultsFile(state, {
    language: i % 2 ? 'zh-CN' : 'en', classCode: code, nickname: `Student ${i + 1}`,
    prediction: biz?.detail ? { businessId: biz.detail, month: biz.month, predictedEntrants: i % 7, willBeatAverage: i % 3 !== 0 } : null,
    now: new Date(Date.UTC(2026, 10, 30, 9, 0, i)),
  });
  return { name: `student-${i + 1}.json`, text: serializeResults(results) };
});
const bytes = files.reduce((a, f) => a + f.text.length, 0);

aggregateClass(files); // warm-up
const ms: number[] = [];
let students = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  students = aggregateClass(files).students.length;
  ms.push(performance.now() - t0);
}
process.stdout.write(JSON.stringify({
  status: students === n ? 'ok' : 'error',
  reason: students === n ? undefined : `${students} of ${n} files aggregated`,
  files: n, kilobytes: Math.round(bytes / 1024),
  aggregateMs: { median: med(ms), min: Math.min(...ms), max: Math.max(...ms), n: ms.length },
}) + '\n');
