// Renderer entry: settings -> language -> bundled font -> world (Phaser) -> title screen.
// Noto Sans SC, cut at build time to the characters the locales use (scripts/fonts/subset.mjs).
import 'virtual:irb-fonts.css';
import './styles/main.css';
import './styles/game.css';
import { initI18n, t } from './i18n';
import { effectiveLanguage, loadSettings } from './settings';
import { initScreens } from './ui/screens';
import { startWorld } from './world';
import { showTitle } from './flow';
if (new URLSearchParams(location.search).get('test') === '1') void import('./report/test-hook'); // test-only entry to the report

async function loadFonts(): Promise<void> {
  // Wait for the bundled CJK font so the first paint already uses it (no system fonts needed).
  try {
    await Promise.all([
      document.fonts.load('16px "Noto Sans SC"', t('common:appTitle') + t('common:appSubtitle')),
      document.fonts.load('700 16px "Noto Sans SC"', t('common:appTitle')),
    ]);
  } catch { /* the page still renders with the next font in the stack */ }
}

async function boot(): Promise<void> {
  const settings = await loadSettings();
  await initI18n(effectiveLanguage(settings));
  await loadFonts();
  const params = new URLSearchParams(location.search);
  const renderer = (params.get('renderer') as 'auto' | 'canvas' | 'webgl' | null) ?? 'auto';
  await startWorld(document.getElementById('world') as HTMLElement, renderer);
  document.title = t('common:appTitle');
  document.getElementById('world')?.setAttribute('aria-label', t('common:townLabel'));
  initScreens(document.getElementById('ui') as HTMLElement);
  await showTitle();
  document.body.dataset.ready = 'true';
}

boot().catch((e: unknown) => {
  const ui = document.getElementById('ui');
  if (ui) ui.textContent = `${String(e)}`;
  console.error(e);
});
