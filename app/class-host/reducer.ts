// The class host's whole logic as a pure function (state, event) -> {state, outbox}: no sockets, timers or disk,
// so the event log replays it exactly and property tests can drive it. The transport around it does the I/O.
import { CLASS_TRADES, autopilotTrade, countChoices, listBusinesses, resolveClassHistory, resolveClassMarket } from '../sim/index';

const STALL_TRADES = new Set(listBusinesses().filter((b) => b.stallAllowed).map((b) => b.id));
import type { ClassMarketParams, ClassTick } from '../sim/index';
import { MAX_ROUNDS, PROTOCOL_VERSION, TRADE_IDS, cleanNick, nickKey, scenarioHash } from '../shared/class-protocol';
import type {
  ClientFrame, HostCommand, Phase, RejectReason, RoundChoice, ServerFrame, TradeId, LocationChoice,
} from '../shared/class-protocol';
import { normaliseJoinCode } from '../shared/market-code';
import type { DashboardView, SeatStatus } from '../shared/class-dashboard';

export interface SeatChoice {
  trade: TradeId | null;
  location: LocationChoice | null;
  seq: number;
  predict?: { entrants: number; beatAverage: boolean } | undefined;
}

export interface Seat {
  seat: number;
  token: string;
  nick: string;
  /** The first round this seat can take part in (late joiners: earlier rounds are `absent`). */
  joinedRound: number;
  kicked: boolean;
  autopilot: boolean;
  /**
   * The teacher has marked this seat for transfer: the next join without a seat whose nickname matches takes it
   * (same student, other machine or browser). Absent in states written before transfers existed.
   */
  transfer?: boolean;
  /** Tokens this seat held before a transfer: a machine still holding one is told the seat moved. */
  revoked?: string[];
  /** Submitted choices of rounds still open (by round). */
  pending: Record<number, SeatChoice>;
  /** What the seat did in each resolved round (index = round - 1; absent rounds before joining included). */
  rounds: RoundChoice[];
  /** Predictions the seat made, by round. */
  predictions: Record<number, { entrants: number; beatAverage: boolean }>;
  /** Not durable: live connection and when it was last lost (ms, from the events). */
  conn: string | null;
  offlineSince: number | null;
}

export interface HostConfig {
  code: string;
  classSeed: number;
  scenarioId: string;
  appVersion: string;
  monthsPerRound: number;
  rounds: number;
  maxSeats: number;
  autoRounds: boolean;
}

export interface HostState {
  config: HostConfig;
  params: ClassMarketParams | null;
  round: number;
  phase: Phase;
  paused: boolean;
  locked: boolean;
  mode: 'live' | 'code';
  seats: Seat[];
  /** Class counts per resolved round, and each round's check. */
  history: number[][];
  checks: string[];
  /** Round -> 'live' | 'code': where the counts came from. */
  sources: ('live' | 'code')[];
}

export type HostEvent =
  | { e: 'hello'; conn: string; frame: Extract<ClientFrame, { t: 'hello' }>; token: string; at: number }
  | { e: 'submit'; conn: string; frame: Extract<ClientFrame, { t: 'submit' }>; at: number }
  /** A submit as the log keeps it: by seat, since connections do not survive a restart. */
  | { e: 'seatSubmit'; seat: number; frame: Extract<ClientFrame, { t: 'submit' }>; at: number }
  | { e: 'leave'; conn: string; at: number }
  | { e: 'disconnect'; conn: string; at: number }
  | { e: 'command'; command: HostCommand; at: number }
  /** After a restart: no connection survives. */
  | { e: 'restart'; at: number };

export type Outbox = Array<
  | { kind: 'send'; conn: string; frame: ServerFrame }
  | { kind: 'broadcast'; frame: ServerFrame }
  | { kind: 'close'; conn: string; code: number }
>;

export interface ReduceResult {
  state: HostState;
  outbox: Outbox;
  /** The event changed what must survive a crash: the transport logs it (and fsyncs) before sending the outbox. */
  durable: boolean;
  /** What to write to the log when durable, if not the event itself (a submit is logged by seat). */
  log?: HostEvent;
  /** A round resolved by this event (for dashboards and timing). */
  resolved?: ClassTick;
}

