// The Store for the desktop app: settings and saves go through the preload bridge (window.irb) to files in
// the user's data folder. The main process already sets aside a save it cannot parse (save-corrupt) and
// restores the slot's backup in its place; a newer-version save is kept aside as well (save-newer).
import type { IrbApi } from '../../shared/ipc';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../shared/settings';
import type { Store } from './store';

export function electronStore(irb: IrbApi): Store {
  return {
    kind: 'electron',
    writable: true,
    async getSettings() {
      try {
        const r = await irb.getSettings();
        return r.ok ? sanitizeSettings(r.value) : { ...DEFAULT_SETTINGS };
      } catch {
        return { ...DEFAULT_SETTINGS };
      }
    },
    async setSettings(s) {
      try { await irb.setSettings(s); } catch { /* settings stay in memory for this session */ }
    },
    async readSave(slot) {
      try {
        const r = await irb.loadSave(slot);
        if (r.ok) return { ok: true, value: r.value };
        const code = r.error.code === 'save-corrupt' ? 'corrupt' : r.error.code === 'save-newer' ? 'newer' : 'io';
        return { ok: false, code, detail: r.error.message };
      } catch (e) {
        return { ok: false, code: 'io', detail: String(e) };
      }
    },
    async writeSave(slot, json) {
      try {
        const r = await irb.writeSave(slot, json);
        return r.ok ? { ok: true } : { ok: false, code: 'io', detail: `${r.error.code}: ${r.error.message}` };
      } catch (e) {
        return { ok: false, code: 'io', detail: String(e) };
      }
    },
    async quarantineSave(slot) {
      try {
        const r = await irb.quarantineSave(slot);
        return r.ok;
      } catch {
        return false; // nothing more we can do; the next write keeps it aside too
      }
    },
    async dropSave(slot) {
      return this.quarantineSave(slot); // on disk there is room: kept aside rather than removed
    },
  };
}
