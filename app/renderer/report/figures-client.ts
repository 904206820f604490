// Gets the report's simulated figures: in a Web Worker when the platform allows one (split over two workers
// so a 2-core laptop uses both), otherwise on the main thread in small slices that keep the page responsive.
// Results are cached per game, so a language switch or a reprint never recomputes them.
import type { GameConfig } from '../game/sim-api';
import { PATH_IDS } from '../game/sim-api';
import { distributionStats, figuresSteps, type FiguresJob, type LifeOutcome, type ReportFigures } from './lives';
import type { WorkerMessage, WorkerRequest } from './worker';

export const DEFAULT_RUNS = 500;

export interface Progress { done: number; total: number }

interface Entry { promise: Promise<ReportFigures>; listeners: Set<(p: Progress) => void>; last: Progress | null }
const cache = new Map<string, Entry>();

const keyOf = (cfg: GameConfig, runs: number) => JSON.stringify([cfg.scenarioId, cfg.personaId, cfg.seed, cfg.cohortSize ?? null, cfg.months ?? null, runs]);

/** The figures for a game; a second caller (e.g. the report after a prefetch) joins the running job and its progress. */
export function figuresFor(cfg: GameConfig, runs = DEFAULT_RUNS, onProgress?: (p: Progress) => void): Promise<ReportFigures> {
  const key = keyOf(cfg, runs);
  let e = cache.get(key);
  if (!e) {
    const entry: Entry = { promise: Promise.resolve(null as unknown as ReportFigures), listeners: new Set(), last: null };
    entry.promise = compute({ cfg, runs }, (p) => { entry.last = p; entry.listeners.forEach((fn) => fn(p)); });
    entry.promise.then(() => entry.listeners.clear(), () => cache.delete(key));
    cache.set(key, entry);
    e = entry;
  }
  if (onProgress) {
    e.listeners.add(onProgress);
    if (e.last) onProgress(e.last);
  }
  return e.promise;
}

/** The cached figures if they are already computed (for a synchronous re-render), else null. */
const settled = new Map<string, ReportFigures>();
export function figuresIfReady(cfg: GameConfig, runs = DEFAULT_RUNS): ReportFigures | null {
  return settled.get(keyOf(cfg, runs)) ?? null;
}

async function compute(job: FiguresJob, onProgress?: (p: Progress) => void): Promise<ReportFigures> {
  const t0 = performance.now();
  let figures: Omit<ReportFigures, 'millis'>;
  try {
    figures = await inWorker(job, onProgress);
  } catch (e) {
    console.warn(`report: simulating on the main thread (${e instanceof Error ? e.message : String(e)})`);
    figures = await onMainThread(job, onProgress);
  }
  const result = { ...figures, millis: performance.now() - t0 };
  settled.set(keyOf(job.cfg, job.runs), result);
  return result;
}

let nextId = 1;
/** Workers are kept once started: the second report of a lesson (or a prefetch) runs on already-compiled code. */
const pool: (Worker | null)[] = [null, null];

/** The worker runs the build's own chunk of ./worker.ts, which shares the simulation's chunk with the game. */
let workerModule: Promise<string> | null = null;
const workerUrl = (): Promise<string> => (workerModule ??= import('./worker').then((m) => m.workerUrl));

async function workerAt(slot: number): Promise<Worker> {
  const url = await workerUrl();
  let w = pool[slot];
  if (!w) {
    w = new Worker(url, { type: 'module' });
    pool[slot] = w;
  }
  return w;
}

async function runWorker(slot: number, job: FiguresJob, onProgress: (done: number, total: number) => void): Promise<Omit<ReportFigures, 'millis'>> {
  const worker = await workerAt(slot);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const drop = () => { worker.removeEventListener('message', onMessage); worker.removeEventListener('error', onError); };
    const onMessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') onProgress(m.done, m.total);
      else {
        drop();
        if (m.type === 'done') resolve(m.figures);
        else reject(new Error(m.message));
      }
    };
    const onError = (e: ErrorEvent) => {
      drop();
      worker.terminate();
      pool[slot] = null;
      reject(new Error(e.message || 'worker failed'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ id, job } satisfies WorkerRequest);
  });
}

/**
 * Two workers, each simulating half of every path's lives (the lives are independent and seeded by index, so
 * the merged result is identical to one worker's). The first worker also replays the paths not taken.
 */
async function inWorker(job: FiguresJob, onProgress?: (p: Progress) => void): Promise<Omit<ReportFigures, 'millis'>> {
  if (typeof Worker === 'undefined') throw new Error('no Worker');
  const cores = Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1));
  if (cores === 1 || job.runs < 100) {
    return runWorker(0, job, (done, total) => onProgress?.({ done, total }));
  }
  const half = Math.ceil(job.runs / 2);
  const prog = [{ done: 0, total: 1 }, { done: 0, total: 1 }];
  const report = () => onProgress?.({ done: prog[0]!.done + prog[1]!.done, total: prog[0]!.total + prog[1]!.total });
  const [a, b] = await Promise.all([
    runWorker(0, { ...job, runs: half }, (done, total) => { prog[0] = { done, total }; report(); }),
    runWorker(1, { ...job, runs: job.runs - half, offset: half, skipCounterfactuals: true }, (done, total) => { prog[1] = { done, total }; report(); }),
  ]);
  return mergeHalves(a, b, job.runs);
}

function mergeHalves(a: Omit<ReportFigures, 'millis'>, b: Omit<ReportFigures, 'millis'>, runs: number): Omit<ReportFigures, 'millis'> {
  const distributions = PATH_IDS.map((path, i) => {
    const da = a.distributions[i]!;
    const db = b.distributions[i]!;
    if (da.refused) return da;
    const lives: LifeOutcome[] = [...(da.lives ?? []), ...(db.lives ?? [])];
    return { path, runs: lives.length, refused: null, netWorth: lives.map((l) => l.netWorth), stats: distributionStats(lives), lives };
  });
  const all = distributions.flatMap((d) => d.lives ?? []);
  return { counterfactuals: a.counterfactuals, distributions, pooled: distributionStats(all), runsPerPath: runs };
}

async function onMainThread(job: FiguresJob, onProgress?: (p: Progress) => void): Promise<Omit<ReportFigures, 'millis'>> {
  const it = figuresSteps(job, 10);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
    onProgress?.(r.value);
    await new Promise((res) => setTimeout(res, 0));
  }
}