export function initialState(config: HostConfig): HostState {
  return {
    config: { ...config, rounds: Math.min(MAX_ROUNDS, Math.max(1, config.rounds)) },
    params: null, round: 0, phase: 'lobby', paused: false, locked: false, mode: 'live', seats: [], history: [], checks: [], sources: [],
  };
}

function clone(s: HostState): HostState {
  return {
    ...s,
    params: s.params ? { ...s.params } : null,
    seats: s.seats.map((x) => ({
      ...x, pending: { ...x.pending }, rounds: [...x.rounds], predictions: { ...x.predictions }, ...(x.revoked ? { revoked: [...x.revoked] } : {}),
    })),
    history: [...s.history],
    checks: [...s.checks],
    sources: [...s.sources],
  };
}

const activeSeats = (s: HostState) => s.seats.filter((x) => !x.kicked);

export function submittedCount(s: HostState): number {
  if (s.phase !== 'open') return 0;
  return activeSeats(s).filter((x) => x.pending[s.round] !== undefined).length;
}

export function phaseFrame(s: HostState): ServerFrame {
  return { t: 'phase', round: s.round, phase: s.phase, paused: s.paused, submitted: submittedCount(s), total: activeSeats(s).length, mode: s.mode };
}

function welcome(s: HostState, seat: Seat, now: number): ServerFrame {
  const pending = s.phase === 'open' ? seat.pending[s.round] : undefined;
  return {
    t: 'welcome', v: PROTOCOL_VERSION, seat: seat.seat, token: seat.token, nick: seat.nick, scenarioId: s.config.scenarioId, classSeed: s.config.classSeed,
    params: s.params, seatWeight: s.params ? resolveClassMarket(s.params, s.config.classSeed, [CLASS_TRADES.map(() => 0)]).seatWeight : 0, round: s.round, phase: s.phase,
    paused: s.paused, mode: s.mode, rounds: s.config.rounds, myChoices: seat.rounds.slice(-MAX_ROUNDS), history: s.history, checks: s.checks,
    lastSeq: pending?.seq ?? 0, now,
  };
}

function reject(conn: string, reason: RejectReason, extra: Partial<{ hostVersion: string; hostScenario: string }> = {}, close = true): Outbox {
  const out: Outbox = [{ kind: 'send', conn, frame: { t: 'reject', reason, ...extra } }];
  if (close) out.push({ kind: 'close', conn, code: 4000 });
  return out;
}

function dedupeNick(s: HostState, nick: string): string {
  const taken = new Set(s.seats.map((x) => nickKey(x.nick)));
  if (!taken.has(nickKey(nick))) return nick;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const base = [...nick].slice(0, 16 - suffix.length).join('');
    const cand = base + suffix;
    if (!taken.has(nickKey(cand))) return cand;
  }
}

function seatOfConn(s: HostState, conn: string): Seat | undefined {
  return s.seats.find((x) => x.conn === conn);
}

export function reduce(state: HostState, ev: HostEvent): ReduceResult {
  switch (ev.e) {
    case 'hello': return onHello(state, ev);
    case 'submit':
    case 'seatSubmit': return onSubmit(state, ev);
    case 'leave':
    case 'disconnect': {
      const seat = seatOfConn(state, ev.conn);
      if (!seat) return { state, outbox: ev.e === 'leave' ? [{ kind: 'close', conn: ev.conn, code: 1000 }] : [], durable: false };
      const s = clone(state);
      const x = s.seats.find((y) => y.seat === seat.seat)!;
      x.conn = null;
      x.offlineSince = ev.at;
      return { state: s, outbox: ev.e === 'leave' ? [{ kind: 'close', conn: ev.conn, code: 1000 }] : [], durable: false };
    }
    case 'restart': {
      const s = clone(state);
      for (const x of s.seats) {
        x.conn = null;
        x.offlineSince = ev.at;
      }
      return { state: s, outbox: [], durable: false };
    }
    case 'command': return onCommand(state, ev.command, ev.at);
  }
}

