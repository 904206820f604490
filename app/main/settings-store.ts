// The player's settings as a JSON file in the user-data folder. An unreadable file never blocks the
// game: it is kept aside (settings.corrupt-<n>.json) and the defaults are used instead.
import { readFile } from 'node:fs/promises';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../shared/settings';
import { writeFileAtomic } from './atomic-write';
import { parseJsonObject } from './json-text';
import { setAside } from './set-aside';

export interface SettingsStore {
  get(): Promise<Settings>;
  /** Merges a validated patch, writes the file atomically and returns the new settings. */
  update(patch: Partial<Settings>): Promise<Settings>;
}

export interface SettingsStoreOptions {
  file: string;
  /** Told when a corrupt file was set aside (for the log). */
  onCorrupt?: (keptAs: string, reason: string) => void;
}

export function createSettingsStore({ file, onCorrupt }: SettingsStoreOptions): SettingsStore {
  let current: Settings | null = null;
  // Updates run one after another so two quick changes cannot interleave their writes.
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<Settings> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ...DEFAULT_SETTINGS };
      throw err;
    }
    const parsed = parseJsonObject(text);
    if (!parsed.ok) {
      const keptAs = await setAside(file);
      onCorrupt?.(keptAs, parsed.reason);
      return { ...DEFAULT_SETTINGS };
    }
    // Field by field: a value this version does not understand falls back to its default.
    return sanitizeSettings(parsed.value);
  }

  async function get(): Promise<Settings> {
    current ??= await read();
    return { ...current };
  }

  function update(patch: Partial<Settings>): Promise<Settings> {
    const run = async () => {
      const next: Settings = { ...(await get()), ...patch };
      await writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
      current = next;
      return { ...next };
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  }

  return { get, update };
}
