// Holds the live settings and applies them to the page: language, text size, reduced motion.
import i18next from 'i18next';
import { TEXT_SIZES, type Settings, DEFAULT_SETTINGS } from '../shared/settings';
import { pickLocale, type LocaleId } from '../shared/locales';
import { getStore } from './platform/store';

let settings: Settings = { ...DEFAULT_SETTINGS };
const listeners = new Set<(s: Settings) => void>();

export const getSettings = (): Settings => settings;

export function effectiveLanguage(s: Settings = settings): LocaleId {
  return s.language ?? pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export function prefersReducedMotion(s: Settings = settings): boolean {
  return s.reducedMotion ?? window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export async function loadSettings(): Promise<Settings> {
  settings = await getStore().getSettings();
  applyToPage();
  return settings;
}

export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  settings = { ...settings, ...patch };
  applyToPage();
  if (patch.language && patch.language !== i18next.language) await i18next.changeLanguage(patch.language);
  await getStore().setSettings(settings);
  listeners.forEach((fn) => fn(settings));
}

export function onSettingsChange(fn: (s: Settings) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function applyToPage(): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(TEXT_SIZES[settings.textSize] ?? 1));
  root.dataset.textSize = String(settings.textSize);
  root.classList.toggle('reduced-motion', prefersReducedMotion());
}
