// Pure statistics helpers for the benchmark (no I/O, no clocks): tested in tests/unit/bench.

/** Numbers only, sorted ascending (NaN and non-numbers dropped). */
function sorted(values) {
  return values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
}

/** Median (mean of the two middle values for an even count); null for no values. */
export function median(values) {
  const s = sorted(values);
  if (s.length === 0) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Percentile by the nearest-rank method (p in 0..100): the smallest value such that at least p% of the
 * values are ≤ it. For frame times this is the usual "p99 frame": 1% of frames are slower. null for no values.
 */
export function percentile(values, p) {
  const s = sorted(values);
  if (s.length === 0) return null;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile out of range: ${p}`);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1];
}

/** Median, min, max and count of a list of samples (one per run). */
export function summarize(values) {
  const s = sorted(values);
  return { median: median(s), min: s.length ? s[0] : null, max: s.length ? s[s.length - 1] : null, n: s.length };
}

/**
 * Frame statistics from requestAnimationFrame deltas (ms): fps = frames / elapsed seconds over the window,
 * plus the median, 95th and 99th percentile and worst frame time.
 */
export function frameStats(deltas) {
  const d = sorted(deltas);
  const total = deltas.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  return {
    frames: d.length,
    seconds: total / 1000,
    fps: total > 0 ? d.length / (total / 1000) : null,
    medianMs: median(d),
    p95Ms: percentile(d, 95),
    p99Ms: percentile(d, 99),
    maxMs: d.length ? d[d.length - 1] : null,
  };
}

/** Rounds for display/JSON: null stays null. */
export function round(v, digits = 1) {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
