// The renderer's size, checked on a fresh build (sizes only, no timing): all of its JavaScript gzipped, the
// title's own (entry chunk, what it imports, one language), and the engine, the game and rarely opened screens
// kept out of the title; the join page's few files; the report worker sharing the simulation's chunk.
// scripts/bench/size.mjs measures the sizes the same way and prints MISS against issue 15's budget
// (450 kB / 150 kB). On 2026-11-30 02:45 the build was 423.8 / 76.6 kB; the features merged at 03:00 (desktop
// class screens, transfer, decision codes, debt figures) made it 435.9 / 78.4 kB (docs/performance.md). The limits
// below are a ratchet a few kB above that: lower them as the build shrinks; raise one only for a feature that
// adds code on purpose, with the figure in docs/performance.md.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureSize, titleJs, type SizeResult } from '../../../scripts/bench/size.mjs';

/** Issue 15's budget (what `npm run bench` checks). */
export const ISSUE_BUDGET_KB = { rendererJs: 450, titleJs: 150 };
/** What this test holds the build to today (ratchet: lower these as the build shrinks, never raise them). */
export const RENDERER_JS_BUDGET_KB = 440;
export const TITLE_JS_BUDGET_KB = 80;
/** The join page's JavaScript (entry + static imports), gzipped: on Fast 3G every 18 kB costs 0.1 s. */
export const JOIN_JS_BUDGET_KB = 40;

const root = join(__dirname, '../../..');
let out = '';
let size: SizeResult;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'irb-size-'));
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
  size = measureSize(out);
}, 240_000);

afterAll(() => { if (out) rmSync(out, { recursive: true, force: true }); });

describe('renderer bundle size', () => {
  it(`all renderer JS is at most ${RENDERER_JS_BUDGET_KB} kB gzipped`, () => {
    expect(size.jsGzipKB).toBeGreaterThan(50);
    expect(size.jsGzipKB, size.jsFiles.map((f) => `${f.file} ${f.gzipKB} kB`).join('\n')).toBeLessThanOrEqual(RENDERER_JS_BUDGET_KB);
  });

  it(`the title's own JS (with one language) is at most ${TITLE_JS_BUDGET_KB} kB gzipped`, () => {
    expect(size.jsTitleGzipKB).not.toBeNull();
    expect(size.jsTitleLanguageGzipKB ?? 0).toBeGreaterThan(5); // a language chunk was found and counted
    expect(size.jsTitleGzipKB ?? Infinity).toBeLessThanOrEqual(TITLE_JS_BUDGET_KB);
  });

  it('the title does not load the engine, the report, the class view, the teacher screen or help: each is a chunk of its own', () => {
    const title = titleJs(out, () => 0);
    expect(title).not.toBeNull();
    const code = (title?.entry ?? []).map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    // Phaser's own identifiers and the report's chart library
    expect(code).not.toMatch(/CanvasRenderer|SceneManager|Phaser v/);
    expect(code).not.toMatch(/chart\.js|Chart\.register|registerables/);
    const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; isDynamicEntry?: boolean }>;
    const lazy = Object.entries(manifest).filter(([, m]) => m.isDynamicEntry).map(([k]) => k);
    for (const mod of ['world-engine.ts', 'game-flow.ts', 'report/index.ts', 'classroom/class-view-screen.ts', 'ui/help-screen.ts', 'ui/teacher-screen.ts']) expect(lazy, mod).toContain(mod);
    // nor the model, the save schemas (zod) or the game's screens: they come with game-flow.ts after the title
    expect(code).not.toMatch(/ZodError|_zod|simulateLife|playScreen/);
  });

  type Manifest = Record<string, { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }>;
  const manifest = (): Manifest => JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8')) as Manifest;
  const closure = (m: Manifest, key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key) || !m[key]) return seen;
    seen.add(key);
    for (const k of m[key].imports ?? []) closure(m, k, seen);
    return seen;
  };

  it(`the join page loads its screen in at most 6 files after the page (JS and CSS, one round trip), ${JOIN_JS_BUDGET_KB} kB of JS at most, without the game`, () => {
    const m = manifest();
    expect(m['join.html']?.isEntry).toBe(true);
    const keys = [...closure(m, 'join.html')];
    const js = keys.map((k) => m[k]!.file);
    const css = new Set(keys.flatMap((k) => m[k]!.css ?? []));
    // a browser opens 6 connections to one HTTP/1.1 host: a 7th file would wait a whole round trip on Fast 3G
    expect(js.length + css.size, [...js, ...css].join('\n')).toBeLessThanOrEqual(6);
    const kb = js.reduce((a, f) => a + (size.jsFiles.find((j) => j.file.split('\\').join('/') === f)?.gzipKB ?? 0), 0);
    expect(kb).toBeGreaterThan(5);
    expect(kb).toBeLessThanOrEqual(JOIN_JS_BUDGET_KB);
    // never the title's entry (it would boot the game a second time), the model, the schemas or the engine
    expect(keys).not.toContain('index.html');
    const code = js.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(code).not.toMatch(/ZodError|_zod|simulateLife|CanvasRenderer|SceneManager/);
  });

  it('no chunk imports a page\'s entry chunk (loading it would start that page a second time)', () => {
    const m = manifest();
    const entries = new Set(Object.entries(m).filter(([, v]) => v.isEntry).map(([k]) => k));
    expect(entries).toEqual(new Set(['index.html', 'join.html']));
    const offenders = Object.entries(m).filter(([, v]) => (v.imports ?? []).some((k) => entries.has(k))).map(([k]) => k);
    expect(offenders).toEqual([]);
  });

  it('the report worker runs a chunk that imports only the lives and the simulation, nothing with a page\'s side effects', () => {
    const m = manifest();
    const worker = Object.keys(m).find((k) => k.endsWith('report/worker.ts'));
    expect(worker).toBeTruthy();
    const keys = [...closure(m, worker!)];
    expect(keys).not.toContain('index.html');
    expect(keys).not.toContain('join.html');
    const code = keys.map((k) => readFileSync(join(out, m[k]!.file), 'utf8')).join('\n');
    expect(code).toMatch(/simulateLife|figuresSteps|postMessage/);
    expect(code).not.toMatch(/document\.(?:createElement|body|getElementById|querySelector)/);
  });
});
