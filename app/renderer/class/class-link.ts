// The student's link to the class in a browser served by the teacher's host: a WebSocket to the page's own origin
// (same address space, so no local-network prompt). The seat is kept in localStorage per class code, so a reload,
// a sleeping laptop or a host restart resumes the same seat. In the desktop app the same client runs in the main
// process (Chromium blocks the app's page from private addresses) and this module talks to it over the preload.
import type { ClassClient, ClassClientEvents, SeatKey, SocketLike } from '../../shared/class-client';
import type { IrbApi } from '../../shared/ipc';
import type { ClassTick } from '../game/sim-api';
import type { RejectReason, RoundChoice } from '../../shared/class-protocol';
import { formatJoinCode, normaliseJoinCode } from '../../shared/market-code';

export interface ClassLinkState {
  code: string;
  nick: string;
  status: 'connecting' | 'seated' | 'offline' | 'stopped';
  seat: number | null;
  round: number;
  rounds: number;
  phase: 'lobby' | 'open' | 'closed' | 'resolved' | 'ended';
  paused: boolean;
  mode: 'live' | 'code';
  submitted: number;
  total: number;
  /** Round of the last choice the host acknowledged. */
  ackedRound: number | null;
  ticks: ClassTick[];
  myChoices: RoundChoice[];
  reject: { reason: RejectReason; hostVersion?: string; hostScenario?: string } | null;
  /** Desktop app: main refused to connect at all (`not-school-network`: the address is not private, link-local or loopback). */
  refused: 'not-school-network' | 'bad-address' | null;
  /** A round whose numbers differ from this computer's own calculation (should never happen). */
  mismatch: number | null;
  classSeed: number;
  /** Months of the student's game per class round (0 until the host has fixed the class's parameters). */
  monthsPerRound: number;
}

type Listener = (s: ClassLinkState) => void;

/** What this module needs of a link: the browser's ClassClient, or the desktop's client in main. */
type Link = Pick<ClassClient, 'start' | 'submit' | 'leave' | 'stop'>;

let client: Link | null = null;
let state: ClassLinkState | null = null;
const listeners = new Set<Listener>();
/** How a round reached this page: live as the teacher closed it, or caught up on a resync after time away. */
export interface ClassTickInfo { live: boolean; monthsPerRound: number }
type TickListener = (t: ClassTick, mine: RoundChoice | null, info: ClassTickInfo) => void;
const tickListeners = new Set<TickListener>();

const seatKey = (code: string) => `irb-class-seat:${normaliseJoinCode(code) ?? code}`;

function readSeat(code: string): SeatKey | null {
  try {
    const raw = localStorage.getItem(seatKey(code));
    const v = raw ? (JSON.parse(raw) as SeatKey) : null;
    return v && typeof v.seat === 'number' && typeof v.token === 'string' ? v : null;
  } catch {
    return null;
  }
}

function forgetSeat(code: string): void {
  try {
    localStorage.removeItem(seatKey(code));
  } catch { /* no storage: nothing kept */ }
}

function emit(): void {
  if (state) for (const fn of listeners) fn(state);
}

export const classLinkState = (): ClassLinkState | null => state;

