// The main side of the IPC contract: untrusted senders and bad arguments are refused before any work is
// done, and every outcome (including thrown errors) reaches the renderer as an IpcResult with a clear code.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClassDesktop } from '../../../app/main/class-desktop';
import { createIpcHandlers, type HandlerDeps } from '../../../app/main/ipc-handlers';
import { createSaveStore } from '../../../app/main/save-store';
import { isTrustedSender } from '../../../app/main/security/ipc-sender';
import { createSettingsStore } from '../../../app/main/settings-store';
import { IPC_CHANNELS } from '../../../app/shared/ipc';
import { DEFAULT_SETTINGS } from '../../../app/shared/settings';

const INDEX = 'file:///app/dist/renderer/index.html';
interface FakeEvent {
  senderFrame: { url: string; parent: unknown } | null;
}
const trusted: FakeEvent = { senderFrame: { url: INDEX, parent: null } };
const stranger: FakeEvent = { senderFrame: { url: 'https://example.com/', parent: null } };

/** Every class call recorded, so a refused call can be shown to have done nothing. */
function fakeClassDesktop(): ClassDesktop {
  return {
    startHost: vi.fn(async () => ({ code: 'K7Q-2MX', port: 4350, url: 'http://10.0.0.2:4350/?join=K7Q-2MX', addresses: ['10.0.0.2'], resumed: false })),
    command: vi.fn(() => ({ applied: true })),
    stopHost: vi.fn(async () => true),
    exportHost: vi.fn(async () => ({ saved: false as const })),
    savedClasses: vi.fn(() => []),
    discover: vi.fn(async () => []),
    join: vi.fn(() => true as const),
    submit: vi.fn(() => true),
    leave: vi.fn(() => true),
    hosting: vi.fn(() => false),
    dispose: vi.fn(async () => {}),
  };
}

let dir: string;
let deps: HandlerDeps<FakeEvent>;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'irb-ipc-'));
  deps = {
    isTrustedSender: (e) => isTrustedSender(e.senderFrame, INDEX),
    settings: createSettingsStore({ file: join(dir, 'settings.json') }),
    saves: createSaveStore(join(dir, 'saves')),
    exportFile: vi.fn(async () => ({ saved: false as const })),
    platformInfo: () => ({ isElectron: true, version: '0.1.0', electron: '41.7.1', platform: 'linux' }),
    classDesktop: fakeClassDesktop(),
    log: vi.fn(),
  };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('IPC handlers', () => {
  it('exist for every channel of the contract', () => {
    expect(Object.keys(createIpcHandlers(deps)).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('refuse every method to a sender that is not our page, touching nothing', async () => {
    const handlers = createIpcHandlers(deps);
    const calls: [keyof typeof handlers, unknown[]][] = [
      ['getSettings', []],
      ['setSettings', [{ language: 'en' }]],
      ['loadSave', ['autosave']],
      ['writeSave', ['autosave', '{}']],
      ['listSaves', []],
      ['quarantineSave', ['autosave']],
      ['exportFile', [{ kind: 'pdf', suggestedName: 'r' }]],
      ['getPlatformInfo', []],
      ['classHostStart', [{}]],
      ['classHostCommand', [{ cmd: 'open', round: 1 }]],
      ['classHostStop', []],
      ['classHostExport', ['session']],
      ['classHostSaved', []],
      ['classDiscover', ['K7Q-2MX']],
      ['classLinkJoin', [{ address: '127.0.0.1:4350', code: 'K7Q-2MX', nick: 'Mei', scenarioId: '2016-steel-coal' }]],
      ['classLinkSubmit', [{ choice: { trade: null } }]],
      ['classLinkLeave', []],
    ];
    expect(calls.map(([m]) => m).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const [method, args] of calls) {
      const result = await handlers[method](stranger, ...args);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const subframe = await handlers[method]({ senderFrame: { url: INDEX, parent: {} } }, ...args);
      expect(subframe, method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(deps.exportFile).not.toHaveBeenCalled();
    expect(await createSaveStore(join(dir, 'saves')).list()).toEqual([]);
  });

  it('refuse bad arguments with a message naming the problem', async () => {
    const handlers = createIpcHandlers(deps);
    const bad = await handlers.writeSave(trusted, '../settings', '{}');
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('writeSave') } });
    expect(await handlers.setSettings(trusted, { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await handlers.loadSave(trusted)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await handlers.getSettings(trusted, 'extra')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await handlers.exportFile(trusted, { kind: 'exe', suggestedName: 'x' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(deps.exportFile).not.toHaveBeenCalled();
  });

  it('serve settings and saves to our page', async () => {
    const handlers = createIpcHandlers(deps);
    expect(await handlers.getSettings(trusted)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(await handlers.setSettings(trusted, { language: 'zh-CN' })).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, language: 'zh-CN' } });
    expect(await handlers.loadSave(trusted, 'autosave')).toEqual({ ok: true, value: null });
    expect(await handlers.writeSave(trusted, 'autosave', '{"week":2}')).toMatchObject({ ok: true, value: { slot: 'autosave' } });
    expect(await handlers.loadSave(trusted, 'autosave')).toEqual({ ok: true, value: '{"week":2}' });
    expect(await handlers.listSaves(trusted)).toMatchObject({ ok: true, value: [{ slot: 'autosave' }] });
    expect(await handlers.quarantineSave(trusted, 'autosave')).toEqual({ ok: true, value: true });
    expect(await handlers.getPlatformInfo(trusted)).toMatchObject({ ok: true, value: { isElectron: true } });
  });

  it('report a corrupt save as save-corrupt, not as a crash', async () => {
    await mkdir(join(dir, 'saves'));
    await writeFile(join(dir, 'saves', 'autosave.json'), '{"cut off');
    const result = await createIpcHandlers(deps).loadSave(trusted, 'autosave');
    expect(result).toMatchObject({ ok: false, error: { code: 'save-corrupt', message: expect.stringContaining('corrupt-1') } });
  });

  it('pass the validated request and the event to the exporter', async () => {
    const result = await createIpcHandlers(deps).exportFile(trusted, { kind: 'json', suggestedName: 'r', data: '{}' });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(deps.exportFile).toHaveBeenCalledWith({ kind: 'json', suggestedName: 'r', data: '{}' }, trusted);
  });

  it('turn thrown errors into io-error or internal results and log them', async () => {
    const handlers = createIpcHandlers({
      ...deps,
      saves: { ...deps.saves, list: async () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) },
      platformInfo: () => {
        throw new TypeError('boom');
      },
    });
    expect(await handlers.listSaves(trusted)).toEqual({ ok: false, error: { code: 'io-error', message: 'EACCES: permission denied' } });
    expect(await handlers.getPlatformInfo(trusted)).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
    expect(deps.log).toHaveBeenCalledTimes(2);
  });
});
