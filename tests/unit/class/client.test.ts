// The student client's promises: an unacknowledged choice is resent with the same seq after any reconnect, an
// acknowledged one is not, a refusal that reconnecting cannot fix stops it, and the seat is stored when issued.
import { describe, expect, it, vi, afterEach } from 'vitest';
import { ClassClient } from '../../../app/shared/class-client';
import type { SocketLike } from '../../../app/shared/class-client';
import { token } from './helpers';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  send(data: string) { this.sent.push(JSON.parse(data) as Record<string, unknown>); }
  close() { this.readyState = 3; this.onclose?.({}); }
  open() { this.readyState = 1; this.onopen?.({}); }
  push(f: object) { this.onmessage?.({ data: JSON.stringify(f) }); }
}

const welcome = (over: object = {}) => ({
  t: 'welcome', v: 1, seat: 3, token: token(3), nick: 'a', scenarioId: '2016-steel-coal', classSeed: 1, params: null, seatWeight: 0,
  round: 1, phase: 'open', paused: false, mode: 'live', rounds: 12, myChoices: [], history: [], checks: [], lastSeq: 0, now: 0, ...over,
});

afterEach(() => vi.useRealTimers());

function setup() {
  vi.useFakeTimers();
  const sockets: FakeSocket[] = [];
  const saved: unknown[] = [];
  const c = new ClassClient({
    url: 'ws://h/class', joinCode: 'K7Q-2MX', nick: 'a', scenarioId: '2016-steel-coal', random: () => 0.5, now: () => 0,
    open: () => { const s = new FakeSocket(); sockets.push(s); return s; }, saveSeat: (k) => saved.push(k),
  });
  c.start();
  return { c, sockets, saved };
}

describe('class client', () => {
  it('stores the seat and resumes with it', () => {
    const { c, sockets, saved } = setup();
    sockets[0]!.open();
    expect(sockets[0]!.sent[0]).toMatchObject({ t: 'hello', joinCode: 'K7Q-2MX' });
    expect(sockets[0]!.sent[0]!.resume).toBeUndefined();
    sockets[0]!.push(welcome());
    expect(saved).toEqual([{ seat: 3, token: token(3) }]);
    sockets[0]!.close();
    vi.advanceTimersByTime(20_000);
    sockets[1]!.open();
    expect(sockets[1]!.sent[0]).toMatchObject({ t: 'hello', resume: { seat: 3, token: token(3) } });
    c.stop();
  });

  it('resends an unacknowledged choice with the same seq after a drop, and not an acknowledged one', () => {
    const { c, sockets } = setup();
    sockets[0]!.open();
    sockets[0]!.push(welcome());
    expect(c.submit({ trade: 'noodleShop', location: 'mainStreet' })).toBe(true);
    const first = sockets[0]!.sent.find((f) => f.t === 'submit')!;
    sockets[0]!.close(); // the ack never came
    vi.advanceTimersByTime(20_000);
    sockets[1]!.open();
    sockets[1]!.push(welcome({ lastSeq: 0 }));
    const again = sockets[1]!.sent.find((f) => f.t === 'submit')!;
    expect(again.seq).toBe(first.seq);
    sockets[1]!.push({ t: 'ack', round: 1, seq: again.seq });
    expect(c.pending).toBeNull();
    sockets[1]!.close();
    vi.advanceTimersByTime(20_000);
    sockets[2]!.open();
    sockets[2]!.push(welcome({ lastSeq: again.seq }));
    expect(sockets[2]!.sent.filter((f) => f.t === 'submit')).toHaveLength(0);
    c.stop();
  });

  it('a choice the host stored before the drop counts as acknowledged on resync', () => {
    const { c, sockets } = setup();
    sockets[0]!.open();
    sockets[0]!.push(welcome());
    c.submit({ trade: null });
    sockets[0]!.close();
    vi.advanceTimersByTime(20_000);
    sockets[1]!.open();
    sockets[1]!.push(welcome({ lastSeq: 1 }));
    expect(c.pending).toBeNull();
    expect(c.acked[1]?.seq).toBe(1);
    c.stop();
  });

  it('stops for good on a refusal reconnecting cannot fix; a closed round only drops the pending choice', () => {
    const { c, sockets } = setup();
    sockets[0]!.open();
    sockets[0]!.push(welcome());
    c.submit({ trade: null });
    sockets[0]!.push({ t: 'reject', reason: 'stale-round' });
    expect(c.pending).toBeNull();
    expect(c.status).toBe('seated');
    sockets[0]!.push({ t: 'reject', reason: 'kicked' });
    expect(c.status).toBe('stopped');
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('backs off with jitter up to the cap', () => {
    const { c, sockets } = setup();
    for (let i = 0; i < 8; i++) {
      sockets[sockets.length - 1]!.close();
      vi.advanceTimersByTime(10_000); // the cap: every retry has happened by then
    }
    expect(sockets.length).toBe(9);
    c.stop();
  });
});
