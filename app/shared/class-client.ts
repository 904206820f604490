// A student's link to the class host, for any WebSocket (the browser's own, or `ws` in Node and Electron's main):
// keeps the seat {seat, token}, resumes after any drop with jittered backoff, resends unacked choices with the same
// seq, and checks every round it receives by recomputing it with app/sim's resolver.
import { resolveClassHistory } from '../sim/index';
import type { ClassMarketParams, ClassTick } from '../sim/index';
import { APP_VERSION, PROTOCOL_VERSION, parseServerFrame, scenarioHash } from './class-protocol';
import type { Choice, Phase, RejectReason, RoundChoice, ServerFrame, WelcomeFrame } from './class-protocol';

export interface SocketLike {
  readyState: number;
  send(data: string): void;
  close(code?: number): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface SeatKey {
  seat: number;
  token: string;
}

/** Rejections after which reconnecting cannot help: the student (or teacher) has to do something. */
export const FATAL_REJECTS: readonly RejectReason[] = ['bad-code', 'locked', 'full', 'version', 'scenario', 'kicked', 'seat-in-use', 'ended', 'bad-nick', 'bad-frame', 'transferred'];

export interface ClassClientOptions {
  url: string;
  joinCode: string;
  nick: string;
  scenarioId: string;
  open: (url: string) => SocketLike;
  /** Uniform [0,1) for backoff jitter (seeded in bots). */
  random: () => number;
  now: () => number;
  seat?: SeatKey | null;
  /** Called whenever the host hands out or confirms a seat: store it (localStorage, user data). */
  saveSeat?: (k: SeatKey) => void;
  appVersion?: string;
  /** Backoff bounds, ms. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** No frame for this long: the link is dead even if the socket has not noticed (browsers cannot see pings). */
  silenceMs?: number;
  /** Host and client read the same clock (same machine): no offset estimate for the round-delivery time. */
  sameClock?: boolean;
}

export type ClientStatus = 'connecting' | 'seated' | 'offline' | 'stopped';

export interface ClassClientEvents {
  status?: (s: ClientStatus) => void;
  welcome?: (w: WelcomeFrame) => void;
  phase?: (p: Extract<ServerFrame, { t: 'phase' }>) => void;
  ack?: (round: number, seq: number) => void;
  /** A round's result, already checked against the local resolver (`ok` false: the numbers disagree). */
  tick?: (t: ClassTick, mine: RoundChoice | null, info: { ok: boolean; latencyMs: number | null; live: boolean }) => void;
  reject?: (reason: RejectReason, detail: { hostVersion?: string; hostScenario?: string }) => void;
}

export class ClassClient {
  status: ClientStatus = 'connecting';
  seat: SeatKey | null;
  welcome: WelcomeFrame | null = null;
  phase: { round: number; phase: Phase; paused: boolean; submitted: number; total: number; mode: 'live' | 'code' } | null = null;
  history: number[][] = [];
  ticks: ClassTick[] = [];
  /** The choice not yet acked (resent after every reconnect while its round is open). */
  pending: { round: number; seq: number; choice: Choice; predict?: { entrants: number; beatAverage: boolean } | undefined } | null = null;
  acked: Record<number, { seq: number; choice: Choice }> = {};
  private seq = 0;
  private sock: SocketLike | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private silence: ReturnType<typeof setTimeout> | null = null;
  private clockOffset = 0;
  private helloSentAt = 0;
  private receivedAt = 0;
  private readonly o: ClassClientOptions;
  private readonly on: ClassClientEvents;

  constructor(o: ClassClientOptions, on: ClassClientEvents = {}) {
    this.o = o;
    this.on = on;
    this.seat = o.seat ?? null;
  }

  start(): void {
    this.connect();
  }

  private setStatus(s: ClientStatus): void {
    if (this.status === s) return;
    this.status = s;
    this.on.status?.(s);
  }

  private connect(): void {
    if (this.status === 'stopped') return;
    this.setStatus(this.welcome ? 'offline' : 'connecting');
    let sock: SocketLike;
    try {
      sock = this.o.open(this.o.url);
    } catch {
      this.retry();
      return;
    }
    this.sock = sock;
    sock.onopen = () => {
      this.helloSentAt = this.o.now();
      this.send({
        t: 'hello', v: PROTOCOL_VERSION, appVersion: this.o.appVersion ?? APP_VERSION, scenarioHash: scenarioHash(this.o.scenarioId), joinCode: this.o.joinCode,
        nick: this.o.nick, ...(this.seat ? { resume: this.seat } : {}),
      });
      this.armSilence();
    };
    sock.onmessage = (ev) => {
      // delivery time is when the frame arrived, before this client parses and recomputes it
      this.receivedAt = this.o.now();
      this.armSilence();
      const text = typeof ev.data === 'string' ? ev.data : String(ev.data);
      const f = parseServerFrame(text);
      if (f) this.handle(f);
    };
    sock.onerror = () => {};
    sock.onclose = () => {
      if (this.sock !== sock) return;
      this.sock = null;
      if (this.silence) clearTimeout(this.silence);
      if (this.status !== 'stopped') this.retry();
    };
  }

  private armSilence(): void {
    if (this.silence) clearTimeout(this.silence);
    const ms = this.o.silenceMs ?? 25_000;
    this.silence = setTimeout(() => this.sock?.close(4001), ms);
  }

