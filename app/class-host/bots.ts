// Automatic students that play through the real protocol (class-bots): a network check for the teacher, seat
// fillers, and the load for tests and the bench. They count what a class must never lose: seats and acked choices.
import WebSocket from 'ws';
import { ClassClient } from '../shared/class-client';
import type { SocketLike } from '../shared/class-client';
import { LOCATION_IDS, TRADE_IDS } from '../shared/class-protocol';
import type { Choice } from '../shared/class-protocol';
import { deriveSeed } from '../sim/index';

export interface BotOptions {
  url: string;
  code: string;
  students: number;
  rounds: number;
  drop: number;
  seed: number;
  scenarioId: string;
  timeoutMs: number;
  /** Reconnect backoff cap (ms): bots retry sooner than people's apps so a test stays short. */
  maxBackoffMs?: number;
  /** Called on every acknowledgement with the round's count so far (tests kill or stop the host mid-round here). */
  onAck?: (round: number, acks: number) => void;
  log?: (s: string) => void;
}

export interface BotReport {
  seated: number;
  roundsResolved: number;
  lostSeats: number;
  lostChoices: number;
  tickP50Ms: number | null;
  tickP99Ms: number | null;
  complete: boolean;
}

/** Small seeded generator (mulberry32): bots must not depend on Math.random so a run can be repeated. */
export function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function wsUrlOf(url: string): string {
  const u = new URL(url);
  const proto = u.protocol === 'https:' || u.protocol === 'wss:' ? 'wss:' : 'ws:';
  return `${proto}//${u.host}/class`;
}

export function percentile(xs: number[], p: number): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! * 100) / 100;
}

export function runBots(o: BotOptions): Promise<BotReport> {
  const url = wsUrlOf(o.url);
  // on this machine the host's clock is ours: the close-to-delivery time needs no offset estimate
  const sameClock = ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  const log = o.log ?? (() => {});
  const latencies: number[] = [];
  let lostChoices = 0;
  const bots: Array<{ client: ClassClient; firstSeat: number | null; lost: boolean; seen: Set<number>; submitted: Set<number>; rng: () => number }> = [];
  const dropRound = Math.min(2, o.rounds);
  const order = [...Array(o.students).keys()];
  const shuffle = mulberry(deriveSeed(o.seed, 999));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(shuffle() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const droppers = new Set(order.slice(0, Math.min(o.drop, o.students)));
  const acks = new Map<number, number>();

  return new Promise((resolve) => {
    let finished = false;
    const finish = (complete: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(deadline);
      for (const b of bots) b.client.stop();
      const seated = bots.filter((b) => b.firstSeat !== null && !b.lost).length;
      let roundsResolved = 0;
      for (let r = 1; r <= o.rounds; r++) if (bots.every((b) => b.seen.has(r))) roundsResolved = r;
      resolve({
        seated, roundsResolved, lostSeats: bots.filter((b) => b.lost || b.firstSeat === null).length, lostChoices,
        tickP50Ms: percentile(latencies, 50), tickP99Ms: percentile(latencies, 99), complete,
      });
    };
    const deadline = setTimeout(() => finish(false), o.timeoutMs);
    const check = () => {
      if (bots.length === o.students && bots.every((b) => b.lost || [...Array(o.rounds).keys()].every((r) => b.seen.has(r + 1)))) finish(true);
    };

    for (let i = 0; i < o.students; i++) {
      const rng = mulberry(deriveSeed(o.seed, i));
      const bot = { client: null as unknown as ClassClient, firstSeat: null as number | null, lost: false, seen: new Set<number>(), submitted: new Set<number>(), rng };
      const choose = (): Choice => {
        if (rng() < 0.3) return { trade: null };
        return { trade: TRADE_IDS[Math.floor(rng() * TRADE_IDS.length)]!, location: LOCATION_IDS[Math.floor(rng() * LOCATION_IDS.length)]! };
      };
      const maybeSubmit = () => {
        const p = bot.client.phase;
        if (!p || p.phase !== 'open' || p.paused || p.mode !== 'live' || p.round > o.rounds || bot.submitted.has(p.round)) return;
        const round = p.round;
        bot.submitted.add(round);
        setTimeout(() => {
          const ok = bot.client.submit(choose(), rng() < 0.5 ? { entrants: Math.floor(rng() * 40), beatAverage: rng() < 0.5 } : undefined);
          if (!ok) {
            bot.submitted.delete(round);
            return;
          }
          if (round === dropRound && droppers.has(i)) {
            // mid-round drop: the choice may or may not have reached the host; the seat must come back either way
            bot.client.dropLink();
          }
        }, Math.floor(rng() * 50));
      };
      bot.client = new ClassClient({
        url, joinCode: o.code, nick: `bot ${i + 1}`, scenarioId: o.scenarioId, random: rng, now: Date.now, sameClock,
        open: (u) => new WebSocket(u, { perMessageDeflate: false }) as unknown as SocketLike, maxBackoffMs: o.maxBackoffMs ?? 3000,
      }, {
        welcome: (w) => {
          if (bot.firstSeat === null) bot.firstSeat = w.seat;
          else if (bot.firstSeat !== w.seat) {
            bot.lost = true;
            log(`bot ${i + 1}: seat ${bot.firstSeat} came back as ${w.seat}`);
          }
          maybeSubmit();
        },
        phase: () => maybeSubmit(),
        ack: (round) => {
          const n = (acks.get(round) ?? 0) + 1;
          acks.set(round, n);
          o.onAck?.(round, n);
        },
        tick: (t, mine, info) => {
          if (bot.seen.has(t.round)) return;
          bot.seen.add(t.round);
          if (!info.ok) log(`bot ${i + 1}: round ${t.round} check differs`);
          if (info.live && info.latencyMs !== null) latencies.push(info.latencyMs);
          const acked = bot.client.acked[t.round];
          if (acked && (!mine || mine.flag !== 'chosen' || mine.trade !== acked.choice.trade)) {
            lostChoices++;
            log(`bot ${i + 1}: acked choice for round ${t.round} came back as ${JSON.stringify(mine)}`);
          }
          check();
        },
        reject: (reason) => {
          if (['bad-code', 'locked', 'full', 'version', 'scenario', 'kicked', 'seat-in-use', 'ended', 'bad-nick', 'bad-frame', 'transferred'].includes(reason)) {
            bot.lost = true;
            log(`bot ${i + 1}: refused (${reason})`);
            check();
          }
        },
      });
      bots.push(bot);
      bot.client.start();
    }
  });
}
