// The host's memory on disk: fsynced JSONL log with a torn last line cut off, atomic snapshot, and a session that
// resumes from them with the same code, seats and round; a folder holding another class is refused.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventLog, LOG_FILE } from '../../../app/class-host/event-log';
import { ClassSession, ConfigMismatch } from '../../../app/class-host/session';
import { durableState } from '../../../app/class-host/reducer';
import { APP_VERSION } from '../../../app/shared/class-protocol';
import { cmd, hello, submit, token } from './helpers';

const config = { code: 'K7Q-2MX', classSeed: 5, scenarioId: '2016-steel-coal', appVersion: APP_VERSION, monthsPerRound: 3, rounds: 12, maxSeats: 64, autoRounds: false };

function withDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'irb-class-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('event log', () => {
  it('keeps whole lines and cuts a torn last line', () => withDir((dir) => {
    const { log } = EventLog.open(dir);
    log.append(cmd({ cmd: 'lock', on: true }));
    log.append(cmd({ cmd: 'lock', on: false }));
    log.close();
    appendFileSync(join(dir, LOG_FILE), '{"n":3,"ev":{"e":"comm');
    const again = EventLog.open(dir);
    expect(again.events.map((e) => e.n)).toEqual([1, 2]);
    again.log.append(cmd({ cmd: 'end' }));
    again.log.close();
    const lines = readFileSync(join(dir, LOG_FILE), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2]!).n).toBe(3);
  }));
});

describe('session resume', () => {
  it('a restarted session has the same seats, round, open choices and code', () => withDir((dir) => {
    const a = ClassSession.open(config, dir, { codeGiven: true, now: 0 });
    for (const ev of [hello('c1', 'a', token(1)), hello('c2', 'b', token(2)), cmd({ cmd: 'open', round: 1 }), submit('c1', 1, 1, 'noodleShop'), cmd({ cmd: 'close', round: 1 }), cmd({ cmd: 'open', round: 2 }), submit('c2', 2, 4, 'hairSalon')]) a.dispatch(ev);
    const live = durableState(a.state);
    // no close(): a crash
    const b = ClassSession.open({ ...config, classSeed: 999 }, dir, { codeGiven: false, now: 10 });
    expect(b.resumed).toBe(true);
    expect(durableState(b.state)).toEqual(live);
    expect(b.state.phase).toBe('open');
    expect(b.state.seats.every((x) => x.conn === null)).toBe(true);
    b.close();
  }));

  it('two crashes in a row: a socket id the new process reuses is a new student, and a transfer survives', () => withDir((dir) => {
    const a = ClassSession.open(config, dir, { codeGiven: true, now: 0 });
    a.dispatch(hello('c1', 'a', token(1)));
    a.dispatch(cmd({ cmd: 'transfer', seat: 1, on: true }));
    // crash; the next process numbers its sockets from c1 again
    const b = ClassSession.open(config, dir, { codeGiven: true, now: 10 });
    b.dispatch(hello('c1', 'b', token(2)));
    b.dispatch(hello('c2', 'A', token(3))); // seat 1's student on another machine
    const live = durableState(b.state);
    expect(live.seats.map((x) => [x.seat, x.nick, x.token])).toEqual([[1, 'a', token(3)], [2, 'b', token(2)]]);
    const c = ClassSession.open(config, dir, { codeGiven: true, now: 20 });
    expect(durableState(c.state)).toEqual(live);
    expect(c.dispatch(hello('c1', 'a', token(4), { seat: 1, token: token(1) })).outbox[0]).toMatchObject({ frame: { t: 'reject', reason: 'transferred' } });
    // a resolved round writes a snapshot: the transfer is in it, and a restart from it alone still refuses the old key
    c.dispatch(cmd({ cmd: 'open', round: 1 }));
    c.dispatch(cmd({ cmd: 'close', round: 1 }));
    c.dispatch(cmd({ cmd: 'transfer', seat: 2, on: true }));
    const snapLive = durableState(c.state);
    const d = ClassSession.open(config, dir, { codeGiven: true, now: 30 });
    expect(durableState(d.state)).toEqual(snapLive);
    expect(d.state.seats[0]!.revoked).toEqual([token(1)]);
    expect(d.state.seats[1]!.transfer).toBe(true);
    expect(d.dispatch(hello('c1', 'a', token(5), { seat: 1, token: token(1) })).outbox[0]).toMatchObject({ frame: { t: 'reject', reason: 'transferred' } });
    d.close();
    c.close();
  }));

  it('refuses a state folder of another class instead of overwriting it', () => withDir((dir) => {
    ClassSession.open(config, dir, { codeGiven: true, now: 0 }).close();
    expect(() => ClassSession.open({ ...config, code: 'AAA-BBB' }, dir, { codeGiven: true, now: 0 })).toThrow(ConfigMismatch);
  }));
});
