// One hosted class: the reducer's state, its event log and snapshot on disk, and whatever delivers frames (a Sink).
// dispatch() is the only way state changes: reduce, log durable events with fsync, then deliver the outbox.
import { mkdirSync, existsSync } from 'node:fs';
import { EventLog } from './event-log';
import { readSnapshot, writeSnapshot } from './snapshot';
import { autoCommand, initialState, reduce } from './reducer';
import type { HostConfig, HostEvent, HostState, ReduceResult } from './reducer';
import type { ServerFrame } from '../shared/class-protocol';
import type { ClassTick } from '../sim/index';

export interface Sink {
  send(conn: string, frame: ServerFrame): void;
  broadcast(frame: ServerFrame): void;
  close(conn: string, code: number): void;
}

export type SessionListener = (state: HostState, info: { resolved?: ClassTick; event: HostEvent }) => void;

export class ConfigMismatch extends Error {}

export class ClassSession {
  state: HostState;
  private log: EventLog | null;
  private readonly dir: string | null;
  private sink: Sink | null = null;
  private readonly listeners = new Set<SessionListener>();
  /** Whether this session continued one found in its state folder. */
  readonly resumed: boolean;

  private constructor(state: HostState, log: EventLog | null, dir: string | null, resumed: boolean) {
    this.state = state;
    this.log = log;
    this.dir = dir;
    this.resumed = resumed;
  }

  /**
   * Starts a class, or continues the one kept in `dir` (snapshot + log tail). A folder holding another class
   * (a different code given explicitly) is refused rather than overwritten.
   */
  static open(config: HostConfig, dir: string | null, opts: { codeGiven: boolean; now: number }): ClassSession {
    if (!dir) return new ClassSession(initialState(config), null, null, false);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    const snap = readSnapshot(dir);
    const { log, events } = EventLog.open(dir);
    if (!snap && events.length === 0) {
      const s = initialState(config);
      writeSnapshot(dir, s, 0);
      return new ClassSession(s, log, dir, false);
    }
    if (!snap) {
      log.close();
      throw new ConfigMismatch(`the state folder ${dir} has an event log but no readable snapshot`);
    }
    if (opts.codeGiven && snap.state.config.code !== config.code) {
      log.close();
      throw new ConfigMismatch(`the state folder ${dir} holds class ${snap.state.config.code}, not ${config.code}`);
    }
    let state = snap.state;
    for (const { n, ev } of events) if (n > snap.events) state = reduce(state, ev).state;
    // The restart goes into the log too: connection ids start again in a new process, so a replay must forget the
    // old process's connections at this point (or a new socket reusing an old id would look already seated).
    const restart: HostEvent = { e: 'restart', at: opts.now };
    state = reduce(state, restart).state;
    log.append(restart);
    return new ClassSession(state, log, dir, true);
  }

  attach(sink: Sink): void {
    this.sink = sink;
  }

  subscribe(fn: SessionListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  dispatch(ev: HostEvent): ReduceResult {
    const r = reduce(this.state, ev);
    if (r.durable && this.log) this.log.append(r.log ?? ev);
    this.state = r.state;
    if (this.sink) {
      for (const o of r.outbox) {
        if (o.kind === 'send') this.sink.send(o.conn, o.frame);
        else if (o.kind === 'broadcast') this.sink.broadcast(o.frame);
        else this.sink.close(o.conn, o.code);
      }
    }
    if (r.resolved && this.log && this.dir) writeSnapshot(this.dir, this.state, this.log.size);
    if (r.durable || r.resolved || ev.e !== 'submit') for (const fn of this.listeners) fn(this.state, { resolved: r.resolved, event: ev });
    if (ev.e !== 'command' || r.durable) this.runAuto(ev.at);
    return r;
  }

  /** `--auto-rounds`: carry out what autoCommand asks for, until it asks for nothing. */
  runAuto(now: number): void {
    const c = autoCommand(this.state, now);
    if (c) this.dispatch({ e: 'command', command: c, at: now }); // which asks again, so open-after-resolve chains
  }

  close(): void {
    if (this.log && this.dir) writeSnapshot(this.dir, this.state, this.log.size);
    this.log?.close();
    this.log = null;
  }
}
