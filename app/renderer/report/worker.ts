// Web Worker: runs the report's counterfactual lives and the many-lives distributions off the main thread,
// posting progress after each chunk so the report can show a bar and never freezes the interface.
import { figuresSteps, type FiguresJob } from './lives';

export type WorkerRequest = { id: number; job: FiguresJob };
export type WorkerMessage =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; figures: ReturnType<typeof figuresSteps> extends Generator<unknown, infer R> ? R : never; millis: number }
  | { id: number; type: 'error'; message: string };

const ctx = self as unknown as { postMessage(m: WorkerMessage): void; onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null };

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
