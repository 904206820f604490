// The renderer's class link in the desktop app: with window.irb present it talks to the student client in the main
// process over the preload (join, submit, leave, events), instead of opening a WebSocket from the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClassEvent, IrbApi } from '../../../app/shared/ipc';

let listener: ((e: ClassEvent) => void) | null;
let irb: Pick<IrbApi, 'onClassEvent' | 'classLinkJoin' | 'classLinkSubmit' | 'classLinkLeave'>;
const off = vi.fn();

beforeEach(() => {
  vi.resetModules();
  listener = null;
  off.mockClear();
  irb = {
    onClassEvent: vi.fn((fn: (e: ClassEvent) => void) => {
      listener = fn;
      return () => { off(); listener = null; };
    }),
    classLinkJoin: vi.fn(async () => ({ ok: true as const, value: true as const })),
    classLinkSubmit: vi.fn(async () => ({ ok: true as const, value: true })),
    classLinkLeave: vi.fn(async () => ({ ok: true as const, value: true })),
  };
  vi.stubGlobal('window', { irb });
  // a page of the desktop app, which has no class socket of its own
  vi.stubGlobal('location', { protocol: 'app:', host: 'game', search: '' });
  vi.stubGlobal('WebSocket', vi.fn(() => { throw new Error('the desktop page must not open sockets'); }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const link = (event: Extract<ClassEvent, { kind: 'link' }>['event']) => listener?.({ kind: 'link', event });

describe('class link in the desktop app', () => {
  it('joins through the preload and follows the events from main', async () => {
    const m = await import('../../../app/renderer/class/class-link');
    m.joinClass('k7q2mx', 'Mei', '2016-steel-coal', '192.168.1.20');
    expect(irb.classLinkJoin).toHaveBeenCalledWith({ address: '192.168.1.20', code: 'k7q2mx', nick: 'Mei', scenarioId: '2016-steel-coal' });
    expect(m.classLinkState()).toMatchObject({ code: 'K7Q-2MX', status: 'connecting' });
    link({ t: 'status', status: 'seated' });
    link({ t: 'phase', phase: { t: 'phase', round: 1, phase: 'open', paused: false, submitted: 0, total: 3, mode: 'live' } });
    expect(m.classLinkState()).toMatchObject({ status: 'seated', round: 1, phase: 'open', total: 3 });
    expect(m.submitClassChoice({ trade: 'noodleShop', location: 'mainStreet' })).toBe(true);
    expect(irb.classLinkSubmit).toHaveBeenCalledWith({ choice: { trade: 'noodleShop', location: 'mainStreet' } });
    link({ t: 'ack', round: 1, seq: 1 });
    expect(m.classLinkState()?.ackedRound).toBe(1);
    // events that are not the link's (the teacher's dashboard) are ignored here
    listener?.({ kind: 'host-stopped' });
    m.leaveClass();
    expect(irb.classLinkLeave).toHaveBeenCalled();
    expect(off).toHaveBeenCalled();
    expect(m.classLinkState()).toBeNull();
    expect(WebSocket).not.toHaveBeenCalled();
  });

  it('does not submit outside an open round, and shows a refusal from main', async () => {
    irb.classLinkJoin = vi.fn(async () => ({ ok: false as const, error: { code: 'bad-request' as const, message: 'the class host must be on a private, link-local or loopback address', reason: 'peer-not-allowed' as const } }));
    const m = await import('../../../app/renderer/class/class-link');
    m.joinClass('K7Q-2MX', 'Mei', '2016-steel-coal', '8.8.8.8');
    expect(m.submitClassChoice({ trade: null })).toBe(false);
    expect(irb.classLinkSubmit).not.toHaveBeenCalled();
    // its own reason, not the host's "no class with this code"
    await vi.waitFor(() => expect(m.classLinkState()?.refused).toBe('not-school-network'));
    expect(m.classLinkState()?.reject).toBeNull();
    m.leaveClass();
  });

  it('tells a malformed address apart from one off the school network', async () => {
    irb.classLinkJoin = vi.fn(async () => ({ ok: false as const, error: { code: 'bad-request' as const, message: 'classLinkJoin: argument 0.address: address must be an IP address' } }));
    const m = await import('../../../app/renderer/class/class-link');
    m.joinClass('K7Q-2MX', 'Mei', '2016-steel-coal', 'teacher.local');
    await vi.waitFor(() => expect(m.classLinkState()?.refused).toBe('bad-address'));
    m.leaveClass();
  });
});
