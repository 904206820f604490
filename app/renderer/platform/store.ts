// Where settings and saves live. In Electron they go through the preload (window.irb) to files in the
// user's data folder; in the browser build, to localStorage. Both keep a bad save aside, never overwrite it,
// keep the last good save as a backup, and report a failed write with a reason the game can explain.
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../../shared/settings';
import { electronStore } from './electron-store';

export type LoadResult =
  | { ok: true; value: string | null }
  | { ok: false; code: 'corrupt' | 'newer' | 'io'; detail: string };

/** quota: the browser's storage is full; readonly: another tab owns the game; io: anything else. */
export type WriteProblem = 'quota' | 'io' | 'readonly';
export type WriteResult = { ok: true } | { ok: false; code: WriteProblem; detail: string };

export interface Store {
  kind: 'electron' | 'browser';
  /** False when another tab or window holds the game: nothing is written. */
  writable: boolean;
  getSettings(): Promise<Settings>;
  setSettings(s: Settings): Promise<void>;
  /** Raw JSON text of a save slot, or null when none exists. */
  readSave(slot: string): Promise<LoadResult>;
  writeSave(slot: string, json: string): Promise<WriteResult>;
  /**
   * Moves a save the game cannot use aside (kept for inspection) and puts the slot's backup, if any, in its
   * place. False when it could not be kept aside (then it stays where it was, untouched).
   */
  quarantineSave(slot: string, newer?: boolean): Promise<boolean>;
  /** Frees a slot whose save the player has just downloaded a copy of (browser: removed; desktop: kept aside). */
  dropSave(slot: string): Promise<boolean>;
}

const SETTINGS_KEY = 'irb.settings';
export const saveKey = (slot: string): string => `irb.save.${slot}`;
export const backupKey = (slot: string): string => `${saveKey(slot)}.backup`;

