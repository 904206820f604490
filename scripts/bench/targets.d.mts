export const KB: number;
export const MB: number;
export function heapGrowthTolerance(firstBytes: number | null | undefined): number;
export interface Target { id: string; label: string; path: string; op: '<' | '<=' | '>' | '>='; target: number | string; unit: string }
export const TARGETS: readonly Target[];
export interface Check { id: string; label: string; value: number | null; target: number | null; op: string; unit: string; verdict: 'PASS' | 'MISS' | 'n/a'; reason?: string }
export function evaluateTargets(results: Record<string, unknown>): Check[];
