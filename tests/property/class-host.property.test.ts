// Any interleaving of join, leave, submit, close, resume, kick, seat transfers (and host restarts) keeps the class
// whole: every round is resolved exactly once, nobody is counted twice, an acknowledged choice is what counts, a
// transferred seat's old token never seats anyone, and replaying the logged events gives the same state as living
// through them. Connection ids start again after each restart, as they do in a new host process.
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
  | { op: 'restart' }
  /** The teacher marks (or unmarks) the client's seat for transfer. */
  | { op: 'transfer'; c: number; on: boolean }
  /** The student moves to another machine: the old one (still holding the seat) stays behind as a ghost. */
  | { op: 'newMachine'; c: number }
  /** A ghost (an old machine) comes back with the token it kept. */
  | { op: 'ghost'; g: number };

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
  { weight: 2, arbitrary: fc.record({ op: fc.constant('transfer' as const), c, on: fc.boolean() }) },
  { weight: 2, arbitrary: c.map((x) => ({ op: 'newMachine' as const, c: x })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9 }).map((g) => ({ op: 'ghost' as const, g })) },
);

describe('class host interleavings', () => {
  it('resolves each round once, counts everyone once, keeps acked choices, replays exactly', () => {
    fc.assert(fc.property(fc.array(opArb, { minLength: 10, maxLength: 150, size: 'max' }), (ops) => check(ops)), { numRuns: 300 });
  }, 60_000);

  it('a transfer hands the seat to the new machine, and its old token is refused after a restart (example)', () => {
    check([{ op: 'join', c: 0 }, { op: 'open' }, { op: 'submit', c: 0, trade: 1 }, { op: 'transfer', c: 0, on: true }, { op: 'newMachine', c: 0 },
      { op: 'restart' }, { op: 'ghost', g: 0 }, { op: 'submit', c: 0, trade: 3 }, { op: 'close' }]);
  });

  it('a new socket reusing an old process\'s connection id is seated after a restart (regression)', () => {
    check([{ op: 'join', c: 0 }, { op: 'restart' }, { op: 'join', c: 1 }, { op: 'restart' }, { op: 'open' }, { op: 'close' }]);
  });

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
      type Cl = { conn: string | null; seat: { seat: number; token: string } | null; seq: number };
      const client: Cl[] = Array.from({ length: CLIENTS }, () => ({ conn: null, seat: null, seq: 0 }));
      const ghosts: (Cl & { c: number })[] = [];
      const revoked = new Set<string>();
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
          const gk = ghosts.findIndex((x) => x.conn === o.conn);
          if (gk >= 0) {
            if (o.frame.t === 'reject' && ['kicked', 'seat-in-use', 'transferred'].includes(o.frame.reason)) ghosts[gk]!.conn = null;
            if (o.frame.t === 'welcome') ghosts[gk]!.seat = { seat: o.frame.seat, token: o.frame.token };
            continue;
          }
          const k = client.findIndex((x) => x.conn === o.conn);
          if (k < 0) continue;
          if (o.frame.t === 'welcome') client[k]!.seat = { seat: o.frame.seat, token: o.frame.token };
          if (o.frame.t === 'ack') {
            const seat = r.state.seats.find((x) => x.conn === o.conn)!;
            acked.set(`${seat.seat}:${o.frame.round}`, seat.pending[o.frame.round] ? (seat.pending[o.frame.round]!.trade === null ? null : TRADE_IDS.indexOf(seat.pending[o.frame.round]!.trade!)) : null);
          }
          if (o.frame.t === 'reject' && ['kicked', 'seat-in-use', 'transferred'].includes(o.frame.reason)) client[k]!.conn = null;
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
            // crash: rebuild from the log alone, every socket gone; the new process logs its restart and numbers
            // its connections from the start again
            let r = start;
            for (const ev of logged) r = reduce(r, ev).state;
            expect(durableState(r)).toEqual(durableState(s));
            const restart: HostEvent = { e: 'restart', at: 0 };
            s = reduce(r, restart).state;
            logged.push(restart);
            for (const cl of [...client, ...ghosts]) cl.conn = null;
            connN = 0;
            break;
          }
          case 'transfer': if (client[op.c]!.seat) apply({ e: 'command', at: 0, command: { cmd: 'transfer', seat: client[op.c]!.seat!.seat, on: op.on } }); break;
          case 'newMachine': {
            const cl = client[op.c]!;
            if (!cl.seat) break;
            const before = s.seats.length;
            const marked = s.seats.find((x) => x.seat === cl.seat!.seat)!.transfer === true && !s.seats.find((x) => x.seat === cl.seat!.seat)!.kicked;
            const markedSeat = cl.seat.seat;
            ghosts.push({ ...cl, c: op.c });
            if (ghosts.length > 10) ghosts.shift();
            const oldToken = cl.seat.token;
            cl.conn = `k${connN++}`;
            cl.seat = null;
            cl.seq = 0;
            apply({ e: 'hello', conn: cl.conn, token: (tokenN++).toString(16).padStart(32, '0'), at: 0, frame: {
              t: 'hello', v: 1, appVersion: APP_VERSION, scenarioHash: scenarioHash('2016-steel-coal'), joinCode: 'K7Q2MX', nick: `N${op.c}`,
            } });
            if (marked && cl.seat) {
              // the marked seat moved: no new seat, the same seat number, the old token revoked
              expect(s.seats.length).toBe(before);
              expect((cl.seat as { seat: number }).seat).toBe(markedSeat);
              revoked.add(oldToken);
            }
            break;
          }
          case 'ghost': {
            const g = ghosts[op.g];
            if (!g || g.conn || !g.seat) break;
            const before = s.seats.length;
            const wasRevoked = revoked.has(g.seat.token);
            g.conn = `k${connN++}`;
            apply({ e: 'hello', conn: g.conn, token: (tokenN++).toString(16).padStart(32, '0'), at: 0, frame: {
              t: 'hello', v: 1, appVersion: APP_VERSION, scenarioHash: scenarioHash('2016-steel-coal'), joinCode: 'K7Q2MX', nick: `n${g.c}`, resume: g.seat,
            } });
            if (wasRevoked) {
              // an old machine never gets a seat back, nor a new one
              expect(g.conn).toBeNull();
              expect(s.seats.length).toBe(before);
            }
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
      // a revoked token belongs to no seat, and no socket sits on two seats
      for (const tk of revoked) expect(s.seats.some((x) => x.token === tk)).toBe(false);
      const conns = s.seats.map((x) => x.conn).filter((x) => x !== null);
      expect(new Set(conns).size).toBe(conns.length);
      // replay of the whole log = live
      let replay = start;
      for (const ev of logged) replay = reduce(replay, ev).state;
      expect(durableState(replay)).toEqual(durableState(s));
      expect(s.history.length).toBeGreaterThanOrEqual(ops.some((o) => o.op === 'close') && ops[0]?.op === 'join' && ops[1]?.op === 'open' ? 1 : 0);
    }
  }
}
