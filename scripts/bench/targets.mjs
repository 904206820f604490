// The performance budget of issues 6 and 15 as checks over the figures the benchmark measured (pure).
// A check is PASS/MISS when its figure exists, "n/a" when the part was not measured.

export const KB = 1000; // sizes are reported in kB (1,000 bytes): the stricter reading of "600 KB"
export const MB = 1000 * 1000;

/** Heap growth from the end of game 1 to the end of game 3 that still counts as "no growth" (GC noise). */
export function heapGrowthTolerance(firstBytes) {
  return Math.max(2 * MB, 0.05 * (firstBytes ?? 0));
}

const get = (obj, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);

/** [id, label, path into results, comparison, target, unit] */
export const TARGETS = [
  { id: 'title', label: 'Navigation → interactive title (median)', path: 'title.ms.median', op: '<=', target: 1500, unit: 'ms' },
  { id: 'title', label: 'Title ÷ bare Phaser page, same run (median of paired runs)', path: 'title.ratioToBarePhaser', op: '<=', target: 0.6, unit: '×' },
  // Class mode's join page (issue 15): `join.html?join=CODE` from the class host's server on Fast 3G (scripts/bench/join.mjs).
  { id: 'join', label: 'Join page: interactive on Fast 3G', path: 'join.ms.median', op: '<=', target: 1500, unit: 'ms' },
  { id: 'join', label: 'Join page: bytes transferred', path: 'join.transferKB', op: '<=', target: 600, unit: 'kB' },
  { id: 'month', label: '"New game" → first playable month (median)', path: 'month.ms.median', op: '<=', target: 1000, unit: 'ms' },
  { id: 'town', label: 'Town crowded street: firms + people', path: 'town.crowd', op: '>=', target: 300, unit: '' },
  { id: 'town', label: 'Town WebGL, crowded: fps (median of runs)', path: 'town.webgl.fps.median', op: '>=', target: 58, unit: 'fps' },
  { id: 'town', label: 'Town WebGL, crowded: p99 frame (median of runs)', path: 'town.webgl.p99Ms.median', op: '<', target: 33, unit: 'ms' },
  { id: 'town', label: 'Town Canvas, crowded: fps (median of runs)', path: 'town.canvas.fps.median', op: '>=', target: 58, unit: 'fps' },
  { id: 'town', label: 'Town Canvas, crowded: p99 frame (median of runs)', path: 'town.canvas.p99Ms.median', op: '<', target: 33, unit: 'ms' },
  { id: 'heap', label: 'JS heap after a full 36-month game', path: 'heap.afterOneGameMB', op: '<', target: 150, unit: 'MB' },
  { id: 'heap', label: 'JS heap growth, game 1 → game 3', path: 'heap.growthMB', op: '<=', target: 'heap.growthToleranceMB', unit: 'MB' },
  { id: 'report', label: 'Report with counterfactuals, ≥500 lives/path (median)', path: 'report.ms.median', op: '<=', target: 2000, unit: 'ms' },
  { id: 'report', label: 'Report after 10 s on the end screen: click → figures (median)', path: 'report.afterEndScreen.ms.median', op: '<', target: 1000, unit: 'ms' },
  { id: 'sim', label: 'Sim: one 36-month life (median)', path: 'sim.oneLifeMs.median', op: '<', target: 5, unit: 'ms' },
  { id: 'size', label: 'Renderer JS, gzipped', path: 'size.jsGzipKB', op: '<=', target: 450, unit: 'kB' },
  { id: 'size', label: 'Title JS (entry + one language), gzipped', path: 'size.jsTitleGzipKB', op: '<=', target: 150, unit: 'kB' },
  { id: 'size', label: 'Fonts (subset woff2)', path: 'size.fontsKB', op: '<', target: 1000, unit: 'kB' },
];

function compare(v, op, t) {
  switch (op) {
    case '<': return v < t;
    case '<=': return v <= t;
    case '>': return v > t;
    case '>=': return v >= t;
    default: throw new Error(`bad op ${op}`);
  }
}

/** Evaluates every target against the results object; returns rows for the table and the JSON. */
export function evaluateTargets(results) {
  return TARGETS.map((t) => {
    const value = get(results, t.path);
    const target = typeof t.target === 'string' ? get(results, t.target) : t.target;
    const part = results[t.id];
    if (typeof value !== 'number' || typeof target !== 'number') {
      // the deepest object on the path that says why (e.g. town.webgl when the build has no WebGL renderer)
      const keys = t.path.split('.');
      const why = keys.map((_, i) => get(results, keys.slice(0, i + 1).join('.'))).filter((o) => o && (o.status === 'n/a' || o.status === 'error')).pop();
      const reason = why ? why.reason : part ? 'figure missing' : 'not run';
      return { id: t.id, label: t.label, value: null, target: target ?? null, op: t.op, unit: t.unit, verdict: 'n/a', reason };
    }
    return { id: t.id, label: t.label, value, target, op: t.op, unit: t.unit, verdict: compare(value, t.op, target) ? 'PASS' : 'MISS' };
  });
}
