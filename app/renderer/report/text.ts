// Language-independent messages for the report: builders return keys + values, and the view translates them
// in whichever language it draws (the screen's language, or both for a bilingual PDF).
import i18next from 'i18next';
import type { LocaleId } from '../../shared/locales';
import { keyAndOptions, loadAllLanguages, scenarioContext, yuanFormat } from '../i18n';
import { inSentence, MONEY_PARAMS, normaliseMinus, zhAmount, zhYuanProse } from '../typography';

/** A value inside a message: plain, a nested message, or a number to format in the reader's language. */
export type Val =
  | string
  | number
  | Msg
  | { yuan: number }
  | { signedYuan: number }
  | { pct: number; digits?: number }
  | { num: number; digits?: number };

export interface Msg {
  key: string;
  params?: Record<string, Val>;
  /** Plural count (i18next `count`). */
  count?: number;
  /** Shown when the key has no text (e.g. a content name not written yet). */
  fallback?: string;
  /** A common noun written as a title ("Noodle shop"): lower-cased in English when it sits inside a sentence. */
  common?: boolean;
}

export const msg = (key: string, params?: Record<string, Val>, count?: number): Msg =>
  count === undefined ? (params ? { key, params } : { key }) : { key, params: params ?? {}, count };

/** Formatting and translation fixed to one language, so two languages can be drawn on one page. */
export interface Lang {
  id: LocaleId;
  t(key: string, opts?: Record<string, unknown>): string;
  /** Exact yuan with the ¥ sign, for tables and ledgers. */
  yuan(n: number): string;
  /** Yuan in running text: as yuan() in English; "2,600元" / "12.24万元" in Chinese. */
  prose(n: number): string;
  signedYuan(n: number): string;
  pct(fraction: number, digits?: number): string;
  num(n: number, digits?: number): string;
  tr(m: Msg): string;
}

// The report can print both languages, also through Ctrl+P with no time to wait: fetch the other one as soon
// as the report's code loads (the game loads one language at a time, i18n.ts).
void loadAllLanguages().catch(() => undefined);

const cache = new Map<LocaleId, Lang>();
let reportContext: string | undefined;
/** The report's scenario, for scenario-dependent terms (see setScenarioTerms in i18n.ts). */
export function setReportScenario(scenarioId: string | null | undefined): void {
  reportContext = scenarioContext(scenarioId);
}

export function langFor(id: LocaleId): Lang {
  const hit = cache.get(id);
  if (hit && i18next.isInitialized) return hit;
  const fixed = i18next.getFixedT(id);
  const money = yuanFormat(id); // the game's own yuan format, so report and game print money alike
  const pctF = new Map<number, Intl.NumberFormat>();
  const numF = new Map<number, Intl.NumberFormat>();
  const L: Lang = {
    id,
    t: (key, opts) => {
      const [k, o] = keyAndOptions((x) => i18next.exists(x, { lng: id }), key, opts, reportContext);
      return fixed(k, o as never) as unknown as string;
    },
    yuan: (n) => normaliseMinus(money.format(Math.round(n) === 0 ? 0 : Math.round(n))),
    prose: (n) => (id === 'zh-CN' ? zhYuanProse(n) : L.yuan(n)),
    signedYuan: (n) => (Math.round(n) > 0 ? `+${L.yuan(n)}` : Math.round(n) < 0 ? `−${L.yuan(Math.abs(n))}` : L.yuan(0)),
    pct: (f, d = 0) => {
      let fm = pctF.get(d);
      if (!fm) pctF.set(d, (fm = new Intl.NumberFormat(id, { style: 'percent', maximumFractionDigits: d, minimumFractionDigits: d })));
      return fm.format(f);
    },
    num: (n, d = 0) => {
      let fm = numF.get(d);
      if (!fm) numF.set(d, (fm = new Intl.NumberFormat(id, { maximumFractionDigits: d })));
      return normaliseMinus(fm.format(n));
    },
    tr: (m) => {
      const opts: Record<string, unknown> = {};
      // Content texts write 元 after a money param: in Chinese, large sums read as 万 there too.
      for (const [k, v] of Object.entries(m.params ?? {})) opts[k] = id === 'zh-CN' && typeof v === 'number' && MONEY_PARAMS.has(k) && Math.abs(v) >= 10_000 ? zhAmount(v) : formatVal(L, v);
      if (m.count !== undefined) opts.count = m.count;
      if (m.fallback !== undefined) opts.defaultValue = m.fallback;
      return L.t(m.key, opts);
    },
  };
  cache.set(id, L);
  return L;
}

export function formatVal(L: Lang, v: Val): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return L.num(v);
  if ('key' in v) return v.common ? inSentence(L.tr(v), L.id) : L.tr(v);
  if ('yuan' in v) return L.prose(v.yuan);
  if ('signedYuan' in v) return L.signedYuan(v.signedYuan);
  if ('pct' in v) return L.pct(v.pct, v.digits ?? 0);
  return L.num(v.num, v.digits ?? 0);
}
