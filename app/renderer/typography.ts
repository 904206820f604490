// Punctuation that code puts between translated pieces, per language: Chinese takes full-width colons and
// brackets and no space between sentences; English takes ": ", " (...)" and a space. No words live here.
import type { LocaleId } from '../shared/locales';

const isZh = (lang: LocaleId | string) => lang === 'zh-CN';

/** "label: text" / "标签：文字". */
export const labelled = (lang: LocaleId | string, label: string, text: string): string =>
  isZh(lang) ? `${label}：${text}` : `${label}: ${text}`;

/** "name (form)" / "名称（形式）". */
export const bracketed = (lang: LocaleId | string, main: string, aside: string): string =>
  isZh(lang) ? `${main}（${aside}）` : `${main} (${aside})`;

/** Sentences one after another: a space in English, nothing in Chinese; ends a piece with a stop if it has none. */
export function joinSentences(lang: LocaleId | string, parts: string[]): string {
  const zh = isZh(lang);
  const stop = zh ? '。' : '.';
  const ends = zh ? /[。！？；：…）”]$/ : /[.!?;:…)"']$/;
  return parts.map((p) => p.trim()).filter(Boolean).map((p) => (ends.test(p) || /[。.!?！？]$/.test(p) ? p : p + stop)).join(zh ? '' : ' ');
}

/** U+2212, the one minus sign the game prints (never the hyphen-minus that Intl gives). */
export const MINUS = '\u2212';
export const normaliseMinus = (s: string): string => s.replace(/^-|(?<=[\s(（])-(?=[¥\d])/g, MINUS);
