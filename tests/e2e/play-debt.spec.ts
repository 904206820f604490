// Debt a student feels while playing (issue 10): a seeded game with a loan in the most crowded trade where the
// player lets instalments go unpaid. Every debt step is a decision card that states each choice's consequences
// with amounts before the choice, in order (instalment short, called in, the guarantor paid); repaying the
// guarantor is then an action in the panel; and the ending names who is owed what. Both languages; one
// screenshot of each kind of debt card is kept in test-results/.
import { test, expect } from '@playwright/test';
import { keepScreenshot, openGame } from './helpers/page';
import { choosePath, startGame, testSettings } from './game-helpers';

for (const lang of ['en', 'zh-CN'] as const) {
  test(`a forced default: every debt card in order, then the ending names the creditors (${lang})`, async ({ page }, info) => {
    test.setTimeout(240_000);
    const { errors } = await openGame(page, { settings: testSettings(lang, 0), query: '?test=1' });
    await startGame(page, { lang, persona: 'wang-qiang', classCode: 'DEBT2' });
    await choosePath(page, { path: 'business', business: 'motorbikeTaxi' });
    const seen: string[] = [];
    const shot = new Set<string>();
    let repaySeen = false;
    for (let guard = 0; guard < 300; guard++) {
      if (await page.getByTestId('end-screen').count()) break;
      const card = page.getByTestId('event-card');
      if (await card.count()) {
        const id = (await card.getAttribute('data-event')) ?? '';
        if (id.startsWith('debt.')) {
          seen.push(id);
          // consequences are listed under every choice, with figures and no raw placeholders
          const effects = card.locator('[data-testid^="effects-"]');
          expect(await effects.count()).toBeGreaterThan(0);
          for (const t of await effects.allTextContents()) expect(t).not.toContain('{{');
          if (id === 'debt.instalmentShort') await expect(card.getByTestId('effects-letArrears')).toContainText(/\d/);
          if (id === 'debt.calledIn') await expect(card.getByTestId('effects-cannotPay')).toContainText(/[¥￥]\s?[\d,]+|[\d,.]+\s*万?元/);
          if (!shot.has(id)) { shot.add(id); await keepScreenshot(page, info, `debt-card-${id.replace('debt.', '')}-${lang}`); }
        }
        const open = await card.locator('button.choice:not([disabled])').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.testid!.replace(/^choice-/, '')));
        const pick = open.find((c) => c === 'letArrears' || c === 'cannotPay') ?? open[0]!;
        await card.getByTestId(`choice-${pick}`).click();
        continue;
      }
      if (!repaySeen && await page.getByTestId('act-repay-owedToGuarantor').count()) {
        repaySeen = true;
        await page.getByTestId('act-repay-owedToGuarantor').scrollIntoViewIfNeeded();
        await keepScreenshot(page, info, `repay-guarantor-${lang}`);
      }
      const label = await page.getByTestId('month-label').textContent();
      await page.getByTestId('next-month').click();
      await page.waitForFunction((before) => {
        const el = document.querySelector('[data-testid="month-label"]');
        return !el || el.textContent !== before || !!document.querySelector('[data-testid="event-card"]');
      }, label, { polling: 50 });
    }
    const firstCalled = seen.indexOf('debt.calledIn');
    expect(seen.slice(0, 3)).toEqual(['debt.instalmentShort', 'debt.instalmentShort', 'debt.instalmentShort']);
    expect(firstCalled).toBeGreaterThan(0);
    expect(seen.slice(firstCalled, firstCalled + 2)).toEqual(['debt.calledIn', 'debt.guarantorPaid']);
    expect(repaySeen, 'repaying the guarantor is offered in the panel').toBe(true);
    await expect(page.getByTestId('end-screen')).toBeVisible();
    await expect(page.getByTestId('owed-owedToGuarantor')).toContainText(/[\d,]+/);
    await page.getByTestId('end-owed').scrollIntoViewIfNeeded();
    await keepScreenshot(page, info, `end-creditors-${lang}`);
    expect(errors).toEqual([]);
  });
}
