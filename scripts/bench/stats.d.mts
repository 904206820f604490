export interface Summary { median: number | null; min: number | null; max: number | null; n: number }
export interface FrameStats { frames: number; seconds: number; fps: number | null; medianMs: number | null; p95Ms: number | null; p99Ms: number | null; maxMs: number | null }
export function median(values: readonly unknown[]): number | null;
export function percentile(values: readonly unknown[], p: number): number | null;
export function summarize(values: readonly unknown[]): Summary;
export function frameStats(deltas: readonly number[]): FrameStats;
export function round(v: number | null | undefined, digits?: number): number | null;
