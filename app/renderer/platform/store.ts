// Where settings and saves live. In Electron they go through the preload (window.irb) to files in the
// user's data folder; in the browser build, to localStorage. Both keep a bad save aside, never overwrite it.
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../../shared/settings';
import { electronStore } from './electron-store';

export type LoadResult = { ok: true; value: string | null } | { ok: false; code: 'corrupt' | 'io'; detail: string };

export interface Store {
  kind: 'electron' | 'browser';
  getSettings(): Promise<Settings>;
  setSettings(s: Settings): Promise<void>;
  /** Raw JSON text of a save slot, or null when none exists. */
  readSave(slot: string): Promise<LoadResult>;
  writeSave(slot: string, json: string): Promise<{ ok: boolean; detail?: string }>;
  /** Moves an unreadable save aside (kept for inspection) so a new game can start. */
  quarantineSave(slot: string): Promise<void>;
}

const SETTINGS_KEY = 'irb.settings';
const saveKey = (slot: string) => `irb.save.${slot}`;

export function browserStore(ls: Storage = window.localStorage): Store {
  return {
    kind: 'browser',
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
      try { ls.setItem(saveKey(slot), json); return { ok: true }; } catch (e) { return { ok: false, detail: String(e) }; }
    },
    async quarantineSave(slot) {
      let raw: string | null;
      try { raw = ls.getItem(saveKey(slot)); } catch { return; }
      if (raw === null) return;
      let n = 1;
      while (ls.getItem(`${saveKey(slot)}.corrupt-${n}`) !== null) n++;
      ls.setItem(`${saveKey(slot)}.corrupt-${n}`, raw);
      ls.removeItem(saveKey(slot));
    },
  };
}

let store: Store | null = null;
/** The Electron store when the preload bridge is there, the browser's localStorage otherwise. */
export function getStore(): Store {
  return (store ??= typeof window !== 'undefined' && window.irb ? electronStore(window.irb) : browserStore());
}
export function setStore(s: Store): void {
  store = s;
}
