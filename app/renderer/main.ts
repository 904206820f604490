// Renderer entry: settings -> language -> bundled font -> title screen. The world (Phaser and the town's art)
// is its own chunk, loaded only once the title is interactive, and fades in behind it when ready (issue 15).
import './early'; // first: starts loading the font while the other modules load
// Noto Sans SC, cut at build time to the characters the locales use (scripts/fonts/subset.mjs).
import 'virtual:irb-fonts.css';
import './styles/main.css';
import './styles/game.css';
import { initI18n, loadWholeLanguage, t } from './i18n';
import { titleTexts } from './title-texts';
import { effectiveLanguage, loadSettings } from './settings';
import { initScreens } from './ui/screens';
import { startTown } from './town-start';
import { loadGame, onTitle, showTitle, whenStoreSettled } from './flow';
import { getStore, readOnlyStore, setStore } from './platform/store';
import { claimGame } from './platform/tab-lock';
import { showBootFailed } from './boot-failed';
if (new URLSearchParams(location.search).get('test') === '1') void import('./report/test-hook'); // test-only entry to the report
if (new URLSearchParams(location.search).get('test') === '1') void import('./game/test-hook'); // test-only view of the running game

async function loadFonts(): Promise<void> {
  // Wait for the bundled CJK font so the first paint already uses it (no system fonts needed).
  try {
    await Promise.all([
      document.fonts.load('16px "Noto Sans SC"', t('common:appTitle') + t('common:appSubtitle')),
      document.fonts.load('700 16px "Noto Sans SC"', t('common:appTitle')),
    ]);
  } catch { /* the page still renders with the next font in the stack */ }
}

/** Resolves after the next frame has been painted (a task queued from inside requestAnimationFrame). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function boot(): Promise<void> {
  performance.mark('irb:script');
  // Browser tabs share one storage: only the first tab writes saves (the desktop app has one window). Asked
  // now; the title does not wait for the answer, writes do.
  const claim = window.irb ? Promise.resolve('owner' as const) : claimGame();
  // Nothing is written before the answer (flow.ts waits for it before it reads a save it might set aside); a
  // tab that does not own the game gets a store that writes nothing.
  const storeSettled = claim.then((c) => {
    if (c === 'elsewhere') setStore(readOnlyStore(getStore()));
    performance.mark('irb:lock');
    return c;
  });
  whenStoreSettled(storeSettled);
  const settings = await loadSettings();
  performance.mark('irb:settings');
  // the title's own texts come with this page; the whole language follows once the title is up
  await initI18n(effectiveLanguage(settings), titleTexts());
  performance.mark('irb:texts');
  await loadFonts();
  performance.mark('irb:fonts');
  document.title = t('common:appTitle');
  document.getElementById('world')?.setAttribute('aria-label', t('common:townLabel'));
  initScreens(document.getElementById('ui') as HTMLElement);
  await showTitle();
  document.body.dataset.ready = 'true';
  performance.mark('irb:title');
  // A first visit's title does not wait for the browser's lock service: when another tab turns out to own the
  // game, the title (if still on screen) is shown again with the notice that this tab saves nothing.
  void storeSettled.then((c) => { if (c === 'elsewhere' && onTitle()) void showTitle(); });
  // Let the title paint first; then load the game (its screens, the model, the save schemas) and the engine
  // while the player reads it. The game comes first: it sets up what the town draws and whether it moves.
  await afterPaint();
  try {
    await Promise.all([loadWholeLanguage(), loadGame()]);
  } catch (e) {
    // "New game" asks for it again (and says so if it still fails); the town waits for it no longer
    console.warn('the game could not be loaded yet', e);
  }
  await startTown();
}

boot().catch(showBootFailed);
