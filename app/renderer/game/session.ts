// The game in progress: the current GameState with the class code and nickname, the only place that calls
// sim.step. Every successful step is saved to the 'autosave' slot (so a closed laptop loses at most one
// click), and a save that cannot be read is set aside, never overwritten.
import { getStore } from '../platform/store';
import { AUTOSAVE_SLOT, parseSave, serializeSession, type Session } from './save-format';
import { openChoicesSignature, stopAfterMonth, type StopReason } from './quiet';
import { availableActions, newGame, step, type Action, type GameConfig, type Reason, type SimEvent } from './sim-api';

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

/** Writes the session to the autosave slot; writes are queued so an older state never lands last. */
export function autosave(): Promise<unknown> {
  const s = session;
  if (!s) return saving;
  const json = serializeSession(s);
  saving = saving.then(async () => {
    const r = await getStore().writeSave(AUTOSAVE_SLOT, json);
    lastSaveProblem = r.ok ? null : (r.detail ?? 'write failed');
    if (!r.ok) console.warn(`autosave failed: ${lastSaveProblem}`);
  });
  return saving;
}

export const flushSaves = (): Promise<unknown> => saving;

export type SavedGame =
  | { kind: 'none' }
  | { kind: 'ok'; session: Session }
  /** The save could not be used; it has been kept aside under another name. */
  | { kind: 'corrupt'; detail: string }
  | { kind: 'io'; detail: string };

/** Reads the autosave for "Continue". A save that cannot be used is moved aside so a new game cannot overwrite it. */
export async function readAutosave(): Promise<SavedGame> {
  const store = getStore();
  const r = await store.readSave(AUTOSAVE_SLOT);
  if (!r.ok) return r.code === 'corrupt' ? { kind: 'corrupt', detail: r.detail } : { kind: 'io', detail: r.detail };
  if (r.value === null) return { kind: 'none' };
  const parsed = parseSave(r.value);
  if (parsed.ok) {
    // The model must accept it too: a state it cannot step from is as unusable as broken JSON.
    try {
      availableActions(parsed.session.state);
      return { kind: 'ok', session: parsed.session };
    } catch (e) {
      await store.quarantineSave(AUTOSAVE_SLOT);
      return { kind: 'corrupt', detail: `model refused the saved state: ${String(e)}` };
    }
  }
  await store.quarantineSave(AUTOSAVE_SLOT);
  return { kind: 'corrupt', detail: parsed.problem };
}
