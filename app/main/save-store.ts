// Save slots as <slot>.json files in userData/saves. Writes are atomic and queued per slot (one writer at
// a time); before a good save is replaced it is kept as <slot>.backup.json. A save that cannot be used is
// moved aside as <slot>.corrupt-<n>.json (never overwritten, never deleted) and the backup takes its place.
// A save from a newer version is left in place (that version will look for it there) until a write would
// replace it: then it is moved aside as <slot>.newer-<n>.json.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SAVE_SLOT_PATTERN, type SaveInfo } from '../shared/ipc';
import { removeOrphanTempFiles, writeFileAtomic } from './atomic-write';
import { MainError } from './errors';
import { parseJsonObject } from './json-text';
import { CORRUPT_MARK, NEWER_MARK, setAside } from './set-aside';

export interface SaveStore {
  /** The slot's JSON text, or null when there is no save in it. */
  load(slot: string): Promise<string | null>;
  write(slot: string, json: string): Promise<SaveInfo>;
  list(): Promise<SaveInfo[]>;
  /** Sets the slot's file aside (and restores its backup, if good); false when the slot was empty. */
  quarantine(slot: string): Promise<boolean>;
  /** Removes temporary files left by a writer that was killed; call once at start. */
  removeOrphans(): Promise<string[]>;
}

/** What the store thinks of a save's text: usable, from a newer version of the game, or unusable. */
export type SaveCheck = { ok: true } | { ok: false; newer: boolean; reason: string };

export interface SaveStoreOptions {
  /** The full check of a save (the shared save schema); by default only "a JSON object". */
  check?: (text: string) => SaveCheck;
}

const SAVE_FILE = /^([a-z0-9-]+)\.json$/;
const BACKUP_SUFFIX = '.backup.json';

function jsonObjectCheck(text: string): SaveCheck {
  const parsed = parseJsonObject(text);
  return parsed.ok ? { ok: true } : { ok: false, newer: false, reason: parsed.reason };
}

export function createSaveStore(dir: string, options: SaveStoreOptions = {}): SaveStore {
  const check = options.check ?? jsonObjectCheck;
  const queues = new Map<string, Promise<unknown>>();
  // The text last read or written per slot, known to pass the check: an autosave does not check it again.
  const known = new Map<string, string>();
  const verdictOf = (slot: string, text: string): SaveCheck => (known.get(slot) === text ? { ok: true } : check(text));

  const fileOf = (slot: string) => {
    // Slots are validated at the IPC boundary; this second check keeps the store safe on its own.
    if (!SAVE_SLOT_PATTERN.test(slot)) throw new MainError('bad-request', `invalid save slot: ${JSON.stringify(slot)}`);
    return join(dir, `${slot}.json`);
  };
  const backupOf = (slot: string) => join(dir, `${slot}${BACKUP_SUFFIX}`);

  /** Runs `job` after every earlier job on the same slot, so two writes never interleave. */
  function queued<T>(slot: string, job: () => Promise<T>): Promise<T> {
    const before = queues.get(slot) ?? Promise.resolve();
    const result = before.then(job, job);
    const tail = result.catch(() => undefined);
    queues.set(slot, tail);
    void tail.then(() => { if (queues.get(slot) === tail) queues.delete(slot); });
    return result;
  }

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

  /** Moves the slot's file aside; puts a good backup in its place. Returns where the bad file went. */
  async function replaceWithBackup(slot: string, why: SaveCheck & { ok: false }): Promise<{ keptAs: string; restored: boolean }> {
    const keptAs = await setAside(fileOf(slot), why.newer ? NEWER_MARK : CORRUPT_MARK);
    const backup = await readText(backupOf(slot)).catch(() => null);
    if (backup !== null && check(backup).ok) {
      // Moved, not copied: a backup the game refuses in turn must not come back a second time.
      await writeFileAtomic(fileOf(slot), backup);
      await rm(backupOf(slot), { force: true });
      return { keptAs, restored: true };
    }
    return { keptAs, restored: false };
  }

  return {
    async load(slot) {
      const file = fileOf(slot);
      return queued(slot, async () => {
        const text = await readText(file);
        if (text === null) return null;
        const verdict = verdictOf(slot, text);
        if (verdict.ok) { known.set(slot, text); return text; }
        // A newer version's save stays where that version will look for it; only a write moves it aside.
        if (verdict.newer) throw new MainError('save-newer', `save "${slot}" comes from a newer version of the game (${verdict.reason}); it was left unchanged`);
        const { keptAs, restored } = await replaceWithBackup(slot, verdict);
        const tail = restored ? '; the previous good save was restored in its place' : '';
        throw new MainError('save-corrupt', `save "${slot}" could not be used (${verdict.reason}); it was kept as ${keptAs}${tail}`);
      });
    },

    async write(slot, json) {
      const file = fileOf(slot);
      return queued(slot, async () => {
        const incoming = check(json);
        if (!incoming.ok) throw new MainError('bad-request', `save "${slot}" refused: ${incoming.reason}`);
        const existing = await readText(file);
        if (existing !== null) {
          const verdict = verdictOf(slot, existing);
          // The last good save becomes the backup; an unusable one in the way is kept aside, never replaced.
          if (verdict.ok) await writeFileAtomic(backupOf(slot), existing);
          else await setAside(file, verdict.newer ? NEWER_MARK : CORRUPT_MARK);
        }
        await writeFileAtomic(file, json);
        known.set(slot, json);
        return info(slot);
      });
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
      return queued(slot, async () => {
        const text = await readText(file);
        if (text === null) return false;
        known.delete(slot);
        const verdict = check(text);
        await replaceWithBackup(slot, verdict.ok ? { ok: false, newer: false, reason: 'refused by the game' } : verdict);
        return true;
      });
    },

    removeOrphans: () => removeOrphanTempFiles(dir),
  };
}
