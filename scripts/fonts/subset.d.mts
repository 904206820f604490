import type { Plugin } from 'vite';
export const EXTRA_CHARS: string;
export function localeChars(localesDir?: string): Set<string>;
export function fontsourceSlices(weight: number): { file: string; ranges: [number, number][] }[];
export function buildFontSubset(opts: { chars: Iterable<string>; weights?: number[]; outDir: string }): Promise<{ cssPath: string; files: string[]; bytes: number; chars: number; cached?: boolean }>;
export function fontSubsetPlugin(opts?: { root?: string }): Plugin;
