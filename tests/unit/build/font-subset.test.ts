// The bundled Chinese font is cut to the characters the game uses: every character in every locale file
// must still have a glyph, or players would see boxes on machines with no Chinese fonts.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFontSubset, EXTRA_CHARS, leadingFaces, localeChars } from '../../../scripts/fonts/subset.mjs';
import { TITLE_SCREEN_KEYS } from '../../../app/renderer/title-keys';

/** The faces of one weight in the generated CSS, in order: file name and the code points its range claims. */
function faces(css: string, weight: number): { file: string; claims: number[] }[] {
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)]
    .map((m) => m[1]!)
    .filter((rule) => rule.includes(`font-weight:${weight};`))
    .map((rule) => ({
      file: /url\(\.\/([^)]+)\)/.exec(rule)![1]!,
      claims: /unicode-range:([^;}]*)/.exec(rule)![1]!.split(',').map((u) => parseInt(u.trim().replace(/^U\+/i, ''), 16)),
    }));
}

async function unicodesOf(dir: string, file: string): Promise<Set<number>> {
  const fontverter = await import('fontverter');
  const hb = await import('harfbuzzjs');
  const sfnt = await fontverter.convert(readFileSync(join(dir, file)), 'sfnt');
  return new Set(new hb.Face(new hb.Blob(new Uint8Array(sfnt)), 0).collectUnicodes());
}

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

  it('puts each character in one face per weight, the leading faces first, each face with the glyphs it claims', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'irb-font-'));
    try {
      const chars = new Set([...localeChars('locales'), ...EXTRA_CHARS]);
      const res = await buildFontSubset({ chars, outDir: dir, leading: [{ id: 'first', chars: 'Aa,.简体中文' }, { id: 'title-zh', chars: '铁饭碗中文' }] });
      const css = readFileSync(res.cssPath, 'utf8');
      const sorted = (cps: number[]) => cps.map((cp) => String.fromCodePoint(cp)).sort().join('');
      for (const weight of [400, 700]) {
        const list = faces(css, weight);
        // the leading faces, cut from the whole font (Latin and Chinese together); a later one leaves out what an
        // earlier one holds
        expect(list[0]!.file).toBe(`noto-sans-sc-${weight}-first.woff2`);
        expect(sorted(list[0]!.claims)).toBe([...'Aa,.简体中文'].sort().join(''));
        expect(list[1]!.file).toBe(`noto-sans-sc-${weight}-title-zh.woff2`);
        expect(sorted(list[1]!.claims)).toBe([...'铁饭碗'].sort().join(''));
        // no character claimed twice (before, most slices also claimed some Latin letters)
        const all = list.flatMap((f) => f.claims);
        expect(all.length - new Set(all).size, `weight ${weight}: characters claimed by two faces`).toBe(0);
        // every face has a glyph for every character it claims
        for (const f of list) {
          const has = await unicodesOf(dir, f.file);
          expect(f.claims.filter((cp) => !has.has(cp)).map((cp) => String.fromCodePoint(cp)), f.file).toEqual([]);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('cuts the leading faces from what the title draws: every text key of the title screen, in Chinese', () => {
    // every t('ns:key') of the title screen and its language switch is under one of TITLE_SCREEN_KEYS
    const used = ['app/renderer/ui/title-screen.ts', 'app/renderer/ui/language-switch.ts']
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([a-z]+:[^']+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(5);
    const uncovered = used.filter((k) => !TITLE_SCREEN_KEYS.some((p) => k === p || k.startsWith(`${p}.`)));
    expect(uncovered).toEqual([]);
    const [first, zh] = leadingFaces('locales', { latinLangs: ['en'], alwaysChars: '简体中文', titleLangs: ['zh-CN'], titleKeys: TITLE_SCREEN_KEYS });
    expect(first!.id).toBe('first');
    expect(first!.chars).toContain('A');
    expect(first!.chars).toContain('¥');
    expect(first!.chars).toContain('简体中文');
    expect(first!.chars).not.toMatch(/[钢煤]/); // Chinese quoted by English texts stays in the slices
    expect(zh!.id).toBe('title-zh');
    const zhTitle = JSON.parse(readFileSync('locales/zh-CN/common.json', 'utf8')).appTitle as string;
    for (const ch of zhTitle) expect(zh!.chars).toContain(ch);
    expect(zh!.chars).not.toMatch(/[A-Za-z]/);
  });
});
