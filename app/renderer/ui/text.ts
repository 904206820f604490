// Turning the model's ids, reasons and months into words in the active language. The model speaks in keys
// of the `content` namespace (reason.*, timeline.*, event.*); ids inside their params (a course, a business)
// are given their names here so the sentence reads naturally in both languages.
import { lang, num, t } from '../i18n';
import { inSentence as inSentenceIn, MONEY_PARAMS, zhAmount } from '../typography';
import { listScenarios, type GameState, type Reason } from '../game/sim-api';

/** Param names whose values are ids of things with names in content.json, and where their names live. */
const NAMED_IDS: Record<string, (id: string) => string> = {
  businessId: (id) => `content:business.${id}.name`,
  courseId: (id) => `content:course.${id}.name`,
  destinationId: (id) => `content:destination.${id}.name`,
  location: (id) => `content:location.${id}.name`,
  personaId: (id) => `content:persona.${id}.name`,
  path: (id) => `content:path.${id}.name`,
};

/** A name inside a sentence in the active language (see typography.ts). */
export const inSentence = (name: string, language: string = lang()): string => inSentenceIn(name, language);
const PROPER = new Set(['personaId']);

/**
 * The model's params as the content strings want them: ids replaced by their names ("elderCare" -> "elder
 * care"), numbers grouped for the locale ("70200" -> "70,200"), and `count` kept as a number for plurals
 * (filled from `children` where a string counts children but the model names the param differently).
 */
export function enrichParams(params: Record<string, string | number> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params ?? {})) {
    const named = NAMED_IDS[k];
    if (named && typeof v === 'string' && v) out[k] = PROPER.has(k) ? t(named(v)) : inSentence(t(named(v)));
    // Chinese prose writes large sums in 万 ("12.24万元"); the ledger keeps exact yuan.
    else if (typeof v === 'number' && k !== 'count') out[k] = lang() === 'zh-CN' && MONEY_PARAMS.has(k) && Math.abs(v) >= 10_000 ? zhAmount(v) : num(v);
    else out[k] = v;
  }
  if (out.count === undefined && typeof params?.children === 'number') out.count = params.children;
  // "1 months": strings counting months or years have _one/_other forms that follow this number.
  if (out.count === undefined) {
    for (const k of ['months', 'uiMonths', 'years']) if (typeof params?.[k] === 'number') { out.count = params[k]; break; }
  }
  return out;
}

/** A content string by key (without the "content:" prefix). */
export function ct(key: string, params?: Record<string, string | number>): string {
  return t(`content:${key}`, enrichParams(params));
}

export function reasonText(r: Reason | undefined | null): string {
  return r ? ct(r.key, r.params) : '';
}

export function personaName(id: string): string {
  return t(`content:persona.${id}.name`);
}

/** Calendar month (1-12) and year of a game month, from the scenario's start. */
export function calendarOf(state: Pick<GameState, 'scenarioId'>, month: number): { year: number; month: number } {
  const sc = listScenarios().find((s) => s.id === state.scenarioId);
  const start = (sc?.params.startMonthOfYear.value ?? 1) - 1;
  const base = sc?.year ?? 2016;
  const idx = start + month;
  return { year: base + Math.floor(idx / 12), month: (idx % 12) + 1 };
}

export function monthName(state: Pick<GameState, 'scenarioId'>, month: number): string {
  const c = calendarOf(state, month);
  return new Intl.DateTimeFormat(lang(), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(c.year, c.month - 1, 15)));
}

export type Season = 'winter' | 'spring' | 'summer' | 'autumn';
export function seasonOf(calendarMonth: number): Season {
  if (calendarMonth === 12 || calendarMonth <= 2) return 'winter';
  if (calendarMonth <= 5) return 'spring';
  if (calendarMonth <= 8) return 'summer';
  return 'autumn';
}

/** A meter (0-100) in words: four bands, so the number is never the only cue. */
export function meterBand(value: number): 0 | 1 | 2 | 3 {
  return value >= 70 ? 3 : value >= 45 ? 2 : value >= 25 ? 1 : 0;
}
