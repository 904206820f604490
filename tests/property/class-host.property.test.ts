// Any interleaving of join, leave, submit, close, resume, kick (and host restarts) keeps the class whole: every
// round is resolved exactly once, nobody is counted twice, an acknowledged choice is what counts, and replaying the
// logged events gives the same state as living through them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { durableState, initialState, reduce } from '../../app/class-host/reducer';
import type { HostEvent, HostState } from '../../app/class-host/reducer';
import { APP_VERSION, TRADE_IDS, scenarioHash } from '../../app/shared/class-protocol';

const CLIENTS = 6;
type Op =
  | { op: 'join'; c: number }
  | { op: 'drop'; c: number }
  | { op: 'leave'; c: number }
  | { op: 'submit'; c: number; trade: number }
  | { op: 'open' }
  | { op: 'close' }
  | { op: 'kick'; c: number }
  | { op: 'autopilot'; c: number }
  | { op: 'pause' }
  | { op: 'restart' };

const c = fc.integer({ min: 0, max: CLIENTS - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: c.map((x) => ({ op: 'join' as const, c: x })) },
  { weight: 2, arbitrary: c.map((x) => ({ op: 'drop' as const, c: x })) },
  { weight: 1, arbitrary: c.map((x) => ({ op: 'leave' as const, c: x })) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('submit' as const), c, trade: fc.integer({ min: -1, max: 8 }) }) },
  { weight: 2, arbitrary: fc.constant({ op: 'open' as const }) },
  { weight: 2, arbitrary: fc.constant({ op: 'close' as const }) },
  { weight: 1, arbitrary: c.map((x) => ({ op: 'kick' as const, c: x })) },
  { weight: 1, arbitrary: c.map((x) => ({ op: 'autopilot' as const, c: x })) },
  { weight: 1, arbitrary: fc.constant({ op: 'pause' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'restart' as const }) },
);

describe('class host interleavings', () => {
  it('resolves each round once, counts everyone once, keeps acked choices, replays exactly', () => {
    fc.assert(fc.property(fc.array(opArb, { minLength: 10, maxLength: 150, size: 'max' }), (ops) => check(ops)), { numRuns: 300 });
  }, 60_000);

  it('catches a log that forgets who submitted after a resume (regression)', () => {
    check([{ op: 'join', c: 0 }, { op: 'open' }, { op: 'drop', c: 0 }, { op: 'join', c: 0 }, { op: 'submit', c: 0, trade: 2 }, { op: 'restart' }, { op: 'close' }]);
  });
});