export function onClassLink(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Every resolved round, once, in order (live or caught up after a reconnect), with this seat's record of it. */
export function onClassTick(fn: TickListener): () => void {
  tickListeners.add(fn);
  return () => tickListeners.delete(fn);
}

/** Whether this page was served by a class host (http on a LAN address), so the class socket is its own origin. */
export function servedByHost(): boolean {
  return location.protocol === 'http:' || location.protocol === 'https:';
}

/**
 * Joins a class (the client and its schemas load on demand, keeping the title's JavaScript small). In the desktop
 * app `address` is the teacher's host (IP, optionally :port); in a browser the host is the page's own origin.
 */
export function joinClass(rawCode: string, nick: string, scenarioId: string, address?: string): void {
  const irb = typeof window !== 'undefined' ? window.irb : undefined;
  if (irb) {
    connect((events) => desktopLink(irb, { address: address ?? '', code: rawCode, nick, scenarioId }, events, (why) => {
      if (state) { state.refused = why; emit(); }
    }), rawCode, nick);
    return;
  }
  void import('../../shared/class-client').then(({ ClassClient }) =>
    connect((events) => browserLink(ClassClient, rawCode, nick, scenarioId, events), rawCode, nick));
}

function browserLink(Client: typeof ClassClient, code: string, nick: string, scenarioId: string, events: ClassClientEvents): Link {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/class`;
  const n = normaliseJoinCode(code);
  const key = n ? formatJoinCode(n) : code;
  return new Client({
    url, joinCode: key, nick, scenarioId, seat: readSeat(key), random: Math.random, now: Date.now,
    open: (u) => new WebSocket(u) as unknown as SocketLike,
    saveSeat: (k) => {
      try {
        localStorage.setItem(seatKey(key), JSON.stringify(k));
      } catch { /* private mode: the seat lives as long as the page */ }
    },
  }, events);
}

/** The desktop link: the client runs in main (which keeps the seat); its events come back over the preload. */
function desktopLink(
  irb: IrbApi, request: { address: string; code: string; nick: string; scenarioId: string }, events: ClassClientEvents,
  refuse: (why: 'not-school-network' | 'bad-address') => void,
): Link {
  let off: (() => void) | null = null;
  const stopListening = () => { off?.(); off = null; };
  return {
    start: () => {
      off = irb.onClassEvent((ev) => {
        if (ev.kind !== 'link') return;
        const e = ev.event;
        if (e.t === 'status') events.status?.(e.status);
        else if (e.t === 'welcome') events.welcome?.(e.welcome);
        else if (e.t === 'phase') events.phase?.(e.phase);
        else if (e.t === 'ack') events.ack?.(e.round, e.seq);
        else if (e.t === 'tick') events.tick?.(e.tick, e.mine, e.info);
        else events.reject?.(e.reason, e.detail);
      });
      void irb.classLinkJoin(request).then((r) => {
        // refused before connecting: an address off the school network has its own message; anything else the
        // form should have caught (a malformed address or code)
        if (!r.ok) refuse(r.error.reason === 'peer-not-allowed' ? 'not-school-network' : 'bad-address');
      });
    },
    submit: (choice, predict) => {
      if (state?.phase !== 'open') return false;
      void irb.classLinkSubmit(predict ? { choice, predict } : { choice });
      return true;
    },
    leave: () => { stopListening(); void irb.classLinkLeave(); },
    stop: () => { stopListening(); void irb.classLinkLeave(); },
  };
}

function connect(makeLink: (events: ClassClientEvents) => Link, rawCode: string, nick: string): void {
  leaveClass(false);
  const n = normaliseJoinCode(rawCode);
  const code = n ? formatJoinCode(n) : rawCode;
  state = {
    refused: null,
    code, nick, status: 'connecting', seat: null, round: 0, rounds: 0, phase: 'lobby', paused: false, mode: 'live', submitted: 0, total: 0, ackedRound: null,
    ticks: [], myChoices: [], reject: null, mismatch: null, classSeed: 0, monthsPerRound: 0,
  };
  client = makeLink({
    status: (s) => { if (state) { state.status = s; emit(); } },
    welcome: (w) => {
      if (!state) return;
      Object.assign(state, { seat: w.seat, nick: w.nick, round: w.round, rounds: w.rounds, phase: w.phase, paused: w.paused, mode: w.mode, myChoices: w.myChoices, classSeed: w.classSeed, reject: null });
      if (w.params) state.monthsPerRound = w.params.monthsPerRound;
      emit();
    },
    phase: (p) => {
      if (!state) return;
      Object.assign(state, { round: p.round, phase: p.phase, paused: p.paused, mode: p.mode, submitted: p.submitted, total: p.total });
      emit();
    },
    ack: (round) => { if (state) { state.ackedRound = round; emit(); } },
    tick: (t, mine, info) => {
      if (!state) return;
      state.ticks = [...state.ticks.filter((x) => x.round !== t.round), t].sort((a, b) => a.round - b.round);
      if (mine) state.myChoices = [...state.myChoices.filter((c) => c.round !== mine.round), mine];
      if (!info.ok) state.mismatch = t.round;
      for (const fn of tickListeners) fn(t, mine, { live: info.live, monthsPerRound: state.monthsPerRound });
      emit();
    },
    reject: (reason, detail) => {
      if (!state) return;
      if (reason === 'stale-round' || reason === 'paused' || reason === 'rate') return;
      state.reject = { reason, ...detail };
      // the teacher moved this seat elsewhere: forget its token, so a deliberate rejoin from here starts afresh
      if (reason === 'transferred') forgetSeat(state.code);
      emit();
    },
  });
  client.start();
  emit();
}

/** Sends the household's business choice for the open round (resent until the host acknowledges it). */
export function submitClassChoice(choice: Parameters<Link['submit']>[0], predict?: Parameters<Link['submit']>[1]): boolean {
  return client?.submit(choice, predict) ?? false;
}

export function leaveClass(tell = true): void {
  if (client) {
    if (tell) client.leave();
    else client.stop();
  }
  client = null;
  state = null;
  for (const fn of listeners) fn(null as unknown as ClassLinkState);
}
