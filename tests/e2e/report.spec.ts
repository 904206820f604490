// The end-of-game report in Chromium: every path in both languages renders with its charts and simulated
// figures and no console errors; the PDF (current language or bilingual, A4 or Letter) carries the persona and
// the outcome in the right language, with Chinese text in the Chinese one; the results file downloads and reads back.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { openGame, keepScreenshot } from './helpers/page';
import { parseResults } from '../../app/shared/results';

type PathId = 'retire' | 'retrain' | 'migrate' | 'business';
type Lang = 'en' | 'zh-CN';

/** A persona for whom each path is open (early retirement needs someone within five years of pension age). */
const PERSONA_FOR: Record<PathId, string> = { retire: 'liu-fang', retrain: 'chen-li', migrate: 'gao-peng', business: 'wang-qiang' };
const CJK = /[\u3400-\u9fff]/;

async function showReport(page: Page, req: { personaId: string; path: PathId; seed: number; lang: Lang; runs?: number; nickname?: string; classCode?: string }) {
  const opened = await openGame(page, { query: '?test=1' });
  await page.waitForFunction(() => Boolean(window.__irbTest));
  await page.evaluate((r) => window.__irbTest!.showReportFor(r), req);
  await expect(page.getByTestId('report-screen')).toBeVisible();
  await expect(page.getByTestId('report-screen')).toHaveAttribute('data-lang', req.lang);
  const ms = await page.evaluate(() => window.__irbTest!.reportReady());
  await expect(page.getByTestId('paths-table')).toBeVisible();
  await expect(page.getByTestId('lives-standing')).toBeVisible();
  return { ...opened, ms };
}

/** True when the canvas has more than one colour on it (the chart was drawn). */
async function canvasDrawn(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((c: HTMLCanvasElement) => {
    const g = c.getContext('2d')!;
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const first = d[0]! + d[1]! * 256 + d[2]! * 65536;
    for (let i = 4; i < d.length; i += 4 * 97) if (d[i]! + d[i + 1]! * 256 + d[i + 2]! * 65536 !== first) return true;
    return false;
  });
}

