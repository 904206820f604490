// Class mode in the desktop app's main process (app/main/class-desktop.ts) and its IPC handlers: a real class host
// on 127.0.0.1 (ports 4350-4359), teacher commands reaching the reducer, hostile commands and public peers refused,
// and the desktop student client seated by a real host, playing a round through it. Electron itself is stood in for
// (keepAwake, the window's event channel, the save dialog), as in the other tests of app/main.
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClassDesktop, type ClassDesktop, type ClassDesktopDeps } from '../../../app/main/class-desktop';
import { createIpcHandlers, type HandlerDeps } from '../../../app/main/ipc-handlers';
import { createSaveStore } from '../../../app/main/save-store';
import { isTrustedSender } from '../../../app/main/security/ipc-sender';
import { createSettingsStore } from '../../../app/main/settings-store';
import { parseClassAddress } from '../../../app/main/validation';
import type { ClassEvent, ClassLinkEvent } from '../../../app/shared/ipc';

const INDEX = 'file:///app/dist/renderer/index.html';
interface FakeEvent {
  senderFrame: { url: string; parent: unknown } | null;
}
const trusted: FakeEvent = { senderFrame: { url: INDEX, parent: null } };
const stranger: FakeEvent = { senderFrame: { url: 'http://192.168.1.50:43210/', parent: null } };

let dir: string;
const running: ClassDesktop[] = [];

function desktop(name: string, extra: Partial<ClassDesktopDeps> = {}) {
  const events: ClassEvent[] = [];
  const keepAwake = { start: vi.fn(() => 7), stop: vi.fn() };
  const saveText = vi.fn(async (suggestedName: string, ext: 'json' | 'csv') => ({ saved: true as const, path: `/docs/${suggestedName}.${ext}` }));
  const d = createClassDesktop({
    dataDir: join(dir, name), webDir: null, emit: (e) => events.push(e), keepAwake, saveText,
    bind: '127.0.0.1', discovery: false, dashboardEveryMs: 0, ...extra,
  });
  running.push(d);
  return { d, events, keepAwake, saveText };
}

function handlersFor(classDesktop: ClassDesktop) {
  const deps: HandlerDeps<FakeEvent> = {
    isTrustedSender: (e) => isTrustedSender(e.senderFrame, INDEX),
    settings: createSettingsStore({ file: join(dir, 'settings.json') }),
    saves: createSaveStore(join(dir, 'saves')),
    exportFile: vi.fn(async () => ({ saved: false as const })),
    platformInfo: () => ({ isElectron: true, version: '0.1.0', electron: '41.7.1', platform: 'linux' }),
    classDesktop,
  };
  return createIpcHandlers(deps);
}

