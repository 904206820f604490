// What an autosave holds and how an untrusted save text is checked before the game uses it.
// A save is the session as JSON, wrapped with a format name and version so old or foreign files are refused
// with a clear message instead of breaking the game halfway through a month.
import { STATE_VERSION, type GameState } from './sim-api';

export const SAVE_FORMAT = 'irb-save';
export const SAVE_VERSION = 1;
export const AUTOSAVE_SLOT = 'autosave';

export interface Session {
  state: GameState;
  classCode: string | null;
  nickname: string | null;
}

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  savedAt: string;
  classCode: string | null;
  nickname: string | null;
  state: GameState;
}

export type ParseResult = { ok: true; session: Session } | { ok: false; problem: 'json' | 'format' | 'version' | 'state' };

export function serializeSession(s: Session, now: Date = new Date()): string {
  const file: SaveFile = { format: SAVE_FORMAT, version: SAVE_VERSION, savedAt: now.toISOString(), classCode: s.classCode, nickname: s.nickname, state: s.state };
  return JSON.stringify(file);
}

const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const strOrNull = (x: unknown) => x === null || x === undefined || typeof x === 'string';

/** Shape checks on the parts of GameState the screens read; the model's own invariants are its business. */
export function looksLikeGameState(x: unknown): x is GameState {
  if (!isObj(x)) return false;
  if (x.version !== STATE_VERSION || typeof x.scenarioId !== 'string' || typeof x.personaId !== 'string') return false;
  if (!isNum(x.month) || !isNum(x.monthsTotal) || x.month < 0 || x.monthsTotal <= 0) return false;
  if (!Array.isArray(x.history) || !Array.isArray(x.timeline) || !Array.isArray(x.rng)) return false;
  if (!isObj(x.config) || !isObj(x.market) || !Array.isArray((x.market as Record<string, unknown>).firms)) return false;
  const hh = x.household;
  if (!isObj(hh) || !isNum(hh.cash) || !isObj(hh.debts) || !isObj(hh.meters)) return false;
  const m = hh.meters as Record<string, unknown>;
  if (!isNum(m.wellbeing) || !isNum(m.health) || !isNum(m.ties)) return false;
  if (!Object.values(hh.debts).every(isNum)) return false;
  if (x.pendingEvent !== null && !(isObj(x.pendingEvent) && Array.isArray(x.pendingEvent.choices))) return false;
  if (x.ended !== null && !isObj(x.ended)) return false;
  return true;
}

export function parseSave(text: string): ParseResult {
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { return { ok: false, problem: 'json' }; }
  if (!isObj(raw) || raw.format !== SAVE_FORMAT) return { ok: false, problem: 'format' };
  if (raw.version !== SAVE_VERSION) return { ok: false, problem: 'version' };
  // A game saved by an earlier model (state version 1) cannot be played on under the new rules.
  if (isObj(raw.state) && isNum(raw.state.version) && raw.state.version !== STATE_VERSION) return { ok: false, problem: 'version' };
  if (!strOrNull(raw.classCode) || !strOrNull(raw.nickname) || !looksLikeGameState(raw.state)) return { ok: false, problem: 'state' };
  return { ok: true, session: { state: raw.state, classCode: (raw.classCode as string | null) ?? null, nickname: (raw.nickname as string | null) ?? null } };
}
