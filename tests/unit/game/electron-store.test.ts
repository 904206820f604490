// In the desktop app, settings and saves go through window.irb; a save the main process found corrupt (and
// has already set aside) reads as 'corrupt', and a failing bridge never throws into the game.
import { describe, expect, it } from 'vitest';
import type { IrbApi } from '../../../app/shared/ipc';
import { DEFAULT_SETTINGS } from '../../../app/shared/settings';
import { electronStore } from '../../../app/renderer/platform/electron-store';

function fakeIrb(over: Partial<IrbApi>): IrbApi {
  const no = () => Promise.reject(new Error('not in this test'));
  return { getSettings: no, setSettings: no, loadSave: no, writeSave: no, listSaves: no, quarantineSave: no, exportFile: no, getPlatformInfo: no, ...over } as IrbApi;
}

describe('electron store', () => {
  it('reads settings through the bridge and sanitises them', async () => {
    const s = electronStore(fakeIrb({ getSettings: async () => ({ ok: true, value: { ...DEFAULT_SETTINGS, textSize: 3, language: 'zh-CN' } }) }));
    expect(s.kind).toBe('electron');
    expect(await s.getSettings()).toMatchObject({ textSize: 3, language: 'zh-CN' });
    const bad = electronStore(fakeIrb({ getSettings: async () => ({ ok: false, error: { code: 'io-error', message: 'disk' } }) }));
    expect(await bad.getSettings()).toEqual(DEFAULT_SETTINGS);
  });
  it('maps save-corrupt to corrupt and other failures to io', async () => {
    const corrupt = electronStore(fakeIrb({ loadSave: async () => ({ ok: false, error: { code: 'save-corrupt', message: 'kept as autosave.corrupt-1.json' } }) }));
    expect(await corrupt.readSave('autosave')).toMatchObject({ ok: false, code: 'corrupt' });
    const newer = electronStore(fakeIrb({ loadSave: async () => ({ ok: false, error: { code: 'save-newer', message: 'version 3 is newer' } }) }));
    expect(await newer.readSave('autosave')).toMatchObject({ ok: false, code: 'newer' });
    const failed = electronStore(fakeIrb({ writeSave: async () => ({ ok: false, error: { code: 'io-error', message: 'ENOSPC' } }) }));
    expect(await failed.writeSave('autosave', '{}')).toMatchObject({ ok: false, code: 'io', detail: expect.stringContaining('ENOSPC') });
    const io = electronStore(fakeIrb({ loadSave: async () => { throw new Error('bridge gone'); } }));
    expect(await io.readSave('autosave')).toMatchObject({ ok: false, code: 'io' });
    const ok = electronStore(fakeIrb({ loadSave: async () => ({ ok: true, value: '{"a":1}' }) }));
    expect(await ok.readSave('autosave')).toEqual({ ok: true, value: '{"a":1}' });
  });
  it('writes and quarantines through the bridge', async () => {
    const calls: string[] = [];
    const s = electronStore(fakeIrb({
      writeSave: async (slot, json) => { calls.push(`write ${slot} ${json.length}`); return { ok: true, value: { slot, modifiedAt: '', bytes: json.length } }; },
      quarantineSave: async (slot) => { calls.push(`aside ${slot}`); return { ok: true, value: true }; },
    }));
    expect(await s.writeSave('autosave', '{}')).toEqual({ ok: true });
    await s.quarantineSave('autosave');
    expect(calls).toEqual(['write autosave 2', 'aside autosave']);
  });
});
