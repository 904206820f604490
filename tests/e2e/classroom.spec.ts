// The classroom end to end: a teacher makes a preset class code; two students type it, play to the end in
// different languages and save their results files; the teacher opens both and sees both in the class view and
// in the CSV. Also: a mistyped code is refused with a message and nothing starts.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { choosePath, openForGame, playToEnd, startGame, type Lang, type PathChoice } from './game-helpers';
import { keepScreenshot } from './helpers/page';
import { parseResults } from '../../app/shared/results';

async function makeCode(page: Page, info: Parameters<typeof keepScreenshot>[1], lang: Lang): Promise<string> {
  await page.getByTestId('menu-teacher').click();
  await expect(page.getByTestId('teacher-screen')).toBeVisible();
  await page.getByTestId('preset-generous').click();
  await expect(page.getByTestId('preset-generous')).toHaveAttribute('aria-pressed', 'true');
  await keepScreenshot(page, info, `teacher-${lang}`);
  return (await page.getByTestId('teacher-code').innerText()).trim();
}

async function student(browser: Browser, o: { lang: Lang; code: string; persona: string; nickname: string; path: PathChoice; info: Parameters<typeof keepScreenshot>[1] }): Promise<string> {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await ctx.newPage();
  const { errors } = await openForGame(page, o.lang, 6);
  await startGame(page, { lang: o.lang, persona: o.persona, classCode: o.code, nickname: o.nickname });
  await choosePath(page, o.path);
  await playToEnd(page);
  await page.getByTestId('end-report').click();
  await expect(page.getByTestId('report-screen')).toBeVisible();
  if (o.path.path === 'business') {
    // The two answers given before opening stand beside what happened.
    await expect(page.getByTestId('report-predicted-entrants')).toHaveText(String(o.path.predictedEntrants));
    await expect(page.getByTestId('report-actual-entrants')).not.toBeEmpty();
    await page.getByTestId('report-prediction').scrollIntoViewIfNeeded();
    await keepScreenshot(page, o.info, `report-prediction-${o.lang}`);
  }
  await expect(page.getByTestId('report-save-results')).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-save-results').click()]);
  const path = o.info.outputPath(`${o.nickname}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  expect(errors).toEqual([]);
  await ctx.close();
  return path;
}

test('a teacher makes a preset code, two students play it in two languages, the teacher sees both', async ({ page, browser }, info) => {
  test.setTimeout(240_000);
  const { errors } = await openForGame(page, 'en');
  const code = await makeCode(page, info, 'en');
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/);

  const a = await student(browser, { lang: 'en', code: code.toLowerCase(), persona: 'wang-qiang', nickname: 'Ann, "A"', path: { path: 'business', business: 'breakfastStall', loan: 10000, predictedEntrants: 2, willBeatAverage: true }, info });
  const b = await student(browser, { lang: 'zh-CN', code: code.replace(/-/g, ' '), persona: 'chen-li', nickname: '王小明', path: { path: 'retrain', course: 'elderCare' }, info });
  for (const f of [a, b]) {
    const r = parseResults(readFileSync(f, 'utf8'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.results.classCode).toBe(code);
  }
  const [rA, rB] = [a, b].map((f) => parseResults(readFileSync(f, 'utf8')));
  // Same code, same town: the same seed for both students.
  if (rA?.ok && rB?.ok) expect(rA.results.game.seed).toBe(rB.results.game.seed);

  await page.getByTestId('teacher-class-view').click();
  await expect(page.getByTestId('class-view')).toBeVisible();
  await page.getByTestId('cv-open-input').setInputFiles([a, b]);
  await expect(page.getByTestId('cv-student')).toHaveCount(2);
  const names = await page.getByTestId('cv-student-name').allInnerTexts();
  expect(names.sort()).toEqual(['Ann, "A"', '王小明'].sort());
  await expect(page.getByTestId('cv-path-business')).toContainText('1 of 2');
  // Beside the class: the simulated lives of the same persons, carried in the students' results files.
  await expect(page.getByTestId('cv-sim-business')).toContainText('¥');
  await expect(page.getByTestId('cv-trade-breakfastStall')).toBeVisible();
  await expect(page.getByTestId('cv-predictions')).toContainText('Breakfast stall');
  await keepScreenshot(page, info, 'class-view-en');
  await page.getByTestId('cv-trades').scrollIntoViewIfNeeded();
  await keepScreenshot(page, info, 'class-view-trades-en');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cv-csv').click()]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(csv, { bom: true }) as string[][];
  expect(rows).toHaveLength(3);
  expect(rows.map((r) => r[1]).slice(1).sort()).toEqual(['Ann, "A"', '王小明'].sort());

  await page.getByTestId('cv-projector').check();
  expect((await page.getByTestId('cv-student-name').allInnerTexts()).sort()).toEqual(['Seat 1', 'Seat 2']);
  expect(errors).toEqual([]);
});

test('a mistyped class code is refused with what is wrong, and no game starts', async ({ page }, info) => {
  const { errors } = await openForGame(page, 'zh-CN');
  const code = await makeCode(page, info, 'zh-CN');
  await page.getByTestId('teacher-back').click();
  await page.getByTestId('menu-new').click();
  const bare = code.replace(/-/g, '');
  // Swap the first two neighbours that differ (a swap of equal characters is no mistake).
  const i = [...bare].findIndex((c, k) => k > 0 && c !== bare[k - 1]) - 1;
  const swapped = bare.slice(0, i) + bare.charAt(i + 1) + bare.charAt(i) + bare.slice(i + 2);
  await page.getByTestId('class-code').fill(swapped);
  await page.getByTestId('setup-next').click();
  await expect(page.getByTestId('class-code-status')).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('class-code-status')).toContainText('校验不通过');
  await expect(page.getByTestId('setup-screen')).toBeVisible();
  await keepScreenshot(page, info, 'setup-bad-code-zh');
  await page.getByTestId('class-code').fill(code);
  await expect(page.getByTestId('class-code-status')).toContainText('宽松政策');
  await page.getByTestId('setup-next').click();
  await expect(page.getByTestId('persona-screen')).toBeVisible();
  expect(errors).toEqual([]);
});
