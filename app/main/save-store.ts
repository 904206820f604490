// Save slots as <slot>.json files in userData/saves. Writes are atomic; a save that cannot be read is
// moved aside as <slot>.corrupt-<n>.json (never overwritten, never deleted) and reported as save-corrupt.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SAVE_SLOT_PATTERN, type SaveInfo } from '../shared/ipc';
import { writeFileAtomic } from './atomic-write';
import { MainError } from './errors';
import { parseJsonObject } from './json-text';
import { setAside } from './set-aside';

export interface SaveStore {
  /** The slot's JSON text, or null when there is no save in it. */
  load(slot: string): Promise<string | null>;
  write(slot: string, json: string): Promise<SaveInfo>;
  list(): Promise<SaveInfo[]>;
  /** Sets the slot's file aside; false when the slot was empty. */
  quarantine(slot: string): Promise<boolean>;
}

const SAVE_FILE = /^([a-z0-9-]+)\.json$/;

export function createSaveStore(dir: string): SaveStore {
  const fileOf = (slot: string) => {
    // Slots are validated at the IPC boundary; this second check keeps the store safe on its own.
    if (!SAVE_SLOT_PATTERN.test(slot)) throw new MainError('bad-request', `invalid save slot: ${JSON.stringify(slot)}`);
    return join(dir, `${slot}.json`);
  };

  async function readText(file: string): Promise<string | null> {
    try {
      return await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async function info(slot: string): Promise<SaveInfo> {
    const s = await stat(fileOf(slot));
    return { slot, modifiedAt: s.mtime.toISOString(), bytes: s.size };
  }

  return {
    async load(slot) {
      const file = fileOf(slot);
      const text = await readText(file);
      if (text === null) return null;
      const parsed = parseJsonObject(text);
      if (parsed.ok) return text;
      const keptAs = await setAside(file);
      throw new MainError('save-corrupt', `save "${slot}" could not be read (${parsed.reason}); it was kept as ${keptAs}`);
    },

    async write(slot, json) {
      const file = fileOf(slot);
      // An unreadable save in the way is kept aside rather than replaced, so nothing is lost silently.
      const existing = await readText(file);
      if (existing !== null && !parseJsonObject(existing).ok) await setAside(file);
      await writeFileAtomic(file, json);
      return info(slot);
    },

    async list() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw err;
      }
      const slots = names.map((n) => SAVE_FILE.exec(n)?.[1]).filter((s): s is string => !!s && SAVE_SLOT_PATTERN.test(s));
      const infos = await Promise.all(slots.map((slot) => info(slot).catch(() => null)));
      return infos.filter((i): i is SaveInfo => i !== null).sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.slot.localeCompare(b.slot));
    },

    async quarantine(slot) {
      const file = fileOf(slot);
      if ((await readText(file)) === null) return false;
      await setAside(file);
      return true;
    },
  };
}
