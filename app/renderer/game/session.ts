// The game in progress: the current GameState with the class code and nickname, the only place that calls
// sim.step. Every successful step is saved to the 'autosave' slot (so a closed laptop loses at most one
// click), and a save that cannot be read is set aside, never overwritten.
import { getStore, type WriteProblem, type WriteResult } from '../platform/store';
import { AUTOSAVE_SLOT, parseSave, serializeSession, type Session } from './save-format';
import { openChoicesSignature, stopAfterMonth, type StopReason } from './quiet';
import { availableActions, listPersonas, listScenarios, newGame, step, type Action, type GameConfig, type GameState, type Reason, type SimEvent } from './sim-api';

export type { Session };

let session: Session | null = null;
const listeners = new Set<(s: Session | null, events: SimEvent[]) => void>();
let saving: Promise<unknown> = Promise.resolve();
let lastSaveProblem: string | null = null;

export const currentSession = (): Session | null => session;
export const saveProblem = (): string | null => lastSaveProblem;

export function onSessionChange(fn: (s: Session | null, events: SimEvent[]) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function emit(events: SimEvent[]): void {
  listeners.forEach((fn) => fn(session, events));
}

export function startSession(cfg: GameConfig, classCode: string | null, nickname: string | null): { ok: true } | { ok: false; reason: Reason } {
  const r = newGame(cfg);
  if (!r.ok) return r;
  session = { state: r.state, classCode, nickname };
  void autosave();
  emit([]);
  return { ok: true };
}

/** Keeps the student's answers to the two entry questions with the game (and saves them). */
export function recordPrediction(p: NonNullable<Session['prediction']>): void {
  if (!session) return;
  session = { ...session, prediction: p };
  void autosave();
}

export function resumeSession(s: Session): void {
  session = s;
  emit([]);
}

export function endSession(): void {
  session = null;
  emit([]);
}

export type DispatchResult = { ok: true; events: SimEvent[] } | { ok: false; reason: Reason };

/** Runs one action through the model; on success the new state replaces the old and is autosaved. */
export function dispatch(action: Action): DispatchResult {
  if (!session) return { ok: false, reason: { key: 'reason.noGame' } };
  const r = step(session.state, action);
  if (!r.ok) return r;
  session = { ...session, state: r.state };
  void autosave();
  emit(r.events);
  return { ok: true, events: r.events };
}

/**
 * Lets quiet months pass: ends months one after another until something needs the player (an event, a
 * turning point, a change in the open choices, cash running short, the end) or `limit` months have passed.
 */
export function passQuietMonths(limit: number): { ok: true; months: number; stop: StopReason; events: SimEvent[] } | { ok: false; reason: Reason } {
  if (!session) return { ok: false, reason: { key: 'reason.noGame' } };
  const all: SimEvent[] = [];
  let months = 0;
  let stop: StopReason = 'limit';
  while (months < limit) {
    const prev = session.state;
    const prevSig = openChoicesSignature(availableActions(prev));
    const r = step(prev, { type: 'endMonth' });
    if (!r.ok) {
      if (months === 0) return r;
      break;
    }
    months++;
    all.push(...r.events);
    session = { ...session, state: r.state };
    const why = stopAfterMonth(prev, r.state, r.events, prevSig, openChoicesSignature(availableActions(r.state)));
    if (why) { stop = why; break; }
  }
  void autosave();
  emit(all);
  return { ok: true, months, stop, events: all };
}

/** Whether the last autosave reached storage; when not, why (the play screen shows it with what to do). */
export type SaveStatus = { ok: true } | { ok: false; code: WriteProblem; detail: string };

let status: SaveStatus = { ok: true };
const statusListeners = new Set<(s: SaveStatus) => void>();
export const saveStatus = (): SaveStatus => status;
export function onSaveStatusChange(fn: (s: SaveStatus) => void): () => void {
  statusListeners.add(fn);
  return () => statusListeners.delete(fn);
}
function setStatus(next: SaveStatus): void {
  const changed = next.ok !== status.ok || (!next.ok && !status.ok && next.code !== status.code);
  status = next;
  lastSaveProblem = next.ok ? null : `${next.code}: ${next.detail}`;
  if (changed) statusListeners.forEach((fn) => fn(next));
}

/** Writes the session to the autosave slot; writes are queued so an older state never lands last. */
export function autosave(): Promise<unknown> {
  const s = session;
  if (!s) return saving;
  const json = serializeSession(s);
  saving = saving.then(async () => {
    let r: WriteResult;
    try {
      r = await getStore().writeSave(AUTOSAVE_SLOT, json);
    } catch (e) {
      r = { ok: false, code: 'io', detail: String(e) };
    }
    setStatus(r.ok ? { ok: true } : r);
    if (!r.ok && r.code !== 'readonly') console.warn(`autosave failed: ${lastSaveProblem}`);
  });
  return saving;
}

export const flushSaves = (): Promise<unknown> => saving;

export type SavedGame =
  | { kind: 'none' }
  /** `restored`: the latest save could not be used and the one before it (the backup) was restored. */
  | { kind: 'ok'; session: Session; restored: boolean }
  /** The save could not be used; it has been kept aside under another name. */
  | { kind: 'corrupt'; detail: string }
  /** The save was written by a newer version of the game; it is left unchanged (a new game moves it aside). */
  | { kind: 'newer'; detail: string; version: number | null }
  /** Could not be used and there is no room to keep it aside: left where it is; `text` is for a copy. */
  | { kind: 'full'; detail: string; text: string }
  /** Could not be read: left where it is. */
  | { kind: 'io'; detail: string };

/**
 * Reads the autosave for "Continue". A save that cannot be used is moved aside so a new game cannot
 * overwrite it, and the slot's backup (the save before) is offered instead when it is good. Never throws.
 */
export async function readAutosave(): Promise<SavedGame> {
  try {
    const first = await readOnce();
    if (first.kind !== 'corrupt') return first;
    if (!getStore().writable) return first;
    // Setting aside restored the backup, if there was a good one: offer it, with the reason for the swap.
    const second = await readOnce();
    return second.kind === 'ok' ? { ...second, restored: true } : first;
  } catch (e) {
    return { kind: 'io', detail: String(e) };
  }
}

async function readOnce(): Promise<SavedGame> {
  const store = getStore();
  const r = await store.readSave(AUTOSAVE_SLOT);
  if (!r.ok) {
    if (r.code === 'io') return { kind: 'io', detail: r.detail };
    return r.code === 'newer' ? { kind: 'newer', detail: r.detail, version: null } : { kind: 'corrupt', detail: r.detail };
  }
  if (r.value === null) return { kind: 'none' };
  const parsed = parseSave(r.value);
  let refused: SavedGame;
  if (!parsed.ok && parsed.problem === 'newer') {
    // Left where it is for the newer version; a new game here moves it aside before writing (the stores do).
    return { kind: 'newer', detail: parsed.reason, version: parsed.version ?? null };
  }
  if (parsed.ok) {
    const refusal = modelRefusal(parsed.session.state);
    if (refusal === null) return { kind: 'ok', session: parsed.session, restored: false };
    refused = { kind: 'corrupt', detail: `model refused the saved state: ${refusal}` };
  } else {
    refused = { kind: 'corrupt', detail: `${parsed.problem}: ${parsed.reason}` };
  }
  const kept = await store.quarantineSave(AUTOSAVE_SLOT);
  // Not kept aside (storage full, or a read-only tab): it stays in place and a new game will not replace it.
  if (!kept && store.writable) return { kind: 'full', detail: `could not keep the unusable save aside (${refused.kind})`, text: r.value };
  return refused;
}

/**
 * Whether the model can play on from a state that passed the schema: it must list the choices and end a
 * month (on a copy) without throwing. Null when it can; otherwise what went wrong.
 */
export function modelRefusal(state: GameState): string | null {
  try {
    // The screens look the scenario and persona up by id: ones this version does not have cannot be shown.
    if (!listScenarios().some((x) => x.id === state.scenarioId)) return `unknown scenario ${state.scenarioId}`;
    if (!listPersonas(state.scenarioId).some((p) => p.id === state.personaId)) return `unknown persona ${state.personaId}`;
    availableActions(state);
    if (!state.ended) step(structuredClone(state), { type: 'endMonth' });
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
