// Lets the game flow start the report's simulations before the report opens (e.g. when the last month begins
// or the end screen shows), so the figures are usually ready by the time the player asks for the report.
import i18next from 'i18next';
import type { GameState } from '../game/sim-api';
import { DEFAULT_RUNS, figuresFor } from './figures-client';

export function prefetchReportFigures(state: GameState, runs = DEFAULT_RUNS): void {
  figuresFor(state.config, runs).catch(() => undefined);
}

/** Every distinct character of a namespace's texts in one language (empty when not loaded). */
function namespaceChars(lng: string, ns: string): string {
  const chars = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') for (const ch of node) chars.add(ch);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(i18next.getResourceBundle(lng, ns));
  return [...chars].join('');
}

/**
 * Asks the browser for the bundled font's glyphs of the report's own texts in the language on show, while the
 * end screen is read: each font file holds a slice of the characters (scripts/fonts/subset.mjs), and the report
 * in English quotes Chinese titles and terms, so opening it would otherwise wait for a few more files.
 */
export function prefetchReportFonts(): void {
  const sample = namespaceChars(i18next.language, 'report');
  if (!sample || !document.fonts) return;
  for (const weight of ['400', '700']) document.fonts.load(`${weight} 16px "Noto Sans SC"`, sample).catch(() => undefined);
}
