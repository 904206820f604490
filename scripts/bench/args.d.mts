export const PARTS: readonly string[];
export const USAGE: string;
export class UsageError extends Error {}
export interface BenchOptions { runs: number; only: string[]; json: string | null; build: boolean }
export function parseArgs(argv: readonly string[]): BenchOptions;
