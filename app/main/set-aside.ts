// Keeps an unreadable file for inspection instead of deleting or overwriting it: name.json becomes
// name.corrupt-<n>.json (or name.newer-<n>.json for a save from a newer version) with the first free n,
// so earlier set-aside copies are never replaced either.
import { constants } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

export const CORRUPT_MARK = '.corrupt-';
export const NEWER_MARK = '.newer-';

/** Moves `file` aside and returns the new path. Copy-then-remove with COPYFILE_EXCL: never clobbers a file. */
export async function setAside(file: string, mark: string = CORRUPT_MARK): Promise<string> {
  const ext = extname(file);
  const stem = basename(file, ext);
  for (let n = 1; ; n++) {
    const target = join(dirname(file), `${stem}${mark}${n}${ext}`);
    try {
      await copyFile(file, target, constants.COPYFILE_EXCL);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    await rm(file);
    return target;
  }
}