function onHello(state: HostState, ev: Extract<HostEvent, { e: 'hello' }>): ReduceResult {
  const f = ev.frame;
  const cfg = state.config;
  if (f.v !== PROTOCOL_VERSION || f.appVersion !== cfg.appVersion) return { state, outbox: reject(ev.conn, 'version', { hostVersion: `${cfg.appVersion}/p${PROTOCOL_VERSION}` }), durable: false };
  if (f.scenarioHash !== scenarioHash(cfg.scenarioId)) return { state, outbox: reject(ev.conn, 'scenario', { hostScenario: scenarioHash(cfg.scenarioId) }), durable: false };
  if (normaliseJoinCode(f.joinCode) !== normaliseJoinCode(cfg.code)) return { state, outbox: reject(ev.conn, 'bad-code'), durable: false };
  if (seatOfConn(state, ev.conn)) return { state, outbox: [], durable: false }; // a second hello on one socket changes nothing
  const known = f.resume ? state.seats.find((x) => x.seat === f.resume!.seat && x.token === f.resume!.token) : undefined;
  if (known) {
    if (known.kicked) return { state, outbox: reject(ev.conn, 'kicked'), durable: false };
    // The newest connection holding the token is the seat: after a Wi-Fi drop the old socket may linger half-open.
    const s = clone(state);
    const x = s.seats.find((y) => y.seat === known.seat)!;
    const outbox: Outbox = [];
    if (x.conn !== null) outbox.push(...reject(x.conn, 'seat-in-use'));
    x.conn = ev.conn;
    x.offlineSince = null;
    // autopilot hands the seat back when its student returns (logged: it changes what the next close does)
    const handBack = x.autopilot;
    x.autopilot = false;
    outbox.push({ kind: 'send', conn: ev.conn, frame: welcome(s, x, ev.at) }, { kind: 'broadcast', frame: phaseFrame(s) });
    return { state: s, outbox, durable: handBack };
  }
  // a machine still holding a token the teacher moved to another machine: told so, never seated anew
  if (f.resume && state.seats.some((x) => x.seat === f.resume!.seat && x.revoked?.includes(f.resume!.token))) {
    return { state, outbox: reject(ev.conn, 'transferred'), durable: false };
  }
  const heir = transferTarget(state, f.nick);
  if (heir) return takeOver(state, heir, ev);
  if (state.phase === 'ended') return { state, outbox: reject(ev.conn, 'ended'), durable: false };
  if (state.locked) return { state, outbox: reject(ev.conn, 'locked'), durable: false };
  if (activeSeats(state).length >= cfg.maxSeats) return { state, outbox: reject(ev.conn, 'full'), durable: false };
  const nick = cleanNick(f.nick);
  if (nick === null) return { state, outbox: reject(ev.conn, 'bad-nick'), durable: false };
  const s = clone(state);
  const number = s.seats.reduce((m, x) => Math.max(m, x.seat), 0) + 1;
  const joinedRound = s.phase === 'open' || s.phase === 'lobby' ? Math.max(1, s.round) : s.round + 1;
  const rounds: RoundChoice[] = [];
  for (let r = 1; r <= s.history.length; r++) rounds.push({ round: r, trade: null, location: null, flag: 'absent' });
  const seat: Seat = {
    seat: number, token: ev.token, nick: dedupeNick(s, nick), joinedRound, kicked: false, autopilot: false, pending: {}, rounds, predictions: {},
    conn: ev.conn, offlineSince: null,
  };
  s.seats.push(seat);
  return { state: s, outbox: [{ kind: 'send', conn: ev.conn, frame: welcome(s, seat, ev.at) }, { kind: 'broadcast', frame: phaseFrame(s) }], durable: true };
}

/** The nickname a seat was given without the " (2)" a duplicate got: what the student typed. */
const typedNick = (nick: string) => nick.replace(/ \(\d+\)$/, '');

/** The seat marked for transfer that a join with this nickname takes (lowest seat number first), if any. */
function transferTarget(s: HostState, rawNick: string): Seat | undefined {
  const nick = cleanNick(rawNick);
  if (nick === null) return undefined;
  const key = nickKey(nick);
  return s.seats.find((x) => x.transfer && !x.kicked && (nickKey(x.nick) === key || nickKey(typedNick(x.nick)) === key));
}

/**
 * Transfer: a new connection takes a marked seat with everything it did; the host issues a new token and revokes
 * the old one (a socket still holding it is told `transferred` and closed). Logged, so a replay does the same.
 */
