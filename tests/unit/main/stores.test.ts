// Settings and saves on disk: atomic writes, and what happens to files that cannot be read (kept aside
// under a new name, never deleted or overwritten, with defaults or a clear error in their place).
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../app/main/atomic-write';
import { MainError } from '../../../app/main/errors';
import { createSaveStore } from '../../../app/main/save-store';
import { setAside } from '../../../app/main/set-aside';
import { createSettingsStore } from '../../../app/main/settings-store';
import { DEFAULT_SETTINGS } from '../../../app/shared/settings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'irb-main-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates missing folders, replaces the whole file and leaves no temporary file', async () => {
    const file = join(dir, 'a', 'b', 'x.json');
    await writeFileAtomic(file, '{"long":"first version with more text"}');
    await writeFileAtomic(file, '{"v":2}');
    expect(await readFile(file, 'utf8')).toBe('{"v":2}');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['x.json']);
  });

  it('cleans up its temporary file when the final rename fails', async () => {
    const target = join(dir, 'taken');
    await mkdir(join(target, 'inside'), { recursive: true }); // a non-empty directory cannot be renamed over
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['taken']);
  });
});

describe('setAside', () => {
  it('numbers copies so an earlier one is never overwritten', async () => {
    const file = join(dir, 'slot.json');
    await writeFile(file, 'first bad');
    expect(await setAside(file)).toBe(join(dir, 'slot.corrupt-1.json'));
    await writeFile(file, 'second bad');
    expect(await setAside(file)).toBe(join(dir, 'slot.corrupt-2.json'));
    expect(await readFile(join(dir, 'slot.corrupt-1.json'), 'utf8')).toBe('first bad');
    expect(await readFile(join(dir, 'slot.corrupt-2.json'), 'utf8')).toBe('second bad');
    expect((await readdir(dir)).sort()).toEqual(['slot.corrupt-1.json', 'slot.corrupt-2.json']);
  });
});

