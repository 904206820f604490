// What an autosave holds and how an untrusted save text is checked before the game uses it. The checks
// themselves are the shared save schema (app/shared/save-schema.ts), the same ones the main process runs,
// so an old, foreign, damaged or newer file is refused with a reason instead of breaking the game.
import type { GameState } from './sim-api';
import { checkSaveText, SAVE_FORMAT, SAVE_VERSION, type SaveProblem } from '../../shared/save-schema';
import { isEntryPrediction, type EntryPrediction } from './prediction';

export { SAVE_FORMAT, SAVE_VERSION };
export { AUTOSAVE_SLOT } from './autosave-slot';

export interface Session {
  state: GameState;
  classCode: string | null;
  nickname: string | null;
  /** The two answers given before opening a business (kept beside the model's state, not in it). */
  prediction?: EntryPrediction | null;
}

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  savedAt: string;
  classCode: string | null;
  nickname: string | null;
  prediction?: EntryPrediction | null;
  state: GameState;
}

export type ParseResult =
  | { ok: true; session: Session; migratedFrom: number | null }
  | { ok: false; problem: SaveProblem; reason: string; version?: number };

export function serializeSession(s: Session, now: Date = new Date()): string {
  const file: SaveFile = { format: SAVE_FORMAT, version: SAVE_VERSION, savedAt: now.toISOString(), classCode: s.classCode, nickname: s.nickname, ...(s.prediction ? { prediction: s.prediction } : {}), state: s.state };
  return JSON.stringify(file);
}

export function parseSave(text: string): ParseResult {
  const r = checkSaveText(text);
  if (!r.ok) return r;
  // The schema keeps the state's own fields (including ones it does not list), so this is the model's GameState.
  const state = r.save.state as unknown as GameState;
  // An unreadable prediction is dropped rather than refusing the whole game: the game itself is intact.
  const prediction = isEntryPrediction(r.save.prediction) ? r.save.prediction : null;
  return { ok: true, session: { state, classCode: r.save.classCode, nickname: r.save.nickname, prediction }, migratedFrom: r.migratedFrom };
}