function takeOver(state: HostState, heir: Seat, ev: Extract<HostEvent, { e: 'hello' }>): ReduceResult {
  const s = clone(state);
  const x = s.seats.find((y) => y.seat === heir.seat)!;
  const outbox: Outbox = [];
  if (x.conn !== null) outbox.push(...reject(x.conn, 'transferred'));
  x.revoked = [...(x.revoked ?? []), x.token];
  x.token = ev.token;
  x.transfer = false;
  x.autopilot = false; // the student is back, on another machine
  x.conn = ev.conn;
  x.offlineSince = null;
  outbox.push({ kind: 'send', conn: ev.conn, frame: welcome(s, x, ev.at) }, { kind: 'broadcast', frame: phaseFrame(s) });
  return { state: s, outbox, durable: true };
}

function onSubmit(state: HostState, ev: Extract<HostEvent, { e: 'submit' | 'seatSubmit' }>): ReduceResult {
  const seat = ev.e === 'submit' ? seatOfConn(state, ev.conn) : state.seats.find((x) => x.seat === ev.seat && !x.kicked);
  const conn = ev.e === 'submit' ? ev.conn : '';
  if (!seat) return { state, outbox: conn ? reject(conn, 'bad-frame') : [], durable: false }; // submit before hello
  const f = ev.frame;
  if (state.phase !== 'open' || f.round !== state.round || state.mode !== 'live') {
    return { state, outbox: reject(conn, 'stale-round', {}, false), durable: false };
  }
  if (state.paused) return { state, outbox: reject(conn, 'paused', {}, false), durable: false };
  const prev = seat.pending[f.round];
  if (prev && f.seq <= prev.seq) return { state, outbox: [{ kind: 'send', conn: conn, frame: { t: 'ack', round: f.round, seq: f.seq } }], durable: false };
  const s = clone(state);
  const x = s.seats.find((y) => y.seat === seat.seat)!;
  const trade = f.choice.trade;
  // a trade that cannot run from a street stall gets the side street instead (the solo game's rule)
  const loc = f.choice.location ?? 'sideStreet';
  const location = trade === null ? null : loc === 'streetStall' && !STALL_TRADES.has(trade) ? 'sideStreet' : loc;
  x.pending[f.round] = { trade, location, seq: f.seq, predict: f.predict };
  if (f.predict) x.predictions[f.round] = f.predict;
  return {
    state: s,
    outbox: [{ kind: 'send', conn: conn, frame: { t: 'ack', round: f.round, seq: f.seq } }, { kind: 'broadcast', frame: phaseFrame(s) }],
    durable: true,
    log: { e: 'seatSubmit', seat: seat.seat, frame: f, at: ev.at },
  };
}

/** The trade a seat held in its last resolved round (null: none). */
function lastTrade(x: Seat): { trade: TradeId | null; location: LocationChoice | null } {
  for (let i = x.rounds.length - 1; i >= 0; i--) {
    const r = x.rounds[i]!;
    if (r.flag !== 'absent') return { trade: r.trade, location: r.location };
  }
  return { trade: null, location: null };
}

function resolveRound(s: HostState, counts: number[], source: 'live' | 'code', at: number): { outbox: Outbox; tick: ClassTick } {
  s.history.push(counts);
  s.sources.push(source);
  const ticks = resolveClassHistory(s.params!, s.config.classSeed, s.history);
  const tick = ticks[ticks.length - 1]!;
  s.checks.push(tick.check);
  s.phase = 'resolved';
  const outbox: Outbox = [];
  for (const x of s.seats) {
    if (!x.conn) continue;
    outbox.push({ kind: 'send', conn: x.conn, frame: { t: 'tick', round: tick.round, counts: tick.counts, check: tick.check, choice: x.rounds[tick.round - 1] ?? null, at, params: s.params! } });
  }
  outbox.push({ kind: 'broadcast', frame: phaseFrame(s) });
  return { outbox, tick };
}