const lastView = (events: ClassEvent[]) => {
  const views = events.filter((e): e is Extract<ClassEvent, { kind: 'dashboard' }> => e.kind === 'dashboard');
  return views.at(-1)?.view;
};
const linkEvents = (events: ClassEvent[]): ClassLinkEvent[] =>
  events.flatMap((e) => (e.kind === 'link' ? [e.event] : []));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'irb-class-desktop-'));
});
afterEach(async () => {
  for (const d of running.splice(0)) await d.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('desktop class host (main process)', () => {
  it('starts on the asked port, keeps the computer awake, pushes the dashboard and stops cleanly', async () => {
    const { d, events, keepAwake } = desktop('teacher');
    const info = await d.startHost({ port: 4350, preset: 'short', code: 'k7q2mx' });
    expect(info).toMatchObject({ code: 'K7Q-2MX', port: 4350, addresses: ['127.0.0.1'], resumed: false });
    expect(info.url).toBe('http://127.0.0.1:4350/join.html?join=K7Q-2MX');
    expect(keepAwake.start).toHaveBeenCalledOnce();
    expect(lastView(events)).toMatchObject({ code: 'K7Q-2MX', phase: 'lobby', rounds: 6 });
    await expect(d.startHost({ port: 4351 })).rejects.toThrow(/already/);
    expect(await d.stopHost()).toBe(true);
    expect(keepAwake.stop).toHaveBeenCalledWith(7);
    expect(events.at(-1)).toEqual({ kind: 'host-stopped' });
    expect(d.hosting()).toBe(false);
    expect(await d.stopHost()).toBe(false);
    // the same code again resumes the class kept in the app's data folder
    const again = await d.startHost({ port: 4350, code: 'K7Q-2MX' });
    expect(again.resumed).toBe(true);
  });

  it('hands a teacher command from our page to the reducer, and saves exports through the dialog', async () => {
    const { d, events, saveText } = desktop('teacher');
    const ipc = handlersFor(d);
    expect(await ipc.classHostStart(trusted, { port: 4352, preset: 'short' })).toMatchObject({ ok: true, value: { port: 4352 } });
    expect(await ipc.classHostCommand(trusted, { cmd: 'open', round: 1 })).toEqual({ ok: true, value: { applied: true } });
    await vi.waitFor(() => expect(lastView(events)).toMatchObject({ round: 1, phase: 'open' }));
    // a command that makes no sense in this phase changes nothing
    expect(await ipc.classHostCommand(trusted, { cmd: 'open', round: 1 })).toEqual({ ok: true, value: { applied: false } });
    expect(await ipc.classHostExport(trusted, 'students')).toMatchObject({ ok: true, value: { saved: true } });
    expect(await ipc.classHostExport(trusted, 'session')).toMatchObject({ ok: true, value: { saved: true } });
    const [name, ext, text] = saveText.mock.calls[1] as unknown as [string, string, string];
    expect([name.startsWith('class-'), ext]).toEqual([true, 'json']);
    expect(JSON.parse(text)).toMatchObject({ scenarioId: '2016-steel-coal', seats: [] });
    expect(await ipc.classHostStop(trusted)).toEqual({ ok: true, value: true });
  });

  it('refuses hostile or malformed commands, and any command from a page that is not ours', async () => {
    const { d, events } = desktop('teacher');
    const ipc = handlersFor(d);
    await d.startHost({ port: 4353 });
    const before = lastView(events);
    for (const bad of [
      { cmd: 'open', round: 1, extra: 'x' },
      { cmd: 'exec', line: 'rm -rf /' },
      { cmd: 'kick', seat: -1 },
      { cmd: 'codeCounts', round: 1, counts: 'lots', classSize: 30 },
      '{"cmd":"end"}',
      null,
    ]) {
      expect(await ipc.classHostCommand(trusted, bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(await ipc.classHostCommand(trusted, { cmd: 'end' }, 'second argument')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    // a page served to the class network (or anything else) is not the teacher
    expect(await ipc.classHostCommand(stranger, { cmd: 'end' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipc.classHostStop(stranger)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // the module checks again by itself
    expect(() => d.command({ cmd: 'lock', on: 'yes' })).toThrow(/not a teacher command/);
    expect(lastView(events)).toEqual(before);
    expect(d.hosting()).toBe(true);
  });

  it('refuses a command or an export when no class is hosted', async () => {
    const { d } = desktop('teacher');
    const ipc = handlersFor(d);
    expect(await ipc.classHostCommand(trusted, { cmd: 'end' })).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/no class/) } });
    expect(await ipc.classHostExport(trusted, 'rounds')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('desktop student link (main process)', () => {
  it('takes only private, link-local or loopback IP addresses', async () => {
    expect(parseClassAddress('192.168.1.20')).toEqual({ host: '192.168.1.20', port: null });
    expect(parseClassAddress('10.0.0.5:43210')).toEqual({ host: '10.0.0.5', port: 43210 });
    expect(parseClassAddress('[fe80::1]:4350')).toEqual({ host: 'fe80::1', port: 4350 });
    expect(parseClassAddress('teacher.local')).toBeNull();
    expect(parseClassAddress('10.0.0.5:70000')).toBeNull();
    const { d, events } = desktop('student');
    const ipc = handlersFor(d);
    for (const address of ['8.8.8.8', '8.8.8.8:43210', '[2001:4860::8888]:4350', 'example.com', '172.32.0.1', '100.64.0.1', '']) {
      const r = await ipc.classLinkJoin(trusted, { address, code: 'K7Q-2MX', nick: 'Mei', scenarioId: '2016-steel-coal' });
      expect(r, address).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(() => d.join({ address: '1.1.1.1:4354', code: 'K7Q-2MX', nick: 'Mei', scenarioId: '2016-steel-coal' })).toThrow(/private/);
    expect(await ipc.classLinkJoin(trusted, { address: '10.0.0.5', code: 'nope', nick: 'Mei', scenarioId: 's' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(events).toEqual([]);
  });

  it('joins a real host on 127.0.0.1, keeps its seat, and plays a round through it', async () => {
    const teacher = desktop('teacher');
    const student = desktop('student');
    const host = await teacher.d.startHost({ port: 4355, preset: 'short' });
    const ipc = handlersFor(student.d);
    expect(await ipc.classLinkJoin(trusted, { address: `127.0.0.1:${host.port}`, code: host.code, nick: 'Mei', scenarioId: '2016-steel-coal' })).toEqual({ ok: true, value: true });
    await vi.waitFor(() => expect(linkEvents(student.events).some((e) => e.t === 'status' && e.status === 'seated')).toBe(true), { timeout: 10_000 });
    const welcome = linkEvents(student.events).find((e) => e.t === 'welcome');
    expect(welcome).toMatchObject({ welcome: { seat: 1, nick: 'Mei' } });
    // the seat is kept in the app's data folder, so a restarted app resumes it
    const seats = JSON.parse(await readFile(join(dir, 'student', 'seats.json'), 'utf8')) as Record<string, { seat: number }>;
    expect(Object.values(seats)).toEqual([expect.objectContaining({ seat: 1 })]);
    await vi.waitFor(() => expect(lastView(teacher.events)?.seats.map((s) => s.nick)).toEqual(['Mei']));

    teacher.d.command({ cmd: 'open', round: 1 });
    await vi.waitFor(() => expect(linkEvents(student.events).some((e) => e.t === 'phase' && e.phase.phase === 'open')).toBe(true), { timeout: 10_000 });
    expect(await ipc.classLinkSubmit(trusted, { choice: { trade: 'noodleShop', location: 'mainStreet' } })).toEqual({ ok: true, value: true });
    await vi.waitFor(() => expect(linkEvents(student.events).some((e) => e.t === 'ack' && e.round === 1)).toBe(true), { timeout: 10_000 });
    teacher.d.command({ cmd: 'close', round: 1 });
    await vi.waitFor(() => expect(linkEvents(student.events).some((e) => e.t === 'tick')).toBe(true), { timeout: 10_000 });
    const tick = linkEvents(student.events).find((e): e is Extract<ClassLinkEvent, { t: 'tick' }> => e.t === 'tick')!;
    expect(tick.tick.round).toBe(1);
    expect(tick.info.ok).toBe(true);
    expect(tick.mine).toMatchObject({ round: 1, trade: 'noodleShop' });

    expect(await ipc.classLinkLeave(trusted)).toEqual({ ok: true, value: true });
    expect(await ipc.classLinkLeave(trusted)).toEqual({ ok: true, value: false });
    expect(await ipc.classLinkSubmit(trusted, { choice: { trade: null } })).toEqual({ ok: true, value: false });
  });
});
