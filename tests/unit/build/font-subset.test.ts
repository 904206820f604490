// The bundled Chinese font is cut to the characters the game uses: every character in every locale file
// must still have a glyph, or players would see boxes on machines with no Chinese fonts.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFontSubset, EXTRA_CHARS, localeChars } from '../../../scripts/fonts/subset.mjs';

async function coveredCodepoints(dir: string, files: string[], css: string, weight: number): Promise<Set<number>> {
  const fontverter = await import('fontverter');
  const hb = await import('harfbuzzjs');
  const covered = new Set<number>();
  for (const f of files.filter((name) => css.includes(`font-weight:${weight};src:url(./${name})`))) {
    const sfnt = await fontverter.convert(readFileSync(join(dir, f)), 'sfnt');
    const blob = new hb.Blob(new Uint8Array(sfnt));
    const face = new hb.Face(blob, 0);
    for (const cp of face.collectUnicodes()) covered.add(cp);
  }
  return covered;
}

describe('font subset', () => {
  it('covers every character of every locale in both weights, and stays small', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'irb-font-'));
    try {
      const chars = new Set([...localeChars('locales'), ...EXTRA_CHARS]);
      const res = await buildFontSubset({ chars, outDir: dir });
      const css = readFileSync(res.cssPath, 'utf8');
      const needed = [...localeChars('locales')].map((c) => c.codePointAt(0)!).filter((cp) => cp > 0x20);
      for (const weight of [400, 700]) {
        const covered = await coveredCodepoints(dir, res.files, css, weight);
        const missing = needed.filter((cp) => !covered.has(cp)).map((cp) => String.fromCodePoint(cp));
        expect(missing, `weight ${weight}`).toEqual([]);
        // The check can fail: a character no text uses has no glyph in the subset.
        expect(covered.has('龘'.codePointAt(0)!)).toBe(false);
      }
      expect(res.bytes).toBeLessThan(2_000_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