function onCommand(state: HostState, c: HostCommand, at: number): ReduceResult {
  const same = { state, outbox: [] as Outbox, durable: false };
  const s = clone(state);
  switch (c.cmd) {
    case 'open': {
      const ok = (state.phase === 'lobby' && c.round === 1) || (state.phase === 'resolved' && c.round === state.round + 1);
      if (!ok || c.round > state.config.rounds) return same;
      s.round = c.round;
      s.phase = 'open';
      return { state: s, outbox: [{ kind: 'broadcast', frame: phaseFrame(s) }], durable: true };
    }
    case 'close': {
      if (state.phase !== 'open' || c.round !== state.round || state.mode !== 'live') return same;
      s.phase = 'closed';
      const lastAvg = s.history.length && s.params ? resolveClassHistory(s.params, s.config.classSeed, s.history).at(-1)!.avgProfit : null;
      const choices: (string | null)[] = [];
      for (const x of s.seats) {
        let rec: RoundChoice;
        const p = x.pending[c.round];
        if (x.kicked) rec = { round: c.round, trade: null, location: null, flag: 'absent' };
        else if (x.joinedRound > c.round) rec = { round: c.round, trade: null, location: null, flag: 'absent' };
        else if (p) rec = { round: c.round, trade: p.trade, location: p.location, flag: 'chosen' };
        else if (x.autopilot) {
          const cur = lastTrade(x);
          const ti = autopilotTrade(s.config.classSeed, x.seat, c.round, cur.trade === null ? null : TRADE_IDS.indexOf(cur.trade), lastAvg);
          const trade = ti === null ? null : TRADE_IDS[ti]!;
          rec = { round: c.round, trade, location: trade === null ? null : cur.trade === trade ? cur.location : 'sideStreet', flag: 'autopilot' };
        } else {
          const cur = lastTrade(x);
          rec = { round: c.round, trade: cur.trade, location: cur.location, flag: 'auto' };
        }
        while (x.rounds.length < c.round - 1) x.rounds.push({ round: x.rounds.length + 1, trade: null, location: null, flag: 'absent' });
        x.rounds.push(rec);
        delete x.pending[c.round];
        if (rec.flag !== 'absent') choices.push(rec.trade);
      }
      // the class size (and so the seat weight) is fixed by who took part in the first round
      if (!s.params) s.params = { scenarioId: s.config.scenarioId, seats: Math.max(1, choices.length), monthsPerRound: s.config.monthsPerRound };
      const { outbox, tick } = resolveRound(s, countChoices(choices), 'live', at);
      return { state: s, outbox, durable: true, resolved: tick };
    }
    case 'codeCounts': {
      // Code mode: the teacher typed the counts from hands or decision codes; same resolver, same history.
      const openable = state.phase === 'open' ? c.round === state.round : (state.phase === 'lobby' && c.round === 1) || (state.phase === 'resolved' && c.round === state.round + 1);
      if (state.mode !== 'code' || !openable || c.round > state.config.rounds) return same;
      if (!s.params) s.params = { scenarioId: s.config.scenarioId, seats: c.classSize, monthsPerRound: s.config.monthsPerRound };
      s.round = c.round;
      for (const x of s.seats) {
        while (x.rounds.length < c.round - 1) x.rounds.push({ round: x.rounds.length + 1, trade: null, location: null, flag: 'absent' });
        x.rounds.push({ round: c.round, trade: null, location: null, flag: 'absent' });
        delete x.pending[c.round];
      }
      const { outbox, tick } = resolveRound(s, c.counts.slice(0, CLASS_TRADES.length), 'code', at);
      return { state: s, outbox, durable: true, resolved: tick };
    }
    case 'pause':
      if (state.paused === c.on) return same;
      s.paused = c.on;
      return { state: s, outbox: [{ kind: 'broadcast', frame: phaseFrame(s) }], durable: true };
    case 'lock':
      if (state.locked === c.on) return same;
      s.locked = c.on;
      return { state: s, outbox: [], durable: true };
    case 'mode':
      if (state.mode === c.mode || state.phase === 'ended') return same;
      s.mode = c.mode;
      return { state: s, outbox: [{ kind: 'broadcast', frame: phaseFrame(s) }], durable: true };
    case 'kick': {
      const x = s.seats.find((y) => y.seat === c.seat);
      if (!x || x.kicked) return same;
      x.kicked = true;
      const outbox: Outbox = [];
      if (x.conn) outbox.push(...reject(x.conn, 'kicked'));
      x.conn = null;
      outbox.push({ kind: 'broadcast', frame: phaseFrame(s) });
      return { state: s, outbox, durable: true };
    }
    case 'autopilot': {
      const x = s.seats.find((y) => y.seat === c.seat);
      if (!x || x.kicked || x.autopilot === c.on) return same;
      x.autopilot = c.on;
      return { state: s, outbox: [], durable: true };
    }
    case 'transfer': {
      const x = s.seats.find((y) => y.seat === c.seat);
      if (!x || x.kicked || (x.transfer ?? false) === c.on) return same;
      x.transfer = c.on;
      return { state: s, outbox: [], durable: true };
    }
    case 'end':
      if (state.phase === 'ended') return same;
      s.phase = 'ended';
      return { state: s, outbox: [{ kind: 'broadcast', frame: phaseFrame(s) }], durable: true };
  }
}

