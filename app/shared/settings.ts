// The player's settings, shared by renderer (browser storage) and main (settings file in userData).
import { isLocaleId, type LocaleId } from './locales';

export const TEXT_SIZES = [1, 1.15, 1.3, 1.5] as const;

export interface Settings {
  language: LocaleId | null; // null until chosen: then the OS/browser locale decides
  textSize: number; // index into TEXT_SIZES
  reducedMotion: boolean | null; // null: follow the OS preference
  sound: boolean;
}

export const DEFAULT_SETTINGS: Settings = { language: null, textSize: 0, reducedMotion: null, sound: true };

/** Keeps only well-formed fields of an untrusted object; anything else falls back to the default. */
export function sanitizeSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const ts = o.textSize;
  return {
    language: isLocaleId(o.language) ? o.language : null,
    textSize: typeof ts === 'number' && Number.isInteger(ts) && ts >= 0 && ts < TEXT_SIZES.length ? ts : 0,
    reducedMotion: typeof o.reducedMotion === 'boolean' ? o.reducedMotion : null,
    sound: typeof o.sound === 'boolean' ? o.sound : true,
  };
}
