// Writes a file so a crash or power cut leaves either the old content or the new, never half of each:
// write a temporary sibling, flush it to disk, then rename it over the target. On Windows an antivirus or
// indexer can hold the target for a moment (EPERM/EBUSY/EACCES): the rename is retried with backoff.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** `<target>.<pid>-<12 hex>.tmp`: the only names this writer creates beside its targets. */
export const TEMP_FILE_PATTERN = /^.+\.\d+-[0-9a-f]{12}\.tmp$/;
/** Error codes an OS gives while another program briefly holds the file. */
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Waits between rename attempts (ms): about 1.5 s in all, longer than a typical virus scan of a small file. */
export const RENAME_BACKOFF_MS = [20, 50, 100, 200, 400, 700] as const;

export interface AtomicWriteOptions {
  /** For tests: the rename to use and how to wait. */
  rename?: (from: string, to: string) => Promise<void>;
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const doRename = options.rename ?? rename;
  const wait = options.wait ?? sleep;
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await doRename(tmp, file);
        return;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? '';
        if (!TRANSIENT.has(code) || attempt >= RENAME_BACKOFF_MS.length) throw err;
        await wait(RENAME_BACKOFF_MS[attempt]!);
      }
    }
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Removes temporary files a killed writer left in `dir` (not its subfolders). Run at start, before any
 * write: the app holds a single-instance lock, so no other writer can be using them.
 */
export async function removeOrphanTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const orphans = names.filter((n) => TEMP_FILE_PATTERN.test(n));
  await Promise.all(orphans.map((n) => rm(join(dir, n), { force: true })));
  return orphans;
}