function check(ops: Op[]): void {
  {
    {
      const start = initialState({ code: 'K7Q-2MX', classSeed: 9, scenarioId: '2016-steel-coal', appVersion: APP_VERSION, monthsPerRound: 3, rounds: 24, maxSeats: 64, autoRounds: false });
      let s: HostState = start;
      const logged: HostEvent[] = [];
      const client = Array.from({ length: CLIENTS }, () => ({ conn: null as string | null, seat: null as { seat: number; token: string } | null, seq: 0 }));
      const resolvedRounds: number[] = [];
      // last acked choice per (seat, round)
      const acked = new Map<string, number | null>();
      let connN = 0;
      let tokenN = 0;
      let paused = false;
      const apply = (ev: HostEvent) => {
        const r = reduce(s, ev);
        if (r.durable) logged.push(r.log ?? ev);
        if (r.resolved) resolvedRounds.push(r.resolved.round);
        for (const o of r.outbox) {
          if (o.kind !== 'send') continue;
          const k = client.findIndex((x) => x.conn === o.conn);
          if (k < 0) continue;
          if (o.frame.t === 'welcome') client[k]!.seat = { seat: o.frame.seat, token: o.frame.token };
          if (o.frame.t === 'ack') {
            const seat = r.state.seats.find((x) => x.conn === o.conn)!;
            acked.set(`${seat.seat}:${o.frame.round}`, seat.pending[o.frame.round] ? (seat.pending[o.frame.round]!.trade === null ? null : TRADE_IDS.indexOf(seat.pending[o.frame.round]!.trade!)) : null);
          }
          if (o.frame.t === 'reject' && ['kicked', 'seat-in-use'].includes(o.frame.reason)) client[k]!.conn = null;
        }
        s = r.state;
      };
      for (const op of ops) {
        switch (op.op) {
          case 'join': {
            const cl = client[op.c]!;
            if (cl.conn) break;
            cl.conn = `k${connN++}`;
            apply({ e: 'hello', conn: cl.conn, token: (tokenN++).toString(16).padStart(32, '0'), at: 0, frame: {
              t: 'hello', v: 1, appVersion: APP_VERSION, scenarioHash: scenarioHash('2016-steel-coal'), joinCode: 'K7Q2MX', nick: `n${op.c}`, ...(cl.seat ? { resume: cl.seat } : {}),
            } });
            break;
          }
          case 'drop':
          case 'leave': {
            const cl = client[op.c]!;
            if (!cl.conn) break;
            apply({ e: op.op === 'drop' ? 'disconnect' : 'leave', conn: cl.conn, at: 0 });
            cl.conn = null;
            break;
          }
          case 'submit': {
            const cl = client[op.c]!;
            if (!cl.conn || s.round < 1) break;
            apply({ e: 'submit', conn: cl.conn, at: 0, frame: { t: 'submit', round: s.round, seq: ++cl.seq, choice: op.trade < 0 ? { trade: null } : { trade: TRADE_IDS[op.trade]!, location: 'mainStreet' } } });
            break;
          }
          case 'open': apply({ e: 'command', at: 0, command: { cmd: 'open', round: s.phase === 'lobby' ? 1 : s.round + 1 } }); break;
          case 'close': apply({ e: 'command', at: 0, command: { cmd: 'close', round: Math.max(1, s.round) } }); break;
          case 'kick': if (client[op.c]!.seat) apply({ e: 'command', at: 0, command: { cmd: 'kick', seat: client[op.c]!.seat!.seat } }); break;
          case 'autopilot': if (client[op.c]!.seat) apply({ e: 'command', at: 0, command: { cmd: 'autopilot', seat: client[op.c]!.seat!.seat, on: true } }); break;
          case 'pause': paused = !paused; apply({ e: 'command', at: 0, command: { cmd: 'pause', on: paused } }); break;
          case 'restart': {
            // crash: rebuild from the log alone, every socket gone
            let r = start;
            for (const ev of logged) r = reduce(r, ev).state;
            expect(durableState(r)).toEqual(durableState(s));
            s = reduce(r, { e: 'restart', at: 0 }).state;
            for (const cl of client) cl.conn = null;
            break;
          }
        }
      }
      // each round resolved exactly once, in order
      expect(resolvedRounds).toEqual(resolvedRounds.map((_, i) => i + 1));
      expect(s.history).toHaveLength(resolvedRounds.length);
      // one record per seat per resolved round; counts = the seats that held a trade
      for (const x of s.seats) expect(x.rounds).toHaveLength(s.history.length);
      s.history.forEach((counts, i) => {
        const held = new Array(9).fill(0);
        for (const x of s.seats) {
          const rec = x.rounds[i]!;
          if (rec.flag !== 'absent' && rec.trade !== null) held[TRADE_IDS.indexOf(rec.trade)]++;
        }
        expect(counts).toEqual(held);
      });
      // an acknowledged choice is the one that counted (unless the teacher kicked the seat)
      for (const [key, trade] of acked) {
        const [seatNo, round] = key.split(':').map(Number) as [number, number];
        const x = s.seats.find((y) => y.seat === seatNo)!;
        const rec = x.rounds[round - 1];
        if (!rec || rec.flag === 'absent') continue;
        expect(rec.flag).toBe('chosen');
        expect(rec.trade === null ? null : TRADE_IDS.indexOf(rec.trade)).toBe(trade);
      }
      // seats are unique and no client holds two
      expect(new Set(s.seats.map((x) => x.seat)).size).toBe(s.seats.length);
      expect(new Set(s.seats.map((x) => x.token)).size).toBe(s.seats.length);
      // replay of the whole log = live
      let replay = start;
      for (const ev of logged) replay = reduce(replay, ev).state;
      expect(durableState(replay)).toEqual(durableState(s));
      expect(s.history.length).toBeGreaterThanOrEqual(ops.some((o) => o.op === 'close') && ops[0]?.op === 'join' && ops[1]?.op === 'open' ? 1 : 0);
    }
  }
}
