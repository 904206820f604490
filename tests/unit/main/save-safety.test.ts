// What protects a save on disk beyond atomic writes: renames retried while another program holds the file,
// orphan temporary files removed at start, one writer per slot, and the last good save kept as a backup
// that takes the place of a save the game cannot use.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RENAME_BACKOFF_MS, removeOrphanTempFiles, writeFileAtomic } from '../../../app/main/atomic-write';
import { createSaveStore, type SaveCheck } from '../../../app/main/save-store';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'irb-safety-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const busy = (code: string) => Object.assign(new Error(`${code}: resource busy`), { code });

describe('rename with backoff', () => {
  it('retries a rename the OS refuses for a moment (EPERM, EBUSY) and then succeeds', async () => {
    const file = join(dir, 'autosave.json');
    const waits: number[] = [];
    let calls = 0;
    await writeFileAtomic(file, '{"v":1}', {
      rename: async (from, to) => { calls++; if (calls <= 2) throw busy(calls === 1 ? 'EPERM' : 'EBUSY'); await rename(from, to); },
      wait: async (ms) => { waits.push(ms); },
    });
    expect(await readFile(file, 'utf8')).toBe('{"v":1}');
    expect(waits).toEqual([RENAME_BACKOFF_MS[0], RENAME_BACKOFF_MS[1]]);
    expect(await readdir(dir)).toEqual(['autosave.json']);
  });

  it('gives up after the last backoff, reports the error and leaves no temporary file', async () => {
    const file = join(dir, 'autosave.json');
    await writeFile(file, 'old');
    const waits: number[] = [];
    await expect(writeFileAtomic(file, 'new', { rename: async () => { throw busy('EBUSY'); }, wait: async (ms) => { waits.push(ms); } }))
      .rejects.toMatchObject({ code: 'EBUSY' });
    expect(waits).toEqual([...RENAME_BACKOFF_MS]);
    expect(waits.every((w, i) => i === 0 || w > waits[i - 1]!)).toBe(true);
    expect(await readdir(dir)).toEqual(['autosave.json']);
    expect(await readFile(file, 'utf8')).toBe('old');
  });

  it('does not retry errors that will not go away (ENOSPC)', async () => {
    let calls = 0;
    await expect(writeFileAtomic(join(dir, 'x.json'), 'x', { rename: async () => { calls++; throw busy('ENOSPC'); }, wait: async () => undefined }))
      .rejects.toMatchObject({ code: 'ENOSPC' });
    expect(calls).toBe(1);
  });
});

describe('orphan temporary files', () => {
  it('removes only the writer\'s own temporary names', async () => {
    await mkdir(join(dir, 'sub'));
    const orphan = 'autosave.json.4242-0123456789ab.tmp';
    for (const n of [orphan, 'settings.json.1-abcdefabcdef.tmp', 'autosave.json', 'notes.tmp', 'autosave.json.12-xyz.tmp']) await writeFile(join(dir, n), 'x');
    const removed = await removeOrphanTempFiles(dir);
    expect(removed.sort()).toEqual([orphan, 'settings.json.1-abcdefabcdef.tmp'].sort());
    expect((await readdir(dir)).sort()).toEqual(['autosave.json', 'autosave.json.12-xyz.tmp', 'notes.tmp', 'sub']);
    expect(await removeOrphanTempFiles(join(dir, 'missing'))).toEqual([]);
  });

  it('the save store cleans its folder', async () => {
    const saves = createSaveStore(dir);
    await writeFile(join(dir, 'autosave.json.99-aaaaaaaaaaaa.tmp'), '{"half":');
    expect(await saves.removeOrphans()).toEqual(['autosave.json.99-aaaaaaaaaaaa.tmp']);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('one writer per slot', () => {
  it('applies many concurrent writes to one slot in the order they were made', async () => {
    const saves = createSaveStore(dir);
    const writes = Array.from({ length: 25 }, (_, i) => saves.write('autosave', JSON.stringify({ n: i, pad: 'x'.repeat((25 - i) * 1000) })));
    await Promise.all(writes);
    expect(JSON.parse((await saves.load('autosave'))!).n).toBe(24);
    expect(JSON.parse(await readFile(join(dir, 'autosave.backup.json'), 'utf8')).n).toBe(23);
    expect((await readdir(dir)).sort()).toEqual(['autosave.backup.json', 'autosave.json']);
  });

  it('a failed write does not block the slot\'s later writes', async () => {
    const saves = createSaveStore(dir);
    const bad = saves.write('autosave', 'not json');
    const good = saves.write('autosave', '{"ok":true}');
    await expect(bad).rejects.toMatchObject({ code: 'bad-request' });
    await good;
    expect(await saves.load('autosave')).toBe('{"ok":true}');
  });
});

describe('backup of the last good save', () => {
  it('restores the backup when the save is damaged, keeping the damaged file aside', async () => {
    const saves = createSaveStore(dir);
    await saves.write('autosave', '{"month":1}');
    await saves.write('autosave', '{"month":2}');
    await writeFile(join(dir, 'autosave.json'), '{"month":2, "trunc');
    await expect(saves.load('autosave')).rejects.toMatchObject({ code: 'save-corrupt', message: expect.stringContaining('restored') });
    expect(await saves.load('autosave')).toBe('{"month":1}');
    expect(await readFile(join(dir, 'autosave.corrupt-1.json'), 'utf8')).toBe('{"month":2, "trunc');
  });

  it('a backup refused in its turn is not restored twice (no loop)', async () => {
    const saves = createSaveStore(dir);
    await saves.write('autosave', '{"month":1}');
    await saves.write('autosave', '{"month":2}');
    expect(await saves.quarantine('autosave')).toBe(true);
    expect(await saves.load('autosave')).toBe('{"month":1}');
    expect(await saves.quarantine('autosave')).toBe(true);
    expect(await saves.load('autosave')).toBeNull();
    expect((await readdir(dir)).sort()).toEqual(['autosave.corrupt-1.json', 'autosave.corrupt-2.json']);
  });

  it('leaves a save from a newer version in place, and keeps it aside under its own name before a write', async () => {
    const check = (t: string): SaveCheck => (t.includes('"v":9') ? { ok: false, newer: true, reason: 'version 9 is newer' } : { ok: true });
    const saves = createSaveStore(dir, { check });
    await writeFile(join(dir, 'autosave.json'), '{"v":9}');
    await expect(saves.load('autosave')).rejects.toMatchObject({ code: 'save-newer' });
    expect(await readdir(dir)).toEqual(['autosave.json']);
    await saves.write('autosave', '{"v":1}');
    expect((await readdir(dir)).sort()).toEqual(['autosave.json', 'autosave.newer-1.json']);
    expect(await readFile(join(dir, 'autosave.newer-1.json'), 'utf8')).toBe('{"v":9}');
  });
});
