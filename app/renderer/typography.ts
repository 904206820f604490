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
  const ends = zh ? /[。！？；：…”]$/ : /[.!?;:…"']$/;
  return parts.map((p) => p.trim()).filter(Boolean).map((p) => (ends.test(p) ? p : p + stop)).join(zh ? '' : ' ');
}

/**
 * A name as it sits inside a sentence: English names of trades, courses and places are written as titles
 * ("Noodle shop") and lose their capital mid-sentence ("opened a noodle shop"); Chinese is unchanged.
 */
export function inSentence(name: string, lang: LocaleId | string): string {
  return lang === 'en' && /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** U+2212, the one minus sign the game prints (never the hyphen-minus that Intl gives). */
export const MINUS = '\u2212';
export const normaliseMinus = (s: string): string => s.replace(/^-|(?<=[\s(（])-(?=[¥\d])/g, MINUS);

/** Params of content and report texts that carry yuan (the text itself writes 元 / yuan after them). */
export const MONEY_PARAMS = new Set([
  'amount', 'severance', 'loan', 'owed', 'salvage', 'cost', 'help', 'wage', 'pension', 'allowance', 'principal', 'cash', 'debt',
  'backPay', 'compensation', 'fine', 'movingCost', 'travel', 'money', 'needed', 'have', 'cap', 'max', 'startup', 'rent',
]);

// Built on first use, not when the module loads: a page's first Intl formatter loads the number data and costs
// 10-17 ms on this machine, which the title (which shows no sums) should not pay (issue 15).
let zhFormats: { wan: Intl.NumberFormat; plain: Intl.NumberFormat } | null = null;
const zhNumber = () => (zhFormats ??= {
  wan: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }),
  plain: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }),
});

/**
 * A sum as Chinese prose writes it, without the unit: 2,600 stays "2,600"; from 1万 up, "12.24万" (rounded to
 * 0.01万, as classroom texts do). Ledgers and tables keep exact yuan.
 */
export function zhAmount(n: number): string {
  const a = Math.abs(Math.round(n));
  const s = a >= 10_000 ? `${zhNumber().wan.format(a / 10_000)}万` : zhNumber().plain.format(a);
  return n < 0 && a > 0 ? `${MINUS}${s}` : s;
}

/** Yuan in Chinese prose: "2,600元", "12.24万元". */
export const zhYuanProse = (n: number): string => `${zhAmount(n)}元`;

/**
 * Amounts with their sign and unit, found in text so that a line break never splits them: "−¥1,946", "+¥797",
 * "45,943元", "12.24万元", "100%", "¥600/月", "1,234 yuan".
 */
export const AMOUNT = /[+−-]?¥?\d[\d,]*(?:\.\d+)?(?:万)?(?:元\/月|元|%|岁| yuan)?/g;
export const hasUnitOrSign = (m: string): boolean => /[+−¥元%万岁]|yuan|^-/.test(m) && /\d/.test(m);
