// The renderer's size, checked on a fresh build (sizes only, no timing): all of its JavaScript gzipped, the
// title's own (entry chunk, what it imports, one language), and the engine and rarely opened screens kept
// out of the title. scripts/bench/size.mjs measures both the same way and prints MISS against issue 15's
// budget (450 kB / 150 kB). With every feature merged up to 2026-11-30 00:50 the build is 488.8 / 150.6 kB,
// so these limits are a ratchet just above that (no regression) until the cuts in docs/performance.md
// ("Still over budget") land; then lower them to the issue's budget.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureSize, titleJs, type SizeResult } from '../../../scripts/bench/size.mjs';

/** Issue 15's budget (what `npm run bench` checks). */
export const ISSUE_BUDGET_KB = { rendererJs: 450, titleJs: 150 };
/** What this test holds the build to today (ratchet: lower these as the build shrinks, never raise them). */
export const RENDERER_JS_BUDGET_KB = 495;
export const TITLE_JS_BUDGET_KB = 155;

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
    for (const mod of ['world-engine.ts', 'report/index.ts', 'classroom/class-view-screen.ts', 'ui/help-screen.ts', 'ui/teacher-screen.ts']) expect(lazy, mod).toContain(mod);
  });
});
