// Games that are kept: "New game" asks before it would take the place of a game being played and keeps it; a
// finished game stays among the saved games with its end and report; games can be renamed, and deleted only
// after a confirmation.
import { expect, test } from '@playwright/test';
import { keepScreenshot } from './helpers/page';
import { choosePath, openForGame, playToEnd, startGame } from './game-helpers';

test('new game keeps the game in progress; finished games are kept, renamed, reopened and deleted', async ({ page }, info) => {
  test.setTimeout(180_000);
  const { errors } = await openForGame(page, 'en', 4);
  await startGame(page, { lang: 'en', persona: 'chen-li', classCode: 'KEEP1', nickname: 'First' });
  await choosePath(page, { path: 'retrain', course: 'eCommerce' });
  await page.getByTestId('next-month').click();
  if (await page.getByTestId('event-card').count()) await page.getByTestId('event-card').locator('button.choice:not([disabled])').first().click();
  await page.getByTestId('top-leave').click();

  // New game: asked first, then the unfinished game is kept.
  await page.getByTestId('menu-new').click();
  await expect(page.getByTestId('replace-screen')).toBeVisible();
  await expect(page.getByTestId('replace-screen')).toContainText('Chen');
  await keepScreenshot(page, info, 'replace-en');
  await page.getByTestId('replace-cancel').click();
  await expect(page.getByTestId('title-screen')).toBeVisible();
  await startGame(page, { lang: 'en', persona: 'liu-fang', classCode: 'KEEP1', nickname: 'Second' });
  await choosePath(page, { path: 'retire' });
  await playToEnd(page);
  await page.getByTestId('end-title').click();
  await expect(page.getByTestId('title-screen')).toBeVisible();

  await page.getByTestId('menu-saved').click();
  await expect(page.getByTestId('saved-games-screen')).toBeVisible();
  const playing = page.getByTestId('saved-playing').locator('li');
  const finished = page.getByTestId('saved-finished').locator('li');
  await expect(playing).toHaveCount(1);
  await expect(finished).toHaveCount(1);
  await expect(playing.first()).toContainText('month 1 of 4');

  await finished.first().getByTestId('saved-rename').click();
  await finished.first().getByTestId('rename-input').fill('Early retirement try');
  await finished.first().getByTestId('rename-save').click();
  await expect(finished.first().getByTestId('saved-title')).toHaveText('Early retirement try');
  await keepScreenshot(page, info, 'saved-games-en');

  await playing.first().getByTestId('saved-delete').click();
  await expect(playing.first().getByTestId('delete-yes')).toBeVisible();
  await playing.first().getByTestId('delete-no').click();
  await expect(playing).toHaveCount(1);
  await playing.first().getByTestId('saved-delete').click();
  await playing.first().getByTestId('delete-yes').click();
  await expect(page.getByTestId('saved-playing')).toHaveCount(0);

  await finished.first().getByTestId('saved-open').click();
  await expect(page.getByTestId('end-screen')).toBeVisible();
  await page.getByTestId('end-report').click();
  await expect(page.getByTestId('report-screen')).toBeVisible();

  // A game being played, then a finished one reopened: "New game" on its end screen still asks first.
  await page.goto('./?months=4');
  await startGame(page, { lang: 'en', persona: 'wang-qiang', classCode: 'KEEP1', nickname: 'Third' });
  await choosePath(page, { path: 'retrain', course: 'eCommerce' });
  await page.getByTestId('top-leave').click();
  await page.getByTestId('menu-saved').click();
  await page.getByTestId('saved-finished').locator('li').first().getByTestId('saved-open').click();
  await page.getByTestId('end-new').click();
  await expect(page.getByTestId('replace-screen')).toContainText('Wang');
  expect(errors).toEqual([]);
});
