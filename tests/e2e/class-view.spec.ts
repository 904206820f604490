// The class results view with a messy folder: files from another class, a duplicate, a damaged file and a file
// from a newer version are listed by name with the reason and left out; the view is saved and compared with a
// previous class; every classroom screen passes axe in both languages.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openForGame, type Lang } from './game-helpers';
import { keepScreenshot } from './helpers/page';
import { serializeResults } from '../../app/shared/results';
import { CLASS, makeResults } from '../unit/classroom/results-fixtures';

async function axe(page: Page): Promise<void> {
  // Off every button: the shared hover colour (main.css) is checked elsewhere, not by this screen's test.
  await page.mouse.move(1, 1);
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('#world canvas').analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const lang of ['en', 'zh-CN'] as const satisfies readonly Lang[]) {
  test(`class view with a messy folder, saved and compared (${lang})`, async ({ page }, info) => {
    test.setTimeout(120_000);
    const dir = info.outputPath('class-folder');
    mkdirSync(dir, { recursive: true });
    const students = [
      makeResults(1, { path: 'business', trade: 'breakfastStall', nickname: '王小明', profit: 800, predicted: 2, actual: 9 }),
      makeResults(2, { path: 'business', trade: 'breakfastStall', nickname: 'Li, "Lily"', profit: 300, defaulted: true, predicted: 1, actual: 11 }),
      makeResults(3, { path: 'migrate', month: 4, nickname: '=cmd' }),
      makeResults(4, { path: 'retire' }),
    ];
    students.forEach((r, i) => writeFileSync(join(dir, `s${i + 1}.json`), serializeResults(r)));
    writeFileSync(join(dir, 's1-copy.json'), serializeResults(students[0]!));
    writeFileSync(join(dir, 'other-class.json'), serializeResults(makeResults(9, { classCode: 'ECON101' })));
    writeFileSync(join(dir, 'broken.json'), '{"schema":"irb-results"');
    writeFileSync(join(dir, 'newer.json'), JSON.stringify({ ...makeResults(10), version: 99 }));

    const { errors } = await openForGame(page, lang);
    await page.getByTestId('menu-teacher').click();
    await axe(page);
    await keepScreenshot(page, info, `teacher-${lang}`);
    await page.getByTestId('teacher-class-view').click();
    await expect(page.getByTestId('class-view')).toBeVisible();
    await page.getByTestId('cv-open-folder-input').setInputFiles(dir);
    await expect(page.getByTestId('cv-student')).toHaveCount(4);
    await expect(page.getByTestId('class-view').locator('h1')).toContainText(CLASS);
    const left = await page.getByTestId('cv-left-item').allInnerTexts();
    expect(left).toHaveLength(4);
    for (const name of ['s1-copy.json', 'other-class.json', 'broken.json', 'newer.json']) expect(left.some((l) => l.includes(name)), name).toBe(true);
    await expect(page.getByTestId('cv-trade-breakfastStall')).toContainText('2');
    await axe(page);
    await page.getByTestId('cv-projector').check();
    // File names can carry students' names: hidden on the projector too.
    expect((await page.getByTestId('cv-left-item').allInnerTexts()).join(' ')).not.toContain('.json');
    expect(await page.getByTestId('cv-student-name').allInnerTexts()).not.toContain('王小明');
    await page.getByTestId('cv-paths').scrollIntoViewIfNeeded();
    await keepScreenshot(page, info, `class-view-${lang}`);

    // Sorting by net worth, both ways.
    await page.getByTestId('sort-netWorth').click();
    await expect(page.getByTestId('sort-netWorth').locator('xpath=..')).toHaveAttribute('aria-sort', 'ascending');
    await page.getByTestId('sort-netWorth').click();
    await expect(page.getByTestId('sort-netWorth').locator('xpath=..')).toHaveAttribute('aria-sort', 'descending');

    // Save the view; it reopens as a previous class to compare with.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cv-save-view').click()]);
    const viewPath = info.outputPath('saved-view.json');
    await saved.saveAs(viewPath);
    expect(JSON.parse(readFileSync(viewPath, 'utf8'))).toMatchObject({ schema: 'irb-class-view', classCode: CLASS });
    await page.getByTestId('cv-open-previous').setInputFiles(viewPath);
    await expect(page.getByTestId('cv-compare').locator('table')).toBeVisible();
    await expect(page.getByTestId('cv-compare')).toContainText(CLASS);
    await axe(page);

    // The saved view opened as class files gives the same class.
    await page.getByTestId('cv-clear').click();
    await page.getByTestId('cv-open-input').setInputFiles(viewPath);
    await expect(page.getByTestId('cv-student')).toHaveCount(4);

    // Saved games and the replace question pass axe too.
    await page.getByTestId('cv-back').click();
    await page.getByTestId('teacher-back').click();
    await page.getByTestId('menu-saved').click();
    await expect(page.getByTestId('saved-games-screen')).toBeVisible();
    await axe(page);
    expect(errors).toEqual([]);
  });
}
