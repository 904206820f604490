// Whole games through the real screens, one per official path, in both languages, to the end screen with no
// console errors. The class code fixes the world, so each run plays the same months. The business game runs the
// full 36 months; the others use ?months=N (tests only) to stay quick. Screenshots of every screen are kept.
import { readFileSync } from 'node:fs';
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { keepScreenshot } from './helpers/page';
import { choosePath, openForGame, playToEnd, startGame, type Lang, type PathChoice } from './game-helpers';

const CJK = /[\u3400-\u9fff]/;

interface Journey {
  title: string;
  lang: Lang;
  persona: string;
  path: PathChoice;
  months?: number;
  scenario?: string;
  shots: boolean;
}

const JOURNEYS: Journey[] = [
  { title: 'business, full 36 months, English', lang: 'en', persona: 'liu-fang', path: { path: 'business', business: 'breakfastStall', loan: 15000, location: 'sideStreet' }, shots: true },
  { title: 'early retirement, Chinese', lang: 'zh-CN', persona: 'zhang-jianguo', path: { path: 'retire' }, months: 12, shots: true },
  { title: 'retraining in the 1998 xiagang wave, English', lang: 'en', persona: 'chen-li', path: { path: 'retrain', course: 'domesticService' }, months: 10, scenario: '1998-xiagang', shots: true },
  { title: 'migration with the children, Chinese', lang: 'zh-CN', persona: 'wang-qiang', path: { path: 'migrate', destination: 'coastalFactory', bringChildren: true }, months: 10, shots: false },
];

async function shot(page: Page, info: TestInfo, j: Journey, name: string): Promise<void> {
  if (j.shots) await keepScreenshot(page, info, `${name}-${j.lang}`);
}

for (const j of JOURNEYS) {
  test(`a whole game: ${j.title}`, async ({ page }, info) => {
    test.setTimeout(j.months ? 120_000 : 240_000);
    const { errors } = await openForGame(page, j.lang, j.months);
    await page.getByTestId('menu-new').click();
    await shot(page, info, j, 'setup');
    await page.getByTestId('setup-back').click();
    await startGame(page, { lang: j.lang, persona: j.persona, classCode: 'CLASS7', stopAtIntro: true, scenario: j.scenario, onPersona: () => shot(page, info, j, 'persona') });
    await shot(page, info, j, j.scenario ? `intro-${j.scenario}` : 'intro');
    await expect(page.getByTestId('measures').locator('li')).toHaveCount(4);
    await page.getByTestId('intro-begin').click();
    await expect(page.getByTestId('play-screen')).toBeVisible();
    const year = j.scenario === '1998-xiagang' ? '1998' : '2016';
    await expect(page.getByTestId('month-label')).toHaveText(j.lang === 'en' ? new RegExp(year) : new RegExp(`${year}年`));
    // Before a path is chosen the month cannot close, and the panel says why.
    await expect(page.getByTestId('next-month')).toBeDisabled();
    await expect(page.getByTestId('next-reason')).not.toBeEmpty();
    await choosePath(page, j.path);
    await shot(page, info, j, j.scenario ? `play-chosen-${j.scenario}` : 'play-chosen');
    await page.getByTestId('next-month').click();
    await expect(page.getByTestId('ledger-last')).toBeVisible();
    const ledger = await page.getByTestId('ledger').innerText();
    expect(ledger).toMatch(/[+−]/); // money in and out carry signs, not only colours
    if (j.lang === 'zh-CN') expect(ledger).toMatch(CJK);
    await shot(page, info, j, 'play-month');
    let eventShot = false;
    const log = await playToEnd(page, {
      onEvent: async () => {
        if (!eventShot) { eventShot = true; await shot(page, info, j, 'event'); }
      },
    });
    const end = page.getByTestId('end-screen');
    await expect(end).toBeVisible();
    await expect(page.getByTestId('outcome')).not.toBeEmpty();
    const text = await end.innerText();
    expect(text).not.toMatch(/game over/i);
    // No raw translation keys anywhere on the end screen.
    expect(text).not.toMatch(/\b(content|game|timeline|reason|outcome|ending)[:.][a-zA-Z]+\.[a-zA-Z]/);
    if (j.lang === 'zh-CN') expect(text).toMatch(CJK);
    if (!j.months) expect(text).toContain('36');
    await shot(page, info, j, 'end');
    info.annotations.push({ type: 'play', description: `${log.presses} presses, events: ${log.events.join(', ')}` });
    expect(errors).toEqual([]);
  });
}

test('the end screen leads to the report and back', async ({ page }) => {
  test.setTimeout(120_000);
  const { errors } = await openForGame(page, 'en', 3);
  await startGame(page, { lang: 'en', persona: 'liu-fang', classCode: 'REPORT1' });
  await choosePath(page, { path: 'retire' });
  await playToEnd(page);
  // While the end screen is read, the font glyphs of the report's texts are fetched too: the English report
  // quotes Chinese titles and terms, whose glyphs live in font files the months did not need.
  await expect(page.getByTestId('end-screen')).toBeVisible();
  const reportHan = [...new Set(readFileSync('locales/en/report.json', 'utf8').match(/\p{Script=Han}/gu) ?? [])].join('');
  expect(reportHan.length).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate((s) => document.fonts.check('16px "Noto Sans SC"', s) && document.fonts.check('700 16px "Noto Sans SC"', s), reportHan)).toBe(true);
  await page.getByTestId('end-report').click();
  await expect(page.getByTestId('report-screen')).toBeVisible();
  expect(errors).toEqual([]);
});
