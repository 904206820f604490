// The Store for the desktop app: settings and saves go through the preload bridge (window.irb) to files in
// the user's data folder. The main process already sets aside a save it cannot parse (save-corrupt).
import type { IrbApi } from '../../shared/ipc';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../shared/settings';
import type { Store } from './store';

export function electronStore(irb: IrbApi): Store {
  return {
    kind: 'electron',
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
        // save-corrupt: the main process has already moved the file aside as <slot>.corrupt-<n>.json.
        return { ok: false, code: r.error.code === 'save-corrupt' ? 'corrupt' : 'io', detail: r.error.message };
      } catch (e) {
        return { ok: false, code: 'io', detail: String(e) };
      }
    },
    async writeSave(slot, json) {
      try {
        const r = await irb.writeSave(slot, json);
        return r.ok ? { ok: true } : { ok: false, detail: `${r.error.code}: ${r.error.message}` };
      } catch (e) {
        return { ok: false, detail: String(e) };
      }
    },
    async quarantineSave(slot) {
      try { await irb.quarantineSave(slot); } catch { /* nothing more we can do; the next write keeps it aside too */ }
    },
  };
}
