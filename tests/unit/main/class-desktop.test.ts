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

describe('classes hosted before, and finding a host by code', () => {
  it('lists the state folders with code, rounds played and last change, and resumes one on its port with its seats', async () => {
    const { d, events } = desktop('teacher');
    const ipc = handlersFor(d);
    expect(await ipc.classHostSaved(trusted)).toEqual({ ok: true, value: [] });
    await d.startHost({ port: 4357, preset: 'short', code: 'K7Q-2MX' });
    // a seat taken through the real protocol, then a round played
    const student = desktop('student');
    student.d.join({ address: '127.0.0.1:4357', code: 'K7Q-2MX', nick: 'Mei', scenarioId: '2016-steel-coal' });
    await vi.waitFor(() => expect(lastView(events)?.seats.length).toBe(1));
    d.command({ cmd: 'open', round: 1 });
    d.command({ cmd: 'close', round: 1 });
    await vi.waitFor(() => expect(lastView(events)).toMatchObject({ phase: 'resolved', round: 1 }));
    const running = d.savedClasses();
    expect(running).toEqual([expect.objectContaining({ code: 'K7Q-2MX', scenarioId: '2016-steel-coal', roundsPlayed: 1, rounds: 6, seats: 1, port: 4357, ended: false, running: true })]);
    expect(Date.parse(running[0]!.lastChange)).toBeGreaterThan(Date.now() - 60_000);
    // asking for the class being hosted again gives its dashboard, not an error
    expect(await d.startHost({ code: 'k7q-2mx' })).toMatchObject({ code: 'K7Q-2MX', port: 4357, resumed: true });
    student.d.leave();
    await d.stopHost();
    // not running any more; a resume without a port takes the class's last port, the seat and the round
    expect(d.savedClasses()[0]).toMatchObject({ code: 'K7Q-2MX', running: false, roundsPlayed: 1 });
    const again = await d.startHost({ code: 'K7Q-2MX' });
    expect(again).toMatchObject({ code: 'K7Q-2MX', port: 4357, resumed: true });
    expect(lastView(events)).toMatchObject({ round: 1, phase: 'resolved', seats: [expect.objectContaining({ nick: 'Mei' })] });
  });

  it('skips folders that are not classes and survives unreadable ones', async () => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    const { d } = desktop('teacher');
    const classes = join(dir, 'teacher', 'classes');
    await mkdir(join(classes, 'NOTACODE'), { recursive: true });
    await mkdir(join(classes, 'K7Q2MX'), { recursive: true });
    await writeFile(join(classes, 'K7Q2MX', 'snapshot.json'), '{ torn');
    await writeFile(join(classes, 'ABCDEF'), 'a file, not a folder');
    expect(d.savedClasses()).toEqual([]);
  });

  it('finds a host by code and keeps only school-network peers; refuses a malformed code', async () => {
    const find = vi.fn(async () => [
      { address: '192.168.1.20', port: 43210, via: 'mdns' as const },
      { address: '8.8.8.8', port: 43210, via: 'broadcast' as const },
      { address: '10.0.0.7', port: 99999, via: 'broadcast' as const },
    ]);
    const { d } = desktop('student', { find });
    const ipc = handlersFor(d);
    expect(await ipc.classDiscover(trusted, 'k7q 2mx')).toEqual({ ok: true, value: [{ address: '192.168.1.20', port: 43210, via: 'mdns' }] });
    expect(find).toHaveBeenCalledWith('K7Q-2MX');
    expect(await ipc.classDiscover(trusted, 'nope')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await ipc.classDiscover(trusted)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await ipc.classDiscover(stranger, 'K7Q-2MX')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('runs the real discovery for the given time and finds nothing where no class is advertised', async () => {
    const { d } = desktop('student', { discoverMs: 300 });
    expect(await d.discover('ZZZ-ZZZ')).toEqual([]);
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
    // a public address is refused with its own reason (the page says so in its words); a malformed one is not
    for (const address of ['8.8.8.8', '[2001:4860::8888]:4350', '172.32.0.1']) {
      const r = await ipc.classLinkJoin(trusted, { address, code: 'K7Q-2MX', nick: 'Mei', scenarioId: '2016-steel-coal' });
      expect(r, address).toMatchObject({ ok: false, error: { reason: 'peer-not-allowed' } });
    }
    for (const address of ['example.com', '', '10.0.0.5:70000']) {
      const r = await ipc.classLinkJoin(trusted, { address, code: 'K7Q-2MX', nick: 'Mei', scenarioId: '2016-steel-coal' });
      expect(r, address).not.toHaveProperty('error.reason');
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

  it('forgets its stored seat when the teacher transfers it to another computer', async () => {
    const teacher = desktop('teacher');
    const first = desktop('first');
    const second = desktop('second');
    const host = await teacher.d.startHost({ port: 4358, preset: 'short' });
    const request = { address: `127.0.0.1:${host.port}`, code: host.code, nick: 'Mei', scenarioId: '2016-steel-coal' };
    first.d.join(request);
    await vi.waitFor(() => expect(linkEvents(first.events).some((e) => e.t === 'welcome')).toBe(true), { timeout: 10_000 });
    const seatsFile = join(dir, 'first', 'seats.json');
    expect(Object.keys(JSON.parse(await readFile(seatsFile, 'utf8')) as object)).toHaveLength(1);

    teacher.d.command({ cmd: 'transfer', seat: 1, on: true });
    second.d.join(request);
    await vi.waitFor(() => expect(linkEvents(second.events).find((e) => e.t === 'welcome')).toMatchObject({ welcome: { seat: 1 } }), { timeout: 10_000 });
    await vi.waitFor(() => expect(linkEvents(first.events).some((e) => e.t === 'reject' && e.reason === 'transferred')).toBe(true), { timeout: 10_000 });
    // the revoked key is gone from the first computer, so it will not keep offering it
    expect(JSON.parse(await readFile(seatsFile, 'utf8'))).toEqual({});
  });
});
