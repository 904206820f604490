// First-start language choice and settings hygiene: what the player sees before they touch anything.
import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../../app/shared/locales';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../../app/shared/settings';

describe('pickLocale', () => {
  it('maps every zh variant to Simplified Chinese', () => {
    for (const l of ['zh', 'zh-CN', 'zh-Hans-CN', 'zh-TW', 'ZH-hk']) expect(pickLocale([l])).toBe('zh-CN');
  });
  it('maps anything else to English', () => {
    expect(pickLocale(['fr-FR'])).toBe('en');
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['en-GB', 'zh-CN'])).toBe('en');
  });
  it('uses the first language it recognises', () => {
    expect(pickLocale(['de', 'zh-CN', 'en'])).toBe('zh-CN');
  });
});

describe('sanitizeSettings', () => {
  it('keeps well-formed values', () => {
    const s = { language: 'zh-CN', textSize: 3, reducedMotion: true, sound: false };
    expect(sanitizeSettings(s)).toEqual(s);
  });
  it('replaces malformed fields with defaults instead of failing', () => {
    expect(sanitizeSettings({ language: 'klingon', textSize: 9, reducedMotion: 'yes', sound: 1 })).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });
});
