// The teacher's dashboard links (app/renderer/class/teacher-link.ts): the desktop host over IPC (events in, commands,
// exports and stop through window.irb) and the command-line host's /teacher socket (view frames in, commands out,
// each export file from the session frame). Both give the dashboard the same view.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dashboardView } from '../../../app/class-host/reducer';
import { sessionFile } from '../../../app/shared/class-exports';
import type { ClassEvent, ClassHostInfo, IrbApi } from '../../../app/shared/ipc';
import { hostState } from './helpers';

const downloads: { name: string; text: string }[] = [];
vi.mock('../../../app/renderer/platform/download', () => ({ downloadText: (name: string, text: string) => downloads.push({ name, text }) }));

const view = dashboardView(hostState(), 'http://192.168.1.20:43210/?join=K7Q-2MX');
const info: ClassHostInfo = { code: 'K7Q-2MX', port: 43210, url: view.url!, addresses: ['192.168.1.20', '10.0.0.4'], resumed: false };

function events() {
  return { view: vi.fn(), lost: vi.fn(), stopped: vi.fn(), problem: vi.fn() };
}

describe('the desktop host over IPC', () => {
  let listener: ((e: ClassEvent) => void) | null = null;
  const off = vi.fn();
  let irb: IrbApi;
  beforeEach(() => {
    listener = null;
    off.mockClear();
    irb = {
      onClassEvent: vi.fn((fn: (e: ClassEvent) => void) => { listener = fn; return () => { off(); listener = null; }; }),
      classHostCommand: vi.fn(async () => ({ ok: true as const, value: { applied: true } })),
      classHostExport: vi.fn(async (kind: string) => (kind === 'rounds'
        ? { ok: true as const, value: { saved: false as const } }
        : kind === 'session' ? { ok: false as const, error: { code: 'io-error' as const, message: 'disk full' } } : { ok: true as const, value: { saved: true as const, path: '/x.csv' } })),
      classHostStop: vi.fn(async () => ({ ok: true as const, value: true })),
    } as unknown as IrbApi;
  });

  it('listens before hosting starts and hands the dashboard the view it missed', async () => {
    const { ipcTeacherLink } = await import('../../../app/renderer/class/teacher-link');
    let known: ClassHostInfo | null = null;
    const link = ipcTeacherLink(irb, () => known);
    expect(link.addresses()).toEqual([]);
    // main pushes the first view while classHostStart is still answering
    listener!({ kind: 'dashboard', view });
    known = info;
    const ev = events();
    link.start(ev);
    expect(ev.view).toHaveBeenCalledWith(view);
    listener!({ kind: 'link', event: { t: 'status', status: 'seated' } });
    expect(ev.view).toHaveBeenCalledTimes(1);
    listener!({ kind: 'host-stopped' });
    expect(ev.stopped).toHaveBeenCalledOnce();
    expect(link.addresses()).toEqual(['192.168.1.20:43210', '10.0.0.4:43210']);
    link.dispose();
    expect(off).toHaveBeenCalledOnce();
  });

  it('sends commands, reports a refused one, maps exports and stops', async () => {
    const { ipcTeacherLink } = await import('../../../app/renderer/class/teacher-link');
    const link = ipcTeacherLink(irb, () => info);
    const ev = events();
    link.start(ev);
    link.command({ cmd: 'open', round: 1 });
    expect(irb.classHostCommand).toHaveBeenCalledWith({ cmd: 'open', round: 1 });
    vi.mocked(irb.classHostCommand).mockResolvedValueOnce({ ok: false, error: { code: 'bad-request', message: 'no class is being hosted' } });
    link.command({ cmd: 'end' });
    await vi.waitFor(() => expect(ev.problem).toHaveBeenCalledWith('classdesk:dash.commandFailed'));
    expect(await link.exportFile('students')).toBe('saved');
    expect(await link.exportFile('rounds')).toBe('cancelled');
    expect(await link.exportFile('session')).toBe('failed');
    expect(await link.stop!()).toBe(true);
    expect(irb.classHostStop).toHaveBeenCalledOnce();
  });
});

describe("the command-line host's /teacher socket", () => {
  class FakeSocket {
    static OPEN = 1;
    static last: FakeSocket | null = null;
    readyState = 1;
    sent: string[] = [];
    onmessage: ((e: { data: string }) => void) | null = null;
    onclose: (() => void) | null = null;
    constructor(readonly url: string) { FakeSocket.last = this; }
    send(text: string) { this.sent.push(text); }
    close() { this.onclose?.(); }
  }
  beforeEach(() => {
    downloads.length = 0;
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal('location', { protocol: 'http:', host: '127.0.0.1:43210' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('opens the loopback socket with the token, passes views on, and says when the host is lost', async () => {
    const { wsTeacherLink } = await import('../../../app/renderer/class/teacher-link');
    const link = wsTeacherLink('a b');
    const ev = events();
    link.start(ev);
    const ws = FakeSocket.last!;
    expect(ws.url).toBe('ws://127.0.0.1:43210/teacher?token=a%20b');
    ws.onmessage!({ data: 'not json' });
    ws.onmessage!({ data: JSON.stringify({ t: 'view', view }) });
    expect(ev.view).toHaveBeenCalledWith(view);
    expect(link.addresses()).toEqual(['192.168.1.20:43210']);
    expect(link.stop).toBeNull();
    link.command({ cmd: 'lock', on: true });
    expect(JSON.parse(ws.sent.at(-1)!)).toEqual({ cmd: 'lock', on: true });
    ws.onclose!();
    expect(ev.lost).toHaveBeenCalledOnce();
  });

  it('downloads the one file asked for from the session the host sends', async () => {
    const { wsTeacherLink } = await import('../../../app/renderer/class/teacher-link');
    const link = wsTeacherLink('t');
    link.start(events());
    const ws = FakeSocket.last!;
    ws.onmessage!({ data: JSON.stringify({ t: 'view', view }) });
    const text = JSON.stringify(sessionFile(hostState()));
    for (const [kind, name] of [['students', 'students-K7Q2MX.csv'], ['rounds', 'rounds-K7Q2MX.csv'], ['session', 'class-session-K7Q2MX.json']] as const) {
      const done = link.exportFile(kind);
      expect(JSON.parse(ws.sent.at(-1)!)).toEqual({ cmd: 'session' });
      ws.onmessage!({ data: JSON.stringify({ t: 'session', text }) });
      expect(await done).toBe('saved');
      expect(downloads.at(-1)!.name).toBe(name);
    }
    expect(downloads[0]!.text.charCodeAt(0)).toBe(0xfeff);
    const bad = link.exportFile('rounds');
    ws.onmessage!({ data: JSON.stringify({ t: 'session', text: '{"kind":"something else"}' }) });
    expect(await bad).toBe('failed');
    expect(downloads).toHaveLength(3);
  });
});
