// i18next set-up for the renderer: every namespace in locales/<lang>/*.json is bundled (offline), one chunk
// per language (locales/<lang>.ts) loaded when that language is first used, so the title carries only its
// own language's texts (issue 15); numbers/yuan are formatted with Intl for the active language.
import i18next, { type i18n as I18n, type BackendModule } from 'i18next';
import { LOCALES, type LocaleId } from '../shared/locales';
import { normaliseMinus, zhYuanProse } from './typography';

type Bundle = Record<string, Record<string, unknown>>;
interface LanguageChunk { now: Bundle; later: Record<string, () => Promise<Record<string, unknown>>> }
const languageChunks = import.meta.glob(['./locales/*.ts', '!./locales/all.ts'], { import: 'default' }) as Record<string, () => Promise<LanguageChunk>>;
const loaded = new Map<string, Promise<LanguageChunk>>();
/** One language's texts, fetched once (a rejected load is forgotten, so a retry can succeed). */
export function loadLanguage(lng: string): Promise<LanguageChunk> {
  let p = loaded.get(lng);
  if (!p) {
    const chunk = languageChunks[`./locales/${lng}.ts`];
    p = chunk ? chunk() : Promise.reject(new Error(`no texts bundled for language ${lng}`));
    p.catch(() => loaded.delete(lng));
    loaded.set(lng, p);
  }
  return p;
}

/**
 * Every language in i18next at once, for what prints or compares both (the bilingual report): the game
 * itself loads only the language on show.
 */
export function loadAllLanguages(): Promise<void> {
  return i18next.isInitialized ? i18next.loadLanguages([...LOCALES]).then(() => undefined) : Promise.resolve();
}

/** Texts a lazily loaded screen needs before it draws (its namespace is a chunk of its own, locales/<lang>.ts). */
export function loadNamespace(ns: string | string[]): Promise<void> {
  return i18next.loadNamespaces(ns).then(() => undefined);
}

/** i18next reads the other language through this when the player switches (changeLanguage waits for it). */
const bundledBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lng, ns, callback) => {
    loadLanguage(lng)
      .then((b) => b.now[ns] ?? b.later[ns]?.() ?? {})
      .then((texts) => callback(null, texts as never), (e: unknown) => callback(e as Error, false));
  },
};

/**
 * Namespace files bundled with a page (an eager `import.meta.glob` of locales/<lang>/<ns>.json), grouped by
 * language, as `initI18n` takes them.
 */
export function textsByLanguage(files: Record<string, Record<string, unknown>>): Partial<Record<LocaleId, Bundle>> {
  const out: Partial<Record<LocaleId, Bundle>> = {};
  for (const [path, texts] of Object.entries(files)) {
    const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (m) (out[m[1] as LocaleId] ??= {})[m[2]!] = texts;
  }
  return out;
}

/**
 * Starts i18next in `lng` with that language's texts; or, given `only` (the join page: a few namespaces of every
 * language, bundled with it), with just those, the rest following with `loadWholeLanguage`.
 */