async function printToPdf(page: Page, file: string, opts: { langs: 'current' | 'bilingual'; size: 'A4' | 'Letter' }): Promise<string> {
  await page.evaluate(() => { (window as unknown as { __printed: number }).__printed = 0; window.print = () => { (window as unknown as { __printed: number }).__printed++; }; });
  await page.getByTestId(`print-langs-${opts.langs}`).check();
  await page.getByTestId(`page-size-${opts.size}`).check();
  await page.getByTestId('report-print').click();
  await page.evaluate(() => window.__irbTest!.lastExport());
  expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const squash = (s: string) => s.replace(/\s+/g, '');

// A report simulates 2,000 lives; on a busy 2-core CI machine that can take far longer than the 2 s it takes idle.
test.describe.configure({ timeout: 240_000 });

for (const lang of ['en', 'zh-CN'] as const) {
  for (const path of ['retire', 'retrain', 'migrate', 'business'] as const) {
    test(`report for the ${path} path renders in ${lang} with charts, figures and no console errors`, async ({ page }, info) => {
      const { errors, ms } = await showReport(page, { personaId: PERSONA_FOR[path], path, seed: 11, lang });
      const title = await page.getByTestId('report-title').innerText();
      const story = await page.getByTestId('report-story').innerText();
      if (lang === 'zh-CN') {
        expect(title).toMatch(CJK);
        expect(story).toMatch(CJK);
      } else {
        await expect(page.getByRole('heading', { name: 'The story on one page' })).toBeVisible();
      }
      for (const id of ['chart-money', 'chart-wellbeing', 'chart-market', 'chart-lives']) {
        await expect(page.getByTestId(id)).toBeVisible();
        await expect.poll(() => canvasDrawn(page, id)).toBe(true);
      }
      // Every section is there, and nothing shows a raw translation key.
      for (const s of ['story', 'timeline', 'charts', 'market', 'paths', 'lives', 'real', 'ideas', 'questions', 'sources']) {
        await expect(page.locator(`[data-testid="report-screen"] [data-section="${s}"]`)).toHaveCount(1);
      }
      const all = await page.getByTestId('report-screen').innerText();
      expect(all).not.toMatch(/\breport:[\w.]+/);
      expect(ms).toBeGreaterThan(0);
      info.annotations.push({ type: 'figures-ms', description: String(Math.round(ms)) });
      console.log(`report ${path} ${lang}: 4 x 500 lives + paths not taken in ${Math.round(ms)} ms`);
      await keepScreenshot(page, info, `report-${path}-${lang}`);
      await page.getByTestId('real-table').scrollIntoViewIfNeeded();
      await keepScreenshot(page, info, `report-${path}-${lang}-lives`);
      expect(errors).toEqual([]);
    });
  }
}

test('the language switch redraws the report and its charts in the other language', async ({ page }) => {
  const { errors } = await showReport(page, { personaId: 'liu-fang', path: 'business', seed: 3, lang: 'en', runs: 100 });
  const before = await page.getByTestId('report-title').innerText();
  await page.getByTestId('lang-zh-CN').click();
  await expect(page.getByTestId('report-screen')).toHaveAttribute('data-lang', 'zh-CN');
  await expect(page.getByTestId('paths-table')).toBeVisible();
  expect(await page.getByTestId('report-title').innerText()).not.toBe(before);
  await expect.poll(() => canvasDrawn(page, 'chart-lives')).toBe(true);
  expect(errors).toEqual([]);
});

test('Chinese PDF on A4 has the persona and the outcome in Chinese', async ({ page }, info) => {
  const { errors } = await showReport(page, { personaId: 'wang-qiang', path: 'business', seed: 11, lang: 'zh-CN', runs: 100 });
  const title = await page.getByTestId('report-title').innerText();
  const outcome = await page.getByTestId('report-outcome').innerText();
  const file = info.outputPath('report-zh-CN-A4.pdf');
  const text = await printToPdf(page, file, { langs: 'current', size: 'A4' });
  expect(text).toMatch(CJK);
  expect(squash(text)).toContain(squash(title));
  expect(squash(text)).toContain(squash(outcome));
  expect(text).toContain('千百种人生中的你');
  expect(text).not.toContain('Among many lives');
  const pageSize = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(pageSize).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  expect(fonts).toMatch(/Noto/);
  expect(fonts.split('\n').filter((l) => /Noto/.test(l)).every((l) => / yes /.test(l))).toBe(true);
  await info.attach('report-zh-CN-A4.pdf', { path: file, contentType: 'application/pdf' });
  expect(errors).toEqual([]);
});

test('bilingual PDF on Letter has the English report, then the Chinese one', async ({ page }, info) => {
  const { errors } = await showReport(page, { personaId: 'liu-fang', path: 'retire', seed: 5, lang: 'en', runs: 100 });
  const title = await page.getByTestId('report-title').innerText();
  const outcome = await page.getByTestId('report-outcome').innerText();
  const file = info.outputPath('report-bilingual-Letter.pdf');
  const text = await printToPdf(page, file, { langs: 'bilingual', size: 'Letter' });
  expect(squash(text)).toContain(squash(title));
  expect(squash(text)).toContain(squash(outcome));
  const en = text.indexOf('Among many lives');
  const zh = text.indexOf('千百种人生中的你');
  expect(en).toBeGreaterThan(-1);
  expect(zh).toBeGreaterThan(en);
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
  await info.attach('report-bilingual-Letter.pdf', { path: file, contentType: 'application/pdf' });
  expect(errors).toEqual([]);
});

/** The text of each page of a PDF (pdftotext separates pages with form feeds). */
const pagesOf = (text: string) => text.split('\f').filter((p) => p.trim() !== '');

for (const [lang, size, nick, code, pageLabel] of [
  ['zh-CN', 'A4', '小陈', 'CLASS-7B', (n: number, m: number) => `第${n}页，共${m}页`],
  ['en', 'Letter', 'Xiao Chen', 'CLASS-7B', (n: number, m: number) => `Page ${n} of ${m}`],
] as const) {
  test(`every printed page (${lang}, ${size}, both languages) carries the page number, the nickname and the class code`, async ({ page }, info) => {
    const { errors } = await showReport(page, { personaId: 'wang-qiang', path: 'business', seed: 11, lang, runs: 100, nickname: nick, classCode: code });
    const file = info.outputPath(`report-pages-${lang}.pdf`);
    const text = await printToPdf(page, file, { langs: 'bilingual', size });
    const pages = pagesOf(text);
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(count).toBeGreaterThan(3);
    expect(pages.length).toBe(count);
    pages.forEach((p, i) => {
      const flat = squash(p);
      expect(flat, `page ${i + 1}`).toContain(squash(pageLabel(i + 1, count)));
      expect(flat, `page ${i + 1}`).toContain(squash(nick));
      expect(flat, `page ${i + 1}`).toContain(code);
    });
    await info.attach(`report-pages-${lang}.pdf`, { path: file, contentType: 'application/pdf' });
    expect(errors).toEqual([]);
  });
}

test('without a nickname, every printed page has a blank to write a name on', async ({ page }, info) => {
  const { errors } = await showReport(page, { personaId: 'liu-fang', path: 'retire', seed: 2, lang: 'zh-CN', runs: 100 });
  const file = info.outputPath('report-blank-name.pdf');
  const pages = pagesOf(await printToPdf(page, file, { langs: 'current', size: 'A4' }));
  expect(pages.length).toBeGreaterThan(2);
  for (const p of pages) expect(p).toMatch(/姓名：_+/);
  expect(errors).toEqual([]);
});

test('the results file downloads, keeps a typed nickname, and reads back through the schema', async ({ page }) => {
  const { errors } = await showReport(page, { personaId: 'chen-li', path: 'retrain', seed: 8, lang: 'en' });
  await page.getByTestId('report-nickname').fill('Xiao Chen');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-save-results').click()]);
  const path = await download.path();
  const parsed = parseResults(readFileSync(path, 'utf8'));
  expect(parsed.ok).toBe(true);
  if (parsed.ok) {
    expect(parsed.results.nickname).toBe('Xiao Chen');
    expect(parsed.results.game).toMatchObject({ personaId: 'chen-li', seed: 8, scenarioId: '2016-steel-coal' });
    expect(parsed.results.paths[0]?.path).toBe('retrain');
    expect(parsed.results.standing?.runs).toBe(500);
  }
  expect(download.suggestedFilename()).toMatch(/^irb-results-chen-li-8-Xiao_Chen-\d{4}-\d\d-\d\d\.json$/);
  await expect(page.getByTestId('report-export-status')).not.toBeEmpty();
  expect(errors).toEqual([]);
});
