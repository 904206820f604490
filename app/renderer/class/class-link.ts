// The student's link to the class in a browser served by the teacher's host: a WebSocket to the page's own origin
// (same address space, so no local-network prompt). The seat is kept in localStorage per class code, so a reload,
// a sleeping laptop or a host restart resumes the same seat. The desktop app has no such link yet (see docs).
import type { ClassClient, SeatKey, SocketLike } from '../../shared/class-client';
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
  /** A round whose numbers differ from this computer's own calculation (should never happen). */
  mismatch: number | null;
  classSeed: number;
}

type Listener = (s: ClassLinkState) => void;

let client: ClassClient | null = null;
let state: ClassLinkState | null = null;
const listeners = new Set<Listener>();
const tickListeners = new Set<(t: ClassTick) => void>();

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

function emit(): void {
  if (state) for (const fn of listeners) fn(state);
}

export const classLinkState = (): ClassLinkState | null => state;

export function onClassLink(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Every resolved round, once, in order (live or caught up after a reconnect). */
export function onClassTick(fn: (t: ClassTick) => void): () => void {
  tickListeners.add(fn);
  return () => tickListeners.delete(fn);
}

/** Whether this page was served by a class host (http on a LAN address), so the class socket is its own origin. */
export function servedByHost(): boolean {
  return location.protocol === 'http:' || location.protocol === 'https:';
}

/** Joins a class (the client and its schemas load on demand, keeping the title's JavaScript small). */
export function joinClass(rawCode: string, nick: string, scenarioId: string): void {
  void import('../../shared/class-client').then(({ ClassClient }) => connect(ClassClient, rawCode, nick, scenarioId));
}

function connect(Client: typeof ClassClient, rawCode: string, nick: string, scenarioId: string): void {
  leaveClass(false);
  const n = normaliseJoinCode(rawCode);
  const code = n ? formatJoinCode(n) : rawCode;
  state = {
    code, nick, status: 'connecting', seat: null, round: 0, rounds: 0, phase: 'lobby', paused: false, mode: 'live', submitted: 0, total: 0, ackedRound: null,
    ticks: [], myChoices: [], reject: null, mismatch: null, classSeed: 0,
  };
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/class`;
  client = new Client({
    url, joinCode: code, nick, scenarioId, seat: readSeat(code), random: Math.random, now: Date.now,
    open: (u) => new WebSocket(u) as unknown as SocketLike,
    saveSeat: (k) => {
      try {
        localStorage.setItem(seatKey(code), JSON.stringify(k));
      } catch { /* private mode: the seat lives as long as the page */ }
    },
  }, {
    status: (s) => { if (state) { state.status = s; emit(); } },
    welcome: (w) => {
      if (!state) return;
      Object.assign(state, { seat: w.seat, nick: w.nick, round: w.round, rounds: w.rounds, phase: w.phase, paused: w.paused, mode: w.mode, myChoices: w.myChoices, classSeed: w.classSeed, reject: null });
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
      for (const fn of tickListeners) fn(t);
      emit();
    },
    reject: (reason, detail) => {
      if (!state) return;
      if (reason === 'stale-round' || reason === 'paused' || reason === 'rate') return;
      state.reject = { reason, ...detail };
      emit();
    },
  });
  client.start();
  emit();
}

/** Sends the household's business choice for the open round (resent until the host acknowledges it). */
export function submitClassChoice(choice: Parameters<ClassClient['submit']>[0], predict?: Parameters<ClassClient['submit']>[1]): boolean {
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