describe('settings store', () => {
  const file = () => join(dir, 'settings.json');

  it('gives defaults when there is no file yet, without creating one', async () => {
    const store = createSettingsStore({ file: file() });
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(await readdir(dir)).toEqual([]);
  });

  it('merges updates, persists them and reads them back in a new store', async () => {
    const store = createSettingsStore({ file: file() });
    expect(await store.update({ language: 'zh-CN' })).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN' });
    await store.update({ sound: false });
    const again = createSettingsStore({ file: file() });
    expect(await again.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN', sound: false });
    expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN', sound: false });
  });

  it('applies quick successive updates in order, losing none', async () => {
    const store = createSettingsStore({ file: file() });
    await Promise.all([store.update({ language: 'en' }), store.update({ textSize: 2 }), store.update({ reducedMotion: true })]);
    const fresh = await createSettingsStore({ file: file() }).get();
    expect(fresh).toEqual({ ...DEFAULT_SETTINGS, language: 'en', textSize: 2, reducedMotion: true });
  });

  it('keeps a corrupt file aside and falls back to defaults', async () => {
    await writeFile(file(), '{"language": "zh-CN", ');
    const onCorrupt = vi.fn();
    const store = createSettingsStore({ file: file(), onCorrupt });
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(onCorrupt).toHaveBeenCalledWith(join(dir, 'settings.corrupt-1.json'), expect.any(String));
    expect(await readFile(join(dir, 'settings.corrupt-1.json'), 'utf8')).toBe('{"language": "zh-CN", ');
    // The next write creates a fresh file and leaves the kept copy alone.
    await store.update({ language: 'en' });
    expect((await readdir(dir)).sort()).toEqual(['settings.corrupt-1.json', 'settings.json']);
  });

  it('treats JSON that is not an object as corrupt', async () => {
    await writeFile(file(), '[1,2,3]');
    expect(await createSettingsStore({ file: file() }).get()).toEqual(DEFAULT_SETTINGS);
    expect(await readdir(dir)).toContain('settings.corrupt-1.json');
  });

  it('keeps the fields it understands and defaults the rest', async () => {
    await writeFile(file(), '\uFEFF{"language":"zh-CN","textSize":99,"sound":"loud","futureField":1}');
    expect(await createSettingsStore({ file: file() }).get()).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN' });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });
});

describe('save store', () => {
  const savesDir = () => join(dir, 'saves');

  it('has nothing before the first save', async () => {
    const saves = createSaveStore(savesDir());
    expect(await saves.list()).toEqual([]);
    expect(await saves.load('autosave')).toBeNull();
    expect(await saves.quarantine('autosave')).toBe(false);
  });

  it('writes, lists and loads a slot', async () => {
    const saves = createSaveStore(savesDir());
    const json = JSON.stringify({ version: 1, week: 3, note: '下岗' });
    const info = await saves.write('slot-1', json);
    expect(info).toMatchObject({ slot: 'slot-1', bytes: Buffer.byteLength(json) });
    expect(new Date(info.modifiedAt).toISOString()).toBe(info.modifiedAt);
    expect(await saves.load('slot-1')).toBe(json);
    expect((await saves.list()).map((s) => s.slot)).toEqual(['slot-1']);
  });

  it('lists only real slots, not set-aside copies or stray files', async () => {
    const saves = createSaveStore(savesDir());
    await saves.write('autosave', '{}');
    await writeFile(join(savesDir(), 'autosave.corrupt-1.json'), 'x');
    await writeFile(join(savesDir(), 'autosave.json.123-abc.tmp'), 'x');
    await writeFile(join(savesDir(), 'Notes.txt'), 'x');
    await writeFile(join(savesDir(), 'UPPER.json'), '{}');
    expect((await saves.list()).map((s) => s.slot)).toEqual(['autosave']);
  });

  it('moves a corrupt save aside and reports save-corrupt', async () => {
    const saves = createSaveStore(savesDir());
    await saves.write('autosave', '{}');
    await writeFile(join(savesDir(), 'autosave.json'), '{"truncated": ');
    const error = await saves.load('autosave').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MainError);
    expect(error).toMatchObject({ code: 'save-corrupt', message: expect.stringContaining('autosave.corrupt-1.json') });
    expect(await readFile(join(savesDir(), 'autosave.corrupt-1.json'), 'utf8')).toBe('{"truncated": ');
    expect(await saves.load('autosave')).toBeNull();
  });

  it('keeps a corrupt save aside instead of overwriting it with a new one', async () => {
    const saves = createSaveStore(savesDir());
    await mkdir(savesDir(), { recursive: true });
    await writeFile(join(savesDir(), 'autosave.json'), 'garbage');
    await saves.write('autosave', '{"fresh":true}');
    expect(await readFile(join(savesDir(), 'autosave.corrupt-1.json'), 'utf8')).toBe('garbage');
    expect(await saves.load('autosave')).toBe('{"fresh":true}');
  });

  it('quarantines a save the game cannot use', async () => {
    const saves = createSaveStore(savesDir());
    await saves.write('slot-2', '{"version":999}');
    expect(await saves.quarantine('slot-2')).toBe(true);
    expect(await saves.load('slot-2')).toBeNull();
    expect(await readFile(join(savesDir(), 'slot-2.corrupt-1.json'), 'utf8')).toBe('{"version":999}');
  });

  it('refuses slot names that could escape the saves folder, even without the IPC layer', async () => {
    const saves = createSaveStore(savesDir());
    for (const slot of ['../settings', '..', 'a/b', 'C:\\x', '', 'x.corrupt-1']) {
      await expect(saves.load(slot), slot).rejects.toMatchObject({ code: 'bad-request' });
      await expect(saves.write(slot, '{}'), slot).rejects.toMatchObject({ code: 'bad-request' });
    }
    expect(await readdir(dir)).toEqual([]);
  });
});
