// The Help screen (teacher guide, the model explained, glossary, Chinese primary sources, curriculum links)
// opens from the title and from the report in both languages, with every section and its heading, keyboard
// focus on its title, no serious axe findings, a contents list that moves focus to a section, and Back
// returning where it came from.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openGame, keepScreenshot } from './helpers/page';

const SECTIONS = ['teacher', 'model', 'glossary', 'sources', 'curriculum'] as const;
const CJK = /[\u3400-\u9fff]/;

async function expectFullHelp(page: Page, lang: 'en' | 'zh-CN') {
  const screen = page.getByTestId('help-screen');
  await expect(screen).toBeVisible();
  await expect(page.locator('#help-h')).toBeFocused();
  for (const s of SECTIONS) {
    const sec = page.getByTestId(`help-section-${s}`);
    await expect(sec).toHaveCount(1);
    await expect(sec.getByRole('heading', { level: 2 })).toHaveText(/\S/);
    expect((await sec.innerText()).length).toBeGreaterThan(200);
  }
  const text = await screen.innerText();
  expect(text).not.toMatch(/\bhelp:[\w.]+/);
  if (lang === 'zh-CN') {
    expect(text).toMatch(CJK);
    for (const must of ['人社部发〔2016〕32号', '内退（内部退养）与提前退休', '失信被执行人', '联名反映', '必修2《经济与社会》', '模型没有包含什么']) expect(text).toContain(must);
  } else {
    for (const must of ['人社部发〔2016〕32号', 'Internal retirement (neitui, 内退)', 'What the model leaves out', 'Labour economics'.toLowerCase()]) expect(text.toLowerCase()).toContain(must.toLowerCase());
  }
  // axe: no serious or critical WCAG A/AA violations (the town canvas behind is a labelled picture).
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('#world canvas').analyze();
  expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  // The contents list moves keyboard focus to a section heading.
  await page.getByTestId('help-go-glossary').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#help-glossary-h')).toBeFocused();
}

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`Help in ${lang}`, () => {
    test.use({ locale: lang });

    test('opens from the title with every section, and Back returns to the title', async ({ page }, info) => {
      const { errors } = await openGame(page);
      await page.getByTestId('menu-help').click();
      await expectFullHelp(page, lang);
      await keepScreenshot(page, info, `help-title-${lang}`);
      await page.getByTestId('help-back').click();
      await expect(page.getByTestId('title-screen')).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('opens from the report with every section, and Back returns to the report', async ({ page }, info) => {
      const { errors } = await openGame(page, { query: '?test=1' });
      await page.waitForFunction(() => Boolean(window.__irbTest));
      await page.evaluate((l) => window.__irbTest!.showReportFor({ personaId: 'wang-qiang', path: 'business', seed: 4, lang: l, runs: 50 }), lang);
      await expect(page.getByTestId('report-screen')).toBeVisible();
      await page.getByTestId('report-help').click();
      await expectFullHelp(page, lang);
      await keepScreenshot(page, info, `help-report-${lang}`);
      await page.getByTestId('help-back-top').click();
      await expect(page.getByTestId('report-screen')).toBeVisible();
      await expect(page.getByTestId('report-screen')).toHaveAttribute('data-lang', lang);
      expect(errors).toEqual([]);
    });
  });
}

test('the About screen, which promises notes for teachers, leads to Help and back', async ({ page }) => {
  const { errors } = await openGame(page);
  await page.getByTestId('menu-about').click();
  await page.getByTestId('about-help').click();
  await expect(page.getByTestId('help-screen')).toBeVisible();
  await expect(page.locator('#help-h')).toBeFocused();
  await page.getByTestId('help-back').click();
  await expect(page.getByTestId('about-screen')).toBeVisible();
  expect(errors).toEqual([]);
});