  /** Full-jitter exponential backoff: 0.5 s doubling to 10 s. */
  private retry(): void {
    if (this.status === 'stopped') return;
    this.setStatus(this.welcome ? 'offline' : 'connecting');
    const min = this.o.minBackoffMs ?? 500;
    const max = this.o.maxBackoffMs ?? 10_000;
    const cap = Math.min(max, min * 2 ** this.attempt);
    this.attempt++;
    const wait = Math.max(min / 5, this.o.random() * cap);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.connect(), wait);
  }

  private send(frame: object): void {
    const s = this.sock;
    if (s && s.readyState === 1) s.send(JSON.stringify(frame));
  }

  private handle(f: ServerFrame): void {
    switch (f.t) {
      case 'welcome': {
        this.attempt = 0;
        this.welcome = f;
        // the host stamped `now` between our hello and its welcome: assume the middle (error at most half the round trip)
        this.clockOffset = this.o.sameClock ? 0 : f.now - (this.helloSentAt + this.o.now()) / 2;
        const changed = !this.seat || this.seat.seat !== f.seat || this.seat.token !== f.token;
        this.seat = { seat: f.seat, token: f.token };
        if (changed) this.o.saveSeat?.(this.seat);
        this.history = f.history.map((c) => [...c]);
        this.ticks = f.params && f.history.length ? resolveClassHistory(f.params as ClassMarketParams, f.classSeed, this.history) : [];
        this.phase = { round: f.round, phase: f.phase, paused: f.paused, submitted: 0, total: 0, mode: f.mode };
        this.seq = Math.max(this.seq, f.lastSeq);
        if (f.phase === 'open' && f.lastSeq > 0 && this.pending && this.pending.round === f.round && this.pending.seq <= f.lastSeq) {
          this.acked[f.round] = { seq: this.pending.seq, choice: this.pending.choice };
          this.pending = null;
        }
        this.setStatus('seated');
        this.on.welcome?.(f);
        // tell about rounds resolved while we were away (no latency: they were not delivered live)
        for (const t of this.ticks) {
          if (this.seenRounds.has(t.round)) continue;
          this.seenRounds.add(t.round);
          const mine = f.myChoices.find((c) => c.round === t.round) ?? null;
          this.on.tick?.(t, mine, { ok: t.check === f.checks[t.round - 1], latencyMs: null, live: false });
        }
        this.flush();
        break;
      }
      case 'phase': {
        const before = this.phase;
        this.phase = { round: f.round, phase: f.phase, paused: f.paused, submitted: f.submitted, total: f.total, mode: f.mode };
        this.on.phase?.(f);
        // resend only when the round (re)opens; otherwise the resend timer handles a lost frame
        if (f.phase === 'open' && !f.paused && (!before || before.phase !== 'open' || before.round !== f.round || before.paused)) this.flush();
        break;
      }
      case 'ack':
        if (this.pending && this.pending.round === f.round && this.pending.seq === f.seq) {
          this.acked[f.round] = { seq: f.seq, choice: this.pending.choice };
          this.pending = null;
        }
        this.on.ack?.(f.round, f.seq);
        break;
      case 'tick': {
        if (this.welcome && !this.welcome.params) this.welcome = { ...this.welcome, params: f.params };
        if (f.round !== this.history.length + 1 || !this.welcome?.params) {
          // out of step (a round missed in between): a fresh welcome brings the whole history
          this.sock?.close(4002);
          return;
        }
        this.history.push([...f.counts]);
        this.ticks = resolveClassHistory(this.welcome.params as ClassMarketParams, this.welcome.classSeed, this.history);
        const t = this.ticks[this.ticks.length - 1]!;
        if (this.pending?.round === f.round) this.pending = null;
        this.seenRounds.add(t.round);
        this.on.tick?.(t, f.choice, { ok: t.check === f.check, latencyMs: this.receivedAt + this.clockOffset - f.at, live: true });
        break;
      }
      case 'reject':
        if (f.reason === 'stale-round') {
          this.pending = null;
        } else if (FATAL_REJECTS.includes(f.reason)) {
          this.stop();
        }
        this.on.reject?.(f.reason, { hostVersion: f.hostVersion, hostScenario: f.hostScenario });
        break;
    }
  }

  private readonly seenRounds = new Set<number>();

  private flush(): void {
    const p = this.pending;
    if (!p || !this.phase || this.phase.phase !== 'open' || this.phase.round !== p.round || this.phase.paused) return;
    this.send({ t: 'submit', round: p.round, seq: p.seq, choice: p.choice, ...(p.predict ? { predict: p.predict } : {}) });
    if (this.resend) clearTimeout(this.resend);
    this.resend = setTimeout(() => {
      if (this.pending === p) this.flush();
    }, 3000);
  }

  private resend: ReturnType<typeof setTimeout> | null = null;

  /** Chooses for the open round (last choice wins); resent until the host acknowledges it. */
  submit(choice: Choice, predict?: { entrants: number; beatAverage: boolean }): boolean {
    if (!this.phase || this.phase.phase !== 'open') return false;
    this.seq++;
    this.pending = { round: this.phase.round, seq: this.seq, choice, predict };
    this.flush();
    return true;
  }

  /** Drops the connection as a network would (tests and bots); the client reconnects by itself. */
  dropLink(): void {
    this.sock?.close(4003);
  }

  leave(): void {
    this.send({ t: 'leave' });
    this.stop();
  }

  stop(): void {
    this.setStatus('stopped');
    if (this.timer) clearTimeout(this.timer);
    if (this.silence) clearTimeout(this.silence);
    if (this.resend) clearTimeout(this.resend);
    const s = this.sock;
    this.sock = null;
    try {
      s?.close(1000);
    } catch {
      /* closed */
    }
  }
}
