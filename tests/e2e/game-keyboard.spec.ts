// A month played with the keyboard only: open a path with Enter, pick a course with the arrow keys, confirm,
// close the month, answer an event whose card keeps focus (Tab cycles inside, Escape never skips the choice).
import { test, expect } from '@playwright/test';
import { openForGame, startGame } from './game-helpers';

test('keyboard-only play of a month, with an event that traps focus and ignores Escape', async ({ page }) => {
  test.setTimeout(120_000);
  const { errors } = await openForGame(page, 'en', 6);
  // The class code KEYS100 gives Chen Li an illness in the first month after she starts the e-commerce course.
  await startGame(page, { lang: 'en', persona: 'chen-li', classCode: 'KEYS100' });
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.id ?? '');

  // The month starts with focus on its main control; Shift+Tab walks back into the decisions panel.
  await page.getByTestId('path-retrain-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('path-retrain-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('path-retrain-toggle')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('course-elderCare');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('course-eCommerce')).toBeChecked();
  await expect(page.getByTestId('course-eCommerce')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('confirm-retrain')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('path-retrain').locator('.path-state')).toHaveClass(/current/);
  // Focus lands on "Next month" once the form has closed.
  await expect(page.getByTestId('next-month')).toBeFocused();
  const month = await page.getByTestId('month-label').textContent();
  await page.keyboard.press('Enter');

  const card = page.getByTestId('event-card');
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('aria-modal', 'true');
  await expect(page.locator('#event-title')).toBeFocused();
  await expect(page.getByTestId('decisions')).toHaveJSProperty('inert', true);
  // Escape does not skip the decision; it says why.
  await page.keyboard.press('Escape');
  await expect(card).toBeVisible();
  await expect(page.locator('#event-hint')).not.toBeEmpty();
  // Tab cycles through the choices and never leaves the card.
  const choices = await card.locator('button.choice:not([disabled])').count();
  const seen: string[] = [];
  for (let i = 0; i < choices + 2; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focused());
  }
  expect(seen.every((id) => id.startsWith('choice-'))).toBe(true);
  expect(new Set(seen).size).toBe(choices);
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toMatch(/^choice-/);
  // Space answers it; focus returns to the month's main control.
  await page.keyboard.press('Space');
  await expect(card).toHaveCount(0);
  await expect(page.getByTestId('next-month')).toBeFocused();
  await expect(page.getByTestId('month-label')).not.toHaveText(month!);
  // The new month was announced politely.
  await expect(page.getByTestId('announcer')).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ledger-last')).toBeVisible();
  // The focus ring is visible (not removed by styles).
  const ring = await page.getByTestId('next-month').evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).boxShadow);
  expect(ring).not.toMatch(/^none none$/);
  expect(errors).toEqual([]);
});
