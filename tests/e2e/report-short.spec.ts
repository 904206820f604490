// The two-page print of the report for a class's debrief: the story, the market, the paths not taken and one
// question, in either language (two pages) or both (four), while the full report stays as it was.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { openGame } from './helpers/page';

test.describe.configure({ timeout: 240_000 });

async function shortPdf(page: Page, file: string, langs: 'current' | 'bilingual', length: 'short' | 'full'): Promise<{ pages: number; text: string }> {
  await page.evaluate(() => { window.print = () => undefined; });
  await page.getByTestId(`print-langs-${langs}`).check();
  await page.getByTestId(`print-length-${length}`).check();
  await page.getByTestId('report-print').click();
  await page.evaluate(() => window.__irbTest!.lastExport());
  await page.emulateMedia({ media: 'print' });
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { pages, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`the two-page report in ${lang}: story, market, paths not taken, one question`, async ({ page }, info) => {
    await openGame(page, { query: '?test=1' });
    await page.waitForFunction(() => Boolean(window.__irbTest));
    await page.evaluate((l) => window.__irbTest!.showReportFor({ personaId: 'wang-qiang', path: 'business', seed: 3, lang: l, runs: 100 }), lang);
    await expect(page.getByTestId('report-screen')).toHaveAttribute('data-lang', lang);
    await page.evaluate(() => window.__irbTest!.reportReady());
    const short = await shortPdf(page, info.outputPath(`short-${lang}.pdf`), 'current', 'short');
    expect(short.pages).toBeLessThanOrEqual(2);
    const squash = (s: string) => s.replace(/\s+/g, '');
    const story = await page.getByTestId('report-story').innerText();
    expect(squash(short.text)).toContain(squash(story).slice(0, 40));
    const sections = await page.locator('.report-print-root.short .report-section').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => (e as HTMLElement).dataset.section));
    expect(sections).toEqual(['story', 'market', 'paths', 'questions']);
    expect(await page.locator('.report-print-root.short .question-group li').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none' && getComputedStyle(e.closest('.question-group')!).display !== 'none').length)).toBe(1);
    await info.attach(`short-${lang}.pdf`, { path: info.outputPath(`short-${lang}.pdf`), contentType: 'application/pdf' });
    if (lang === 'en') {
      const both = await shortPdf(page, info.outputPath('short-bilingual.pdf'), 'bilingual', 'short');
      expect(both.pages).toBeLessThanOrEqual(4);
      expect(both.text).toMatch(/[\u3400-\u9fff]/);
      const full = await shortPdf(page, info.outputPath('full-en.pdf'), 'current', 'full');
      expect(full.pages).toBeGreaterThan(short.pages);
    }
  });
}
