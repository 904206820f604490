// Imported first by main.ts: starts fetching what the title will wait for (the likely language's texts and
// the bundled font's Latin glyphs) while the rest of the renderer's modules are still being evaluated
// (issue 15). Only a head start: main.ts still asks for the language the settings name, and a wrong guess
// costs one extra chunk, never a wrong text.
import { pickLocale } from '../shared/locales';
import { loadLanguage } from './i18n';

function likelyLanguage(): string {
  try {
    // The browser build keeps settings in localStorage (platform/store.ts); the desktop app asks its main process.
    const stored = JSON.parse(localStorage.getItem('irb.settings') ?? 'null') as { language?: unknown } | null;
    if (typeof stored?.language === 'string') return stored.language;
  } catch { /* no storage, or not JSON: guess from the browser */ }
  return pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

loadLanguage(likelyLanguage()).catch(() => undefined);
for (const weight of ['400', '700']) document.fonts?.load(`${weight} 16px "Noto Sans SC"`, 'Aa').catch(() => undefined);
