import type { Plugin } from 'vite';
export const EXTRA_CHARS: string;
export function localeChars(localesDir?: string, langs?: string[] | null): Set<string>;
export function wholeFontFile(weight: number): string;
export function fontsourceSlices(weight: number): { file: string; ranges: [number, number][] }[];
export function buildFontSubset(opts: { chars: Iterable<string>; weights?: number[]; outDir: string; firstChars?: string }): Promise<{ cssPath: string; files: string[]; bytes: number; chars: number; cached?: boolean }>;
export function fontSubsetPlugin(opts?: { root?: string; firstLangs?: string[]; firstChars?: string }): Plugin;
