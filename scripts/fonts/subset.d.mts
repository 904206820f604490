import type { Plugin } from 'vite';
export const EXTRA_CHARS: string;
export function localeChars(localesDir?: string, langs?: string[] | null): Set<string>;
export function wholeFontFile(weight: number): string;
export function leadingFaceFile(weight: number, id: string): string;
export function fontsourceSlices(weight: number): { file: string; ranges: [number, number][] }[];
export function buildFontSubset(opts: { chars: Iterable<string>; weights?: number[]; outDir: string; leading?: { id: string; chars: string }[] }): Promise<{ cssPath: string; files: string[]; bytes: number; chars: number; cached?: boolean }>;
export interface LeadingOptions { latinLangs?: string[]; alwaysChars?: string; titleLangs?: string[]; titleKeys?: readonly string[] }
export function leadingFaces(localesDir: string, opts?: LeadingOptions): { id: string; chars: string }[];
export function fontSubsetPlugin(opts?: { root?: string; leading?: LeadingOptions | null }): Plugin;
