// The host's append-only event log (JSON lines): every durable event is written and fsynced before anyone hears
// of it, so a crash loses at most an event nobody was told about. A torn last line is cut off on open.
import { closeSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HostEvent } from './reducer';

export const LOG_FILE = 'events.jsonl';

export interface LoggedEvent {
  n: number;
  ev: HostEvent;
}

export class EventLog {
  private fd: number;
  private count: number;

  private constructor(fd: number, count: number) {
    this.fd = fd;
    this.count = count;
  }

  /** Opens (or creates) the log in `dir` and returns it with the events it already holds. */
  static open(dir: string): { log: EventLog; events: LoggedEvent[] } {
    const path = join(dir, LOG_FILE);
    const events: LoggedEvent[] = [];
    let goodBytes = 0;
    if (existsSync(path)) {
      const buf = readFileSync(path);
      let start = 0;
      while (start < buf.length) {
        const nl = buf.indexOf(10, start);
        if (nl < 0) break; // a last line without its newline was torn by a crash
        const line = buf.subarray(start, nl).toString('utf8');
        let parsed: LoggedEvent | null = null;
        try {
          parsed = JSON.parse(line) as LoggedEvent;
        } catch {
          parsed = null;
        }
        if (!parsed || typeof parsed.n !== 'number' || !parsed.ev) break;
        events.push(parsed);
        start = nl + 1;
        goodBytes = start;
      }
    }
    const fd = openSync(path, 'a+');
    ftruncateSync(fd, goodBytes);
    fsyncSync(fd);
    return { log: new EventLog(fd, events.length), events };
  }

  get size(): number {
    return this.count;
  }

  /** Appends one event and waits for the disk (fsync). Returns its number (from 1). */
  append(ev: HostEvent): number {
    const n = ++this.count;
    const line = JSON.stringify({ n, ev }) + '\n';
    writeSync(this.fd, line);
    fsyncSync(this.fd);
    return n;
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      /* already closed */
    }
  }
}
