// The preload's surface: exactly one function per contract method, each invoking its own channel with
// exactly its arguments, and nothing of Electron (ipcRenderer, send, on) handed to the page.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CLASS_EVENT_CHANNEL, IPC_CHANNELS, type IrbApi } from '../../../app/shared/ipc';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (...args: unknown[]) => ({ ok: true, value: args }));
const on = vi.fn();
const removeListener = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke, send: vi.fn(), on, removeListener },
}));

let irb: IrbApi;
beforeAll(async () => {
  await import('../../../app/preload/preload');
  irb = exposed.get('irb') as IrbApi;
});

describe('preload bridge', () => {
  it('exposes only window.irb', () => {
    expect([...exposed.keys()]).toEqual(['irb']);
  });

  it('has exactly the designed functions', () => {
    expect(Object.keys(irb).sort()).toEqual(
      [
        'exportFile', 'getPlatformInfo', 'getSettings', 'listSaves', 'loadSave', 'quarantineSave', 'setSettings', 'writeSave',
        'classHostStart', 'classHostCommand', 'classHostStop', 'classHostExport', 'classHostSaved', 'classDiscover', 'classLinkJoin', 'classLinkSubmit', 'classLinkLeave', 'onClassEvent',
      ].sort(),
    );
    for (const value of Object.values(irb)) expect(typeof value).toBe('function');
    expect(Object.values(irb)).not.toContain(invoke);
  });

  it('sends each call on its own channel with exactly its arguments', async () => {
    invoke.mockClear();
    await irb.getSettings();
    await irb.setSettings({ sound: false });
    await irb.loadSave('autosave');
    await irb.writeSave('autosave', '{}');
    await irb.listSaves();
    await irb.quarantineSave('autosave');
    await irb.exportFile({ kind: 'pdf', suggestedName: 'r' });
    await irb.getPlatformInfo();
    await irb.classHostStart({ preset: 'short' });
    await irb.classHostCommand({ cmd: 'open', round: 1 });
    await irb.classHostStop();
    await irb.classHostExport('rounds');
    await irb.classHostSaved();
    await irb.classDiscover('K7Q-2MX');
    await irb.classLinkJoin({ address: '10.0.0.2', code: 'K7Q-2MX', nick: 'Mei', scenarioId: 's' });
    await irb.classLinkSubmit({ choice: { trade: null } });
    await irb.classLinkLeave();
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNELS.getSettings],
      [IPC_CHANNELS.setSettings, { sound: false }],
      [IPC_CHANNELS.loadSave, 'autosave'],
      [IPC_CHANNELS.writeSave, 'autosave', '{}'],
      [IPC_CHANNELS.listSaves],
      [IPC_CHANNELS.quarantineSave, 'autosave'],
      [IPC_CHANNELS.exportFile, { kind: 'pdf', suggestedName: 'r' }],
      [IPC_CHANNELS.getPlatformInfo],
      [IPC_CHANNELS.classHostStart, { preset: 'short' }],
      [IPC_CHANNELS.classHostCommand, { cmd: 'open', round: 1 }],
      [IPC_CHANNELS.classHostStop],
      [IPC_CHANNELS.classHostExport, 'rounds'],
      [IPC_CHANNELS.classHostSaved],
      [IPC_CHANNELS.classDiscover, 'K7Q-2MX'],
      [IPC_CHANNELS.classLinkJoin, { address: '10.0.0.2', code: 'K7Q-2MX', nick: 'Mei', scenarioId: 's' }],
      [IPC_CHANNELS.classLinkSubmit, { choice: { trade: null } }],
      [IPC_CHANNELS.classLinkLeave],
    ]);
  });

  it('drops extra arguments a page might add', async () => {
    invoke.mockClear();
    await (irb.loadSave as (...a: unknown[]) => Promise<unknown>)('autosave', 'sneaky');
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.loadSave, 'autosave');
  });

  it('hands class events to the page without the IPC event, and stops listening when asked', () => {
    on.mockClear();
    const seen: unknown[] = [];
    const off = irb.onClassEvent((e) => seen.push(e));
    expect(on).toHaveBeenCalledOnce();
    const [channel, forward] = on.mock.calls[0] as [string, (event: unknown, data: unknown) => void];
    expect(channel).toBe(CLASS_EVENT_CHANNEL);
    forward({ sender: 'ipcRenderer itself' }, { kind: 'host-stopped' });
    expect(seen).toEqual([{ kind: 'host-stopped' }]);
    off();
    expect(removeListener).toHaveBeenCalledWith(CLASS_EVENT_CHANNEL, forward);
  });

  it('uses distinct, namespaced channels', () => {
    const channels = Object.values(IPC_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
    for (const c of channels) expect(c).toMatch(/^irb:[a-z-]+:[a-z-]+$/);
  });
});
