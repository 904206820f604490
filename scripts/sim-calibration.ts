// Reproduces the calibration figures in docs/model.md: new-firm survival with no crowding (SAIC 2017), the course
// effect (Bidani et al.) and re-employment (Appleton et al.), cohort founders' defaults against crowding, and which
// path wins how often (the `compare` lab command) per persona. Prints JSON lines. Usage:
//   npm run --silent sim:calibrate [-- --runs N]
import {
  comparePaths, deriveSeed, listPersonas, newGame, simulateLife, step, summarize, type GameState,
} from '../app/sim/index';
import { autoPolicy } from '../app/sim/index';
import { playOut } from './sim-play';

const argRuns = process.argv.indexOf('--runs');
const RUNS = argRuns > 0 ? Number(process.argv[argRuns + 1]) : 200;
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 100000) {
  process.stderr.write('sim:calibrate: --runs must be an integer from 1 to 100000\n');
  process.exit(2);
}
const print = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);
const pct = (x: number) => Math.round(x * 1000) / 10;

const playFrom = playOut;

const personas = listPersonas().map((p) => p.id);

// 1. New firms with no crowding: alive after 12 months, loss-making months in year 1.
{
  let n = 0;
  let alive = 0;
  let loss = 0;
  let months = 0;
  for (const personaId of personas) {
    for (let i = 0; i < RUNS / 2; i++) {
      const s = simulateLife({ scenarioId: '2016-steel-coal', personaId, seed: deriveSeed(7, i), cohortSize: 0 }, 'business');
      n++;
      const closed = s.timeline.find((t) => t.key === 'timeline.businessClosed' || t.key === 'timeline.businessForcedClosed');
      if (!closed || closed.month >= 12) alive++;
      for (const r of s.history.slice(0, 12)) if (r.businessProfit !== null) { months++; if (r.businessProfit < 0) loss++; }
    }
  }
  print({ figure: 'newFirmsNoCrowding', lives: n, aliveAfter12MonthsPct: pct(alive / n), lossMakingMonthsYear1Pct: pct(loss / months), sources: 'SAIC 2017: 69.3% alive after a year; PKU 2021: 28% loss-making' });
}

// 2. Courses and re-employment (default cohort): regular local job at months 12 and 36, with and without a course.
for (const personaId of ['liu-fang', 'wang-qiang', 'chen-li', 'gao-peng']) {
  const res = { course: [0, 0], none: [0, 0] };
  for (let i = 0; i < RUNS; i++) {
    const seed = deriveSeed(21, i);
    const withCourse = simulateLife({ scenarioId: '2016-steel-coal', personaId, seed }, 'retrain');
    const g = newGame({ scenarioId: '2016-steel-coal', personaId, seed });
    if (!g.ok) continue;
    const first = step(g.state, autoPolicy(g.state, 'retrain'));
    if (!first.ok) continue;
    // The same worker searching without the course: the contract ends as on the retraining path, then no class.
    const noCourse = playFrom({ ...first.state, path: null }, 'retrain');
    const job = (s: GameState, m: number) => (s.history[m]?.flows.some((f) => f.key === 'wage') ? 1 : 0);
    res.course[0]! += job(withCourse, 11);
    res.course[1]! += job(withCourse, 35);
    res.none[0]! += job(noCourse, 11);
    res.none[1]! += job(noCourse, 35);
  }
  print({
    figure: 'retraining', personaId, course: withCourse0(personaId), jobAt12: { coursePct: pct(res.course[0]! / RUNS), noCoursePct: pct(res.none[0]! / RUNS) },
    jobAt36: { coursePct: pct(res.course[1]! / RUNS), noCoursePct: pct(res.none[1]! / RUNS) }, sources: 'Bidani et al. 2002: -6 to +8 points at a year; Appleton et al. 2002: ~47% re-employed',
  });
}
function withCourse0(personaId: string): string {
  const s = simulateLife({ scenarioId: '2016-steel-coal', personaId, seed: 1, months: 1 }, 'retrain');
  return s.pathsTaken[0]?.detail ?? '';
}

// 3. Cohort founders: failure and default against the size of the cohort.
for (const scenarioId of ['2016-steel-coal', '1998-xiagang']) {
  const rows = [];
  for (const cohortSize of [50, 100, 200, 400, 800]) {
    let opened = 0;
    let failed = 0;
    let defaults = 0;
    for (let i = 0; i < Math.max(4, Math.round(RUNS / 10)); i++) {
      const s = simulateLife({ scenarioId, personaId: 'liu-fang', seed: deriveSeed(3, i), cohortSize }, 'retrain');
      opened += s.market.cohort.businessesOpened;
      failed += s.market.cohort.businessesFailed;
      defaults += s.market.cohort.loanDefaults;
    }
    rows.push({ cohortSize, foundersFailedPct: pct(failed / opened), foundersDefaultedPct: pct(defaults / opened) });
  }
  print({ figure: 'cohortFounders', scenarioId, rows });
}

// 4. Which path wins how often, per persona, at three levels of crowding (the `compare` command).
for (const scenarioId of ['2016-steel-coal', '1998-xiagang']) {
  for (const personaId of personas) {
    for (const cohortSize of [0, 200, 400]) {
      const rows = comparePaths({ scenarioId, personaId, seed: 1, cohortSize }, Math.max(20, Math.round(RUNS / 2)));
      print({
        figure: 'compare', scenarioId, personaId, cohortSize,
        paths: Object.fromEntries(rows.map((r) => [r.path, r.refused ? 'refused' : { bestPct: pct(r.bestShare), median: r.medianOutcome, defaultPct: pct(r.defaultRate), failPct: r.businessFailureRate === null ? null : pct(r.businessFailureRate) }])),
      });
    }
  }
}

// 5. The layoff's cost: median outcome of the best path against the job kept.
for (const personaId of personas) {
  const s = simulateLife({ scenarioId: '2016-steel-coal', personaId, seed: 1 }, 'retrain');
  print({ figure: 'keptJobBaseline', personaId, keptJobBaseline: summarize(s).keptJobBaseline });
}