export async function initI18n(lng: LocaleId, only?: Partial<Record<LocaleId, Bundle>>): Promise<I18n> {
  const resources = only ?? { [lng]: (await loadLanguage(lng)).now };
  await i18next.use(bundledBackend).init({
    lng,
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    ns: Object.keys(resources[lng] ?? {}),
    defaultNS: 'common',
    resources,
    partialBundledLanguages: true,
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (l) => { document.documentElement.lang = l; });
  return i18next;
}

/**
 * After `initI18n` with a few namespaces: every namespace of the language on show (the game's screens need
 * them). Asked once; a failed load is asked again next time.
 */
let whole: Promise<void> | null = null;
export function loadWholeLanguage(): Promise<void> {
  whole ??= loadLanguage(i18next.language).then((chunk) => i18next.loadNamespaces(Object.keys(chunk.now)));
  whole.catch(() => { whole = null; });
  return whole;
}

/**
 * Terms that depend on the scenario (the 1998 scenario says 小额担保贷款 and 下岗职工基本生活费 where 2016 says
 * 创业担保贷款 and 失业保险金): such keys have a `_xiagang` variant, picked through i18next's context. Set from
 * the game or report on screen; keys without a variant fall back to the plain key.
 */
let termContext: string | undefined;
export function setScenarioTerms(scenarioId: string | null | undefined): void {
  termContext = scenarioContext(scenarioId);
}
export const scenarioContext = (scenarioId: string | null | undefined): string | undefined => (scenarioId === '1998-xiagang' ? 'xiagang' : undefined);

/**
 * i18next options for a key, with two Chinese needs built in: a count of one picks the key's `_single` form when
 * there is one (Chinese has no singular plural form, and "1个孩子，其中一位" reads like a form), and the
 * scenario's terms are picked by context.
 */
export function keyAndOptions(exists: (k: string) => boolean, key: string, opts: Record<string, unknown> | undefined, context: string | undefined): [string, Record<string, unknown> | undefined] {
  let k = key;
  if (opts?.count === 1 && exists(`${key}_single`)) k = `${key}_single`;
  if (context && opts?.context === undefined) return [k, { ...opts, context }];
  return [k, opts];
}

export const t = (key: string, opts?: Record<string, unknown>): string => {
  const [k, o] = keyAndOptions((x) => i18next.exists(x), key, opts, termContext);
  return i18next.t(k, o as never) as unknown as string;
};

export const lang = (): LocaleId => (i18next.language === 'zh-CN' ? 'zh-CN' : 'en');

type NumberFormats = { yuan: Intl.NumberFormat; num: Map<number, Intl.NumberFormat>; percent: Map<number, Intl.NumberFormat> };
const formats = new Map<string, NumberFormats>();

/** Intl formatters are costly to build and the ledger and town format many numbers: one set per language. */
function formatsFor(id: string): NumberFormats {
  let f = formats.get(id);
  if (!f) {
    // narrowSymbol gives "¥12,345" in both languages (English would otherwise write "CN¥").
    f = { yuan: new Intl.NumberFormat(id, { style: 'currency', currency: 'CNY', maximumFractionDigits: 0, currencyDisplay: 'narrowSymbol' }), num: new Map(), percent: new Map() };
    formats.set(id, f);
  }
  return f;
}

/** The yuan formatter of a given language (the report prints in a language of its own). */
export function yuanFormat(id: LocaleId): Intl.NumberFormat {
  return formatsFor(id).yuan;
}

/** Yuan in the active language, with grouping; negative amounts keep their sign. */
export function yuan(amount: number): string {
  return normaliseMinus(formatsFor(lang()).yuan.format(Math.round(amount) === 0 ? 0 : Math.round(amount)));
}

/**
 * Yuan in running text: as yuan() in English; in Chinese "2,600元", and "12.24万元" from ten thousand up, the way
 * Chinese prose writes sums (¥ stays in the ledger's columns and figures).
 */
export function yuanProse(amount: number): string {
  return lang() === 'zh-CN' ? zhYuanProse(amount) : yuan(amount);
}

/** Signed yuan with an explicit + or − so money in/out never relies on colour. */
export function signedYuan(amount: number): string {
  const s = yuan(Math.abs(amount));
  return amount > 0 ? `+${s}` : amount < 0 ? `−${s}` : s;
}

export function num(n: number, digits = 0): string {
  const m = formatsFor(lang()).num;
  let f = m.get(digits);
  if (!f) m.set(digits, (f = new Intl.NumberFormat(lang(), { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return normaliseMinus(f.format(n));
}

export function percent(fraction: number, digits = 0): string {
  const m = formatsFor(lang()).percent;
  let f = m.get(digits);
  if (!f) m.set(digits, (f = new Intl.NumberFormat(lang(), { style: 'percent', maximumFractionDigits: digits })));
  return f.format(fraction);
}
