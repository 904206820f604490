// Shared steps for the game's end-to-end tests: start a game through the real screens (set-up with a class
// code so the world is the same every run, persona, layoff intro), choose a path, and play to the end.
import { expect, type Page } from '@playwright/test';
import { openGame, type Opened } from './helpers/page';

export type Lang = 'en' | 'zh-CN';

export interface StartOptions {
  lang: Lang;
  persona: string;
  classCode?: string;
  /** Shortens the game (tests only); omit for the scenario's full 36 months. */
  months?: number;
  scenario?: string;
  nickname?: string;
  textSize?: number;
  /** Stop on the intro screen instead of beginning the first month. */
  stopAtIntro?: boolean;
  /** Called on the persona screen once the persona is picked (e.g. for a screenshot). */
  onPersona?: () => Promise<void>;
}

/** Settings for tests: a fixed language, no movement in the town (so screenshots and waits are stable). */
export const testSettings = (lang: Lang, textSize = 0) => ({ language: lang, textSize, reducedMotion: true, sound: false });

export async function openForGame(page: Page, lang: Lang, months?: number, textSize = 0): Promise<Opened> {
  // The renderer the game picks itself (auto), unless a run asks for one (E2E_RENDERER=canvas|webgl).
  const q = new URLSearchParams(process.env.E2E_RENDERER ? { renderer: process.env.E2E_RENDERER } : {});
  if (months) q.set('months', String(months));
  return openGame(page, { settings: testSettings(lang, textSize), query: `?${q}` });
}

/** From the title: new game -> set-up -> persona -> intro -> first month (unless stopAtIntro). */
export async function startGame(page: Page, o: StartOptions): Promise<void> {
  await page.getByTestId('menu-new').click();
  // A game still being played is never replaced unasked: keep it (it goes to Saved games).
  await expect(page.getByTestId('setup-screen').or(page.getByTestId('replace-screen'))).toBeVisible();
  if (await page.getByTestId('replace-screen').count()) await page.getByTestId('replace-keep').click();
  await expect(page.getByTestId('setup-screen')).toBeVisible();
  if (o.scenario) await page.getByTestId(`scenario-${o.scenario}`).check();
  await page.getByTestId('class-code').fill(o.classCode ?? 'E2E');
  if (o.nickname) await page.getByTestId('nickname').fill(o.nickname);
  await page.getByTestId('setup-next').click();
  await expect(page.getByTestId('persona-screen')).toBeVisible();
  await page.getByTestId(`persona-${o.persona}`).check();
  await expect(page.getByTestId('persona-detail')).toContainText(await page.getByTestId(`persona-${o.persona}`).locator('xpath=..').locator('.option-name').innerText());
  if (o.onPersona) await o.onPersona();
  await page.getByTestId('persona-choose').click();
  await expect(page.getByTestId('intro-screen')).toBeVisible();
  if (o.stopAtIntro) return;
  await page.getByTestId('intro-begin').click();
  await expect(page.getByTestId('play-screen')).toBeVisible();
}

export type PathChoice =
  | { path: 'retire' }
  | { path: 'retrain'; course: string }
  | { path: 'migrate'; destination: string; bringChildren?: boolean }
  | { path: 'business'; business: string; loan?: number; location?: string; predictedEntrants?: number; willBeatAverage?: boolean };

/** Opens a path in the decisions panel, fills its form and confirms; the path becomes "your path now". */
export async function choosePath(page: Page, c: PathChoice): Promise<void> {
  await page.getByTestId(`path-${c.path}-toggle`).click();
  if (c.path === 'retrain') await page.getByTestId(`course-${c.course}`).check();
  if (c.path === 'migrate') {
    await page.getByTestId(`destination-${c.destination}`).check();
    if (c.bringChildren) await page.getByTestId('bring-children').check();
  }
  if (c.path === 'business') {
    await page.getByTestId(`business-${c.business}`).check();
    if (c.location) await page.getByTestId(`location-${c.location}`).check();
    if (c.loan !== undefined) {
      await page.getByTestId('loan-amount').fill(String(c.loan));
      await page.getByTestId('loan-amount').press('Tab');
    }
  }
  // Opening a business asks two questions first (once per game): answer them when they are there.
  if (c.path === 'business' && await page.getByTestId('entry-questions').count()) {
    await page.getByTestId('predict-entrants').fill(String(c.predictedEntrants ?? 3));
    await page.getByTestId('predict-entrants').press('Tab');
    await page.getByTestId(c.willBeatAverage === false ? 'predict-beat-no' : 'predict-beat-yes').check();
  }
  await page.getByTestId(`confirm-${c.path}`).click();
  await expect(page.getByTestId(`path-${c.path}`).locator('.path-state')).toHaveClass(/current/);
}

/**
 * A seated student's household in a class game, from the persona screen: Liu Fang, the intro, the class bar, then
 * a breakfast stall in the side street on a 20,000 yuan loan (the class specs' common first round).
 */
export async function startClassHousehold(page: Page): Promise<void> {
  await expect(page.getByTestId('persona-screen')).toBeVisible();
  await page.getByTestId('persona-liu-fang').check();
  await page.getByTestId('persona-choose').click();
  await page.getByTestId('intro-begin').click();
  await expect(page.getByTestId('play-screen')).toBeVisible();
  await expect(page.getByTestId('class-bar')).toBeVisible();
  await choosePath(page, { path: 'business', business: 'breakfastStall', loan: 20000, location: 'sideStreet' });
}

type Where = 'end' | 'event' | 'play' | 'other';
const where = (page: Page): Promise<Where> => page.evaluate(() =>
  document.querySelector('[data-testid="end-screen"]') ? 'end'
    : document.querySelector('[data-testid="event-card"]') ? 'event'
      : document.querySelector('[data-testid="play-screen"]') ? 'play' : 'other');

export interface PlayLog { events: string[]; presses: number }

/**
 * Plays on to the end screen: answers each event with its first open choice (or `pick`), and lets quiet
 * months pass with the real "let quiet months pass" button (or "next month" when `monthByMonth`).
 */
export async function playToEnd(page: Page, opts: { pick?: (eventId: string, choices: string[]) => string | undefined; monthByMonth?: boolean; onEvent?: (id: string) => Promise<void> } = {}): Promise<PlayLog> {
  const log: PlayLog = { events: [], presses: 0 };
  for (let guard = 0; guard < 400; guard++) {
    const w = await where(page);
    if (w === 'end') return log;
    if (w === 'event') {
      const card = page.getByTestId('event-card');
      const id = (await card.getAttribute('data-event')) ?? '';
      log.events.push(id);
      if (opts.onEvent) await opts.onEvent(id);
      const open = await card.locator('button.choice:not([disabled])').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.testid!.replace(/^choice-/, '')));
      const choice = opts.pick?.(id, open) ?? open[0]!;
      await card.getByTestId(`choice-${choice}`).click();
      await expect(card.and(page.locator(`[data-event="${id}"]`))).toHaveCount(0, { timeout: 10_000 }).catch(() => undefined);
      continue;
    }
    if (w !== 'play') throw new Error(`unexpected screen while playing: ${await page.locator('#ui').innerHTML()}`);
    const button = page.getByTestId(opts.monthByMonth ? 'next-month' : 'pass-quiet');
    const label = await page.getByTestId('month-label').textContent();
    await button.click();
    log.presses++;
    await page.waitForFunction((before) => {
      const el = document.querySelector('[data-testid="month-label"]');
      return !el || el.textContent !== before || !!document.querySelector('[data-testid="event-card"]');
    }, label, { polling: 50 });
  }
  throw new Error('the game did not end');
}