/** Seconds a seat may be offline before `--auto-rounds` closes a round without it. */
export const AUTO_OFFLINE_MS = 4000;

/**
 * What `--auto-rounds` does next (the transport asks after every event and on a timer): open round 1 once someone
 * is seated, open the next round at once, close a round when every seat has submitted or has been offline too long.
 */
export function autoCommand(s: HostState, now: number): HostCommand | null {
  if (!s.config.autoRounds || s.mode !== 'live' || s.paused) return null;
  const seats = activeSeats(s);
  if (s.phase === 'lobby') return seats.length > 0 ? { cmd: 'open', round: 1 } : null;
  if (s.phase === 'resolved') return s.round < s.config.rounds ? { cmd: 'open', round: s.round + 1 } : { cmd: 'end' };
  if (s.phase !== 'open') return null;
  const waiting = seats.filter((x) => x.joinedRound <= s.round && x.pending[s.round] === undefined);
  if (seats.length === 0) return null;
  const blocking = waiting.filter((x) => !(x.offlineSince !== null && now - x.offlineSince >= AUTO_OFFLINE_MS));
  return blocking.length === 0 ? { cmd: 'close', round: s.round } : null;
}


/** The teacher's roster (what the dashboard shows). */
export function roster(s: HostState): Array<{ seat: number; nick: string; status: SeatStatus; autoRounds: number; online: boolean }> {
  return s.seats.map((x) => ({
    seat: x.seat,
    nick: x.nick,
    online: x.conn !== null,
    status: x.kicked ? 'kicked' : s.phase === 'open' && x.pending[s.round] ? 'submitted' : x.autopilot ? 'autopilot' : x.conn === null ? 'offline' : s.phase === 'open' ? 'thinking' : 'waiting',
    autoRounds: x.rounds.filter((r) => r.flag === 'auto' || r.flag === 'autopilot').length,
  }));
}

/** Live counts per trade of the round in progress (submitted choices only). */
export function liveCounts(s: HostState): number[] {
  if (s.phase !== 'open') return CLASS_TRADES.map(() => 0);
  return countChoices(s.seats.filter((x) => !x.kicked && x.pending[s.round]).map((x) => x.pending[s.round]!.trade));
}

/** The durable part of the state (what a snapshot stores): no connections. */
export function durableState(s: HostState): HostState {
  const c = clone(s);
  for (const x of c.seats) {
    x.conn = null;
    x.offlineSince = null;
  }
  return c;
}

/** Everything the teacher's dashboard shows (names included: it never leaves the teacher's machine). */
export function dashboardView(s: HostState, url: string | null): DashboardView {
  const r = roster(s);
  return {
    code: s.config.code, url, classSeed: s.config.classSeed, scenarioId: s.config.scenarioId, monthsPerRound: s.config.monthsPerRound, rounds: s.config.rounds,
    params: s.params, round: s.round, phase: s.phase, paused: s.paused, locked: s.locked, mode: s.mode, autoRounds: s.config.autoRounds,
    seats: s.seats.map((x, i) => ({
      seat: x.seat, nick: x.nick, status: r[i]!.status, online: x.conn !== null, autopilot: x.autopilot, transfer: x.transfer ?? false, rounds: x.rounds,
      predictions: Object.fromEntries(Object.entries(x.predictions).map(([k, v]) => [String(k), v])),
    })),
    submitted: submittedCount(s), total: activeSeats(s).length, liveCounts: liveCounts(s), history: s.history, checks: s.checks, sources: s.sources,
  };
}