/** Chromium, Firefox and Safari name the error differently (and old ones only give a code). */
export function isQuotaError(e: unknown): boolean {
  if (!(e instanceof DOMException) && !(e instanceof Error)) return false;
  const code = (e as DOMException).code;
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export type SaveVerdict = 'usable' | 'newer' | 'unusable';

/**
 * The shared save schema's verdict on a save's text. The schema (zod) is loaded with the game (game-flow.ts
 * asks for it), never for the title (issue 15): the title only reads a save, and the game judges what it reads.
 * Once loaded, the stores judge synchronously, so their reads and writes keep the order they were asked in.
 */
let saveJudge: ((text: string) => SaveVerdict) | null = null;
let saveJudgeLoading: Promise<(text: string) => SaveVerdict> | null = null;
export function loadSaveJudge(): Promise<(text: string) => SaveVerdict> {
  saveJudgeLoading ??= import('../../shared/save-schema').then(({ checkSaveText }) => {
    saveJudge = (text) => {
      const r = checkSaveText(text);
      return r.ok ? 'usable' : r.problem === 'newer' ? 'newer' : 'unusable';
    };
    return saveJudge;
  }, (e: unknown) => { saveJudgeLoading = null; throw e; });
  return saveJudgeLoading;
}

export interface BrowserStoreOptions {
  /** What a save's text is worth: decides what becomes the backup and what is kept aside before a write. */
  judge?: (text: string) => SaveVerdict;
}

export function browserStore(ls: Storage = window.localStorage, options: BrowserStoreOptions = {}): Store {
  /** The judge when it is loaded (then a write waits for nothing), else null. */
  const judgeNow = (): ((text: string) => SaveVerdict) | null => options.judge ?? saveJudge;
  /** The judge, loaded on first need; null when its chunk cannot be loaded (then nothing is moved). */
  const judgeLater = () => loadSaveJudge().catch(() => null);

  /**
   * Copies `raw` to the first free <key>.corrupt-<n> (or .newer-<n>), then removes the original. The copy
   * comes first: when there is no room for it, nothing is removed (the caller offers a download instead).
   */
  function keepAside(slot: string, raw: string, mark: 'corrupt' | 'newer'): boolean {
    let n = 1;
    while (ls.getItem(`${saveKey(slot)}.${mark}-${n}`) !== null) n++;
    try {
      ls.setItem(`${saveKey(slot)}.${mark}-${n}`, raw);
    } catch {
      return false;
    }
    ls.removeItem(saveKey(slot));
    return true;
  }

  return {
    kind: 'browser',
    writable: true,
    async getSettings() {
      try {
        const raw = ls.getItem(SETTINGS_KEY);
        return raw ? sanitizeSettings(JSON.parse(raw)) : { ...DEFAULT_SETTINGS };
      } catch {
        return { ...DEFAULT_SETTINGS };
      }
    },
    async setSettings(s) {
      try { ls.setItem(SETTINGS_KEY, JSON.stringify(s)); } catch { /* storage full or blocked: settings stay in memory */ }
    },
    async readSave(slot) {
      try {
        return { ok: true, value: ls.getItem(saveKey(slot)) };
      } catch (e) {
        return { ok: false, code: 'io', detail: String(e) };
      }
    },
    async writeSave(slot, json) {
      const judge = judgeNow() ?? (await judgeLater());
      if (!judge) return { ok: false, code: 'io', detail: 'the save checks could not be loaded' };
      try {
        const existing = ls.getItem(saveKey(slot));
        if (existing !== null && existing !== json) {
          const verdict = judge(existing);
          if (verdict === 'usable') {
            try { ls.setItem(backupKey(slot), existing); } catch { /* no room for a backup: the save itself matters more */ }
          } else if (!keepAside(slot, existing, verdict === 'newer' ? 'newer' : 'corrupt')) {
            // An unusable save that cannot be kept aside is not overwritten either.
            return { ok: false, code: 'quota', detail: 'no room to keep the unusable save aside' };
          }
        }
        ls.setItem(saveKey(slot), json);
        return { ok: true };
      } catch (e) {
        return { ok: false, code: isQuotaError(e) ? 'quota' : 'io', detail: String(e) };
      }
    },
    async quarantineSave(slot, newer = false) {
      const judge = judgeNow() ?? (await judgeLater());
      if (!judge) return false;
      try {
        const raw = ls.getItem(saveKey(slot));
        if (raw === null) return true;
        if (!keepAside(slot, raw, newer ? 'newer' : 'corrupt')) return false;
        const backup = ls.getItem(backupKey(slot));
        if (backup !== null && judge(backup) === 'usable') {
          // Moved, not copied: a backup refused in its turn must not come back a second time.
          ls.removeItem(backupKey(slot));
          ls.setItem(saveKey(slot), backup);
        }
        return true;
      } catch {
        return false;
      }
    },
    async dropSave(slot) {
      try { ls.removeItem(saveKey(slot)); return true; } catch { return false; }
    },
  };
}

/** A store for a tab that does not own the game: reads as usual, writes no save, sets nothing aside (settings still apply). */
export function readOnlyStore(inner: Store): Store {
  return {
    ...inner,
    writable: false,
    writeSave: async () => ({ ok: false, code: 'readonly', detail: 'the game is open in another tab' }),
    quarantineSave: async () => false,
    dropSave: async () => false,
  };
}

/** Storage that holds nothing and refuses every write: where the browser blocks localStorage (privacy settings). */
function refusingStorage(reason: unknown): Storage {
  const fail = () => { throw reason instanceof Error ? reason : new Error(String(reason)); };
  return { length: 0, clear: fail, getItem: () => null, key: () => null, removeItem: fail, setItem: fail };
}

function localStorageOrRefusing(): Storage {
  try {
    return window.localStorage; // throws a SecurityError when the browser blocks site data
  } catch (e) {
    return refusingStorage(e);
  }
}

let store: Store | null = null;
/** The Electron store when the preload bridge is there, the browser's localStorage otherwise. */
export function getStore(): Store {
  return (store ??= typeof window !== 'undefined' && window.irb ? electronStore(window.irb) : browserStore(localStorageOrRefusing()));
}
export function setStore(s: Store): void {
  store = s;
}
