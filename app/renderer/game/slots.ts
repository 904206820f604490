// Games that are kept: besides the autosave (the game in progress), games put aside by "New game" (game-<id>
// slots) and every finished game (done-<id> slots, whose report and results file can be made again at any
// time because the report is a function of the saved state). Names given by the player are kept apart from the
// saves (the save format has no field for them). Each slot holds an ordinary save, checked like any other.
import { getStore, type Store } from '../platform/store';
import { AUTOSAVE_SLOT, parseSave, serializeSession, type Session } from './save-format';
import { summarize } from './sim-api';

export type GameKind = 'playing' | 'finished';

export interface GameEntry {
  slot: string;
  kind: GameKind;
  session: Session;
  personaId: string;
  scenarioId: string;
  /** Months played so far. */
  month: number;
  monthsTotal: number;
  savedAt: string | null;
  name: string | null;
  outcome: string | null;
}

const NAMES_KEY = 'irb.gameNames';
const SLOT_PREFIX = { playing: 'game-', finished: 'done-' } as const;
const SAVE_KEY = /^irb\.save\.((?:game|done)-[a-z0-9]{1,26})$/;

/** Slot names of kept games (not the autosave, not copies kept aside). */
async function keptSlots(store: Store): Promise<string[]> {
  if (store.kind === 'electron' && typeof window !== 'undefined' && window.irb) {
    const r = await window.irb.listSaves();
    return r.ok ? r.value.map((i) => i.slot).filter((s) => /^(game|done)-[a-z0-9]{1,26}$/.test(s)) : [];
  }
  const out: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const m = SAVE_KEY.exec(localStorage.key(i) ?? '');
      if (m) out.push(m[1]!);
    }
  } catch { /* storage blocked: no kept games to show */ }
  return out;
}

function readNames(): Record<string, string> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(NAMES_KEY) ?? '{}');
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string')) as Record<string, string> : {};
  } catch {
    return {};
  }
}

function writeNames(n: Record<string, string>): boolean {
  try { localStorage.setItem(NAMES_KEY, JSON.stringify(n)); return true; } catch { return false; }
}

/** FNV-1a in base 36: a finished game's slot name, the same for the same game (so keeping it twice is harmless). */
function gameId(s: Session): string {
  const st = s.state;
  const key = JSON.stringify([st.config, st.pathsTaken, st.household.cash, st.history.length, st.timeline.length, s.nickname]);
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) { h ^= key.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(36);
}

function savedAtOf(text: string): string | null {
  try { const v = (JSON.parse(text) as { savedAt?: unknown }).savedAt; return typeof v === 'string' ? v : null; } catch { return null; }
}

export function entryOf(slot: string, session: Session, savedAt: string | null, names: Record<string, string> = readNames()): GameEntry {
  const st = session.state;
  return {
    slot, session, kind: st.ended ? 'finished' : 'playing', personaId: st.personaId, scenarioId: st.scenarioId,
    month: st.history.length, monthsTotal: st.monthsTotal, savedAt, name: names[slot] ?? null,
    outcome: st.ended ? summarize(st).outcome : null,
  };
}

/** Every kept game, newest first; slots that cannot be read are left for the save store's own checks. */
export async function listGames(store: Store = getStore()): Promise<GameEntry[]> {
  const names = readNames();
  const out: GameEntry[] = [];
  for (const slot of await keptSlots(store)) {
    const r = await store.readSave(slot);
    if (!r.ok || r.value === null) continue;
    const p = parseSave(r.value);
    if (p.ok) out.push(entryOf(slot, p.session, savedAtOf(r.value), names));
  }
  return out.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? '') || a.slot.localeCompare(b.slot));
}

/** The game in the autosave, if it is one that is still being played (New game must not replace it unasked). */
export async function unfinishedAutosave(store: Store = getStore()): Promise<Session | null> {
  const r = await store.readSave(AUTOSAVE_SLOT);
  if (!r.ok || r.value === null) return null;
  const p = parseSave(r.value);
  return p.ok && !p.session.state.ended ? p.session : null;
}

async function write(store: Store, slot: string, s: Session): Promise<string | null> {
  const r = await store.writeSave(slot, serializeSession(s));
  return r.ok ? slot : null;
}

/** Puts a game still being played into a slot of its own; returns the slot (null if it could not be written). */
export async function keepPlaying(s: Session, store: Store = getStore(), now = Date.now()): Promise<string | null> {
  return write(store, `${SLOT_PREFIX.playing}${now.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`, s);
}

/** Keeps a finished game among the past games (once: the same game always lands in the same slot). */
export async function keepFinished(s: Session, store: Store = getStore()): Promise<string | null> {
  if (!s.state.ended) return null;
  return write(store, `${SLOT_PREFIX.finished}${gameId(s)}`, s);
}

export function renameGame(slot: string, name: string): boolean {
  const names = readNames();
  const v = name.trim().slice(0, 60);
  if (v) names[slot] = v;
  else delete names[slot];
  return writeNames(names);
}

/** Removes a kept game (after the player confirmed). Where the store can only set a save aside, it is set aside. */
export async function deleteGame(slot: string, store: Store = getStore()): Promise<boolean> {
  if (!/^(game|done)-[a-z0-9]{1,26}$/.test(slot)) return false;
  const names = readNames();
  delete names[slot];
  writeNames(names);
  const drop = (store as Store & { dropSave?: (slot: string) => Promise<boolean> }).dropSave;
  if (drop) return drop.call(store, slot);
  if (store.kind === 'browser') {
    try { localStorage.removeItem(`irb.save.${slot}`); return true; } catch { return false; }
  }
  await store.quarantineSave(slot);
  return true;
}

/** Moves a kept game back into play: the autosave's own unfinished game is kept first, then the chosen game
 * becomes the autosave and leaves its slot. */
export async function takeUpGame(slot: string, store: Store = getStore()): Promise<Session | null> {
  const r = await store.readSave(slot);
  if (!r.ok || r.value === null) return null;
  const p = parseSave(r.value);
  if (!p.ok) return null;
  const current = await unfinishedAutosave(store);
  if (current && (await keepPlaying(current, store)) === null) return null;
  if ((await write(store, AUTOSAVE_SLOT, p.session)) === null) return null;
  if (!p.session.state.ended) await deleteGame(slot, store);
  return p.session;
}
