// Locale ids both processes agree on, and the rule for picking one from an OS/browser locale.
export const LOCALES = ['en', 'zh-CN'] as const;
export type LocaleId = (typeof LOCALES)[number];

/** zh, zh-CN, zh-Hans-*, zh-TW... all map to Simplified Chinese (the only Chinese we ship); anything else to English. */
export function pickLocale(candidates: readonly string[]): LocaleId {
  for (const c of candidates) {
    if (!c) continue;
    if (/^zh\b/i.test(c)) return 'zh-CN';
    if (/^en\b/i.test(c)) return 'en';
  }
  return 'en';
}

export function isLocaleId(x: unknown): x is LocaleId {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** Each language's own name for itself (endonym): shown the same in every UI language, so not translated. */
export const LOCALE_ENDONYMS: Record<LocaleId, string> = { en: 'English', 'zh-CN': '简体中文' };
