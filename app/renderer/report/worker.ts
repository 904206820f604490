// Web Worker: runs the report's counterfactual lives and the many-lives distributions off the main thread,
// posting progress after each chunk so the report can show a bar and never freezes the interface.
// This module is an ordinary chunk of the build (loaded with `import()` for its own URL, `workerUrl`), not a
// separately bundled worker: the worker then shares the simulation's chunk with the game instead of carrying
// a second copy of the model (≈ 30 kB gzipped, issue 15). Only inside a worker does it listen for jobs.
import { figuresSteps, type FiguresJob } from './lives';

export type WorkerRequest = { id: number; job: FiguresJob };
export type WorkerMessage =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; figures: ReturnType<typeof figuresSteps> extends Generator<unknown, infer R> ? R : never; millis: number }
  | { id: number; type: 'error'; message: string };

/** The URL of this module as built: what `new Worker(…, { type: 'module' })` starts. */
export const workerUrl: string = import.meta.url;

type WorkerScope = { postMessage(m: WorkerMessage): void; onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null };
const scope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
const inWorker = typeof scope === 'function' && globalThis instanceof scope;

if (inWorker) {
  const ctx = globalThis as unknown as WorkerScope;
  ctx.onmessage = (e) => {
    const { id, job } = e.data;
    const t0 = performance.now();
    try {
      const it = figuresSteps(job);
      for (;;) {
        const r = it.next();
        if (r.done) {
          ctx.postMessage({ id, type: 'done', figures: r.value, millis: performance.now() - t0 });
          return;
        }
        ctx.postMessage({ id, type: 'progress', done: r.value.done, total: r.value.total });
      }
    } catch (err) {
      ctx.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
}
