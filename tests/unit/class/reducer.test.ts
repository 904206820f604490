// The host's pure reducer: joining, resuming, rounds opened and closed by the teacher, defaults, kicks, locks,
// autopilot, code mode and --auto-rounds; repeated commands change nothing.
import { describe, expect, it } from 'vitest';
import { autoCommand, dashboardView, liveCounts, reduce, roster, AUTO_OFFLINE_MS } from '../../../app/class-host/reducer';
import type { HostEvent, HostState, Outbox } from '../../../app/class-host/reducer';
import { CODE, cmd, hello, hostState, run, submit, token } from './helpers';

const frames = (o: Outbox, t: string) => o.filter((x) => (x.kind === 'send' || x.kind === 'broadcast') && x.frame.t === t);
const rejectOf = (o: Outbox) => o.map((x) => (x.kind === 'send' && x.frame.t === 'reject' ? x.frame.reason : null)).find((x) => x) ?? null;

function seated(n: number): HostState {
  return run(hostState(), Array.from({ length: n }, (_, i) => hello(`c${i}`, `s${i}`, token(i + 1)))).state;
}

describe('joining', () => {
  it('seats a student with a host-issued token and sends a full welcome', () => {
    const r = reduce(hostState(), hello('c1', 'Wang', token(9)));
    expect(r.durable).toBe(true);
    expect(r.state.seats).toHaveLength(1);
    const w = r.outbox.find((x) => x.kind === 'send' && x.frame.t === 'welcome');
    expect(w && w.kind === 'send' && w.frame.t === 'welcome' && w.frame.token).toBe(token(9));
  });

  it('deduplicates nicknames after folding width and case', () => {
    const s = run(hostState(), [hello('c1', 'wang', token(1)), hello('c2', 'Ｗang', token(2)), hello('c3', 'WANG', token(3))]).state;
    expect(s.seats.map((x) => x.nick)).toEqual(['wang', 'Wang (2)', 'WANG (3)']);
  });

  it('refuses a wrong code, another version, another scenario, naming the host side', () => {
    const h = hello('c', 'a', token(1)) as Extract<HostEvent, { e: 'hello' }>;
    expect(rejectOf(reduce(hostState(), { ...h, frame: { ...h.frame, joinCode: 'AAA-AAA' } }).outbox)).toBe('bad-code');
    const v = reduce(hostState(), { e: 'hello', conn: 'c', token: token(1), at: 0, frame: { t: 'hello', v: 1, appVersion: '9.9.9', scenarioHash: '2016-steel-coal@p1', joinCode: CODE, nick: 'a' } });
    expect(v.outbox[0]).toMatchObject({ kind: 'send', frame: { t: 'reject', reason: 'version', hostVersion: '0.1.0/p1' } });
    const sc = reduce(hostState(), { e: 'hello', conn: 'c', token: token(1), at: 0, frame: { t: 'hello', v: 1, appVersion: '0.1.0', scenarioHash: '1998-xiagang@p1', joinCode: CODE, nick: 'a' } });
    expect(sc.outbox[0]).toMatchObject({ frame: { reason: 'scenario', hostScenario: '2016-steel-coal@p1' } });
  });

  it('a full class refuses new names; a locked class too, but admits returning seats', () => {
    let s = run(hostState({ maxSeats: 2 }), [hello('c1', 'a', token(1)), hello('c2', 'b', token(2))]).state;
    expect(rejectOf(reduce(s, hello('c3', 'c', token(3))).outbox)).toBe('full');
    s = run(seated(2), [cmd({ cmd: 'lock', on: true }), { e: 'disconnect', conn: 'c0', at: 5 }]).state;
    expect(rejectOf(reduce(s, hello('c9', 'new', token(9))).outbox)).toBe('locked');
    const back = reduce(s, hello('c10', 'x', token(99), { seat: 1, token: token(1) }));
    expect(rejectOf(back.outbox)).toBeNull();
    expect(back.state.seats[0]!.conn).toBe('c10');
    expect(back.durable).toBe(false);
  });

  it('a resume moves the seat to the new socket and tells the old one seat-in-use', () => {
    const s = seated(1);
    const r = reduce(s, hello('c7', 'ignored', token(50), { seat: 1, token: token(1) }));
    expect(r.state.seats).toHaveLength(1);
    expect(r.state.seats[0]!.conn).toBe('c7');
    expect(r.outbox).toContainEqual({ kind: 'send', conn: 'c0', frame: { t: 'reject', reason: 'seat-in-use' } });
  });

  it('late joiners sit from the current round; earlier rounds are absent', () => {
    let s = run(seated(2), [cmd({ cmd: 'open', round: 1 }), cmd({ cmd: 'close', round: 1 })]).state;
    s = run(s, [hello('c5', 'late', token(5))]).state;
    expect(s.seats[2]!.rounds).toEqual([{ round: 1, trade: null, location: null, flag: 'absent' }]);
    expect(s.seats[2]!.joinedRound).toBe(2);
  });
});

describe('rounds', () => {
  it('open -> submit (acked, last seq wins) -> close resolves once', () => {
    let s = seated(3);
    const r1 = reduce(s, cmd({ cmd: 'open', round: 1 }));
    expect(r1.state.phase).toBe('open');
    s = r1.state;
    const a = reduce(s, submit('c0', 1, 1, 'noodleShop'));
    expect(frames(a.outbox, 'ack')).toHaveLength(1);
    s = run(a.state, [submit('c0', 1, 2, 'breakfastStall'), submit('c0', 1, 1, 'hairSalon'), submit('c1', 1, 1, null)]).state;
    expect(liveCounts(s)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(roster(s).map((x) => x.status)).toEqual(['submitted', 'submitted', 'thinking']);
    const c = reduce(s, cmd({ cmd: 'close', round: 1 }));
    expect(c.resolved?.round).toBe(1);
    expect(c.state.history).toEqual([[1, 0, 0, 0, 0, 0, 0, 0, 0]]);
    expect(c.state.seats.map((x) => x.rounds[0]!.flag)).toEqual(['chosen', 'chosen', 'auto']);
    expect(frames(c.outbox, 'tick')).toHaveLength(3);
    // the same command again is a no-op
    const again = reduce(c.state, cmd({ cmd: 'close', round: 1 }));
    expect(again.durable).toBe(false);
    expect(again.state).toBe(c.state);
  });

  it('a stale or repeated submit is re-acked or refused without changing anything', () => {
    const s = run(seated(1), [cmd({ cmd: 'open', round: 1 }), submit('c0', 1, 3, 'noodleShop')]).state;
    const dup = reduce(s, submit('c0', 1, 3, 'noodleShop'));
    expect(dup.durable).toBe(false);
    expect(frames(dup.outbox, 'ack')).toHaveLength(1);
    const closed = run(s, [cmd({ cmd: 'close', round: 1 })]).state;
    expect(rejectOf(reduce(closed, submit('c0', 1, 4, 'hairSalon')).outbox)).toBe('stale-round');
    expect(rejectOf(reduce(closed, submit('c0', 2, 1, 'hairSalon')).outbox)).toBe('stale-round');
  });

  it('non-deciders keep their last choice, flagged auto', () => {
    let s = run(seated(2), [cmd({ cmd: 'open', round: 1 }), submit('c0', 1, 1, 'noodleShop'), cmd({ cmd: 'close', round: 1 })]).state;
    s = run(s, [cmd({ cmd: 'open', round: 2 }), submit('c1', 2, 1, 'hairSalon'), cmd({ cmd: 'close', round: 2 })]).state;
    expect(s.seats[0]!.rounds[1]).toEqual({ round: 2, trade: 'noodleShop', location: 'sideStreet', flag: 'auto' });
    expect(s.history[1]).toEqual([0, 1, 0, 1, 0, 0, 0, 0, 0]);
  });

  it('pause refuses submits until resumed', () => {
    const s = run(seated(1), [cmd({ cmd: 'open', round: 1 }), cmd({ cmd: 'pause', on: true })]).state;
    expect(rejectOf(reduce(s, submit('c0', 1, 1, null)).outbox)).toBe('paused');
    const r = run(s, [cmd({ cmd: 'pause', on: false }), submit('c0', 1, 1, null)]);
    expect(r.state.seats[0]!.pending[1]).toBeDefined();
  });

  it('cannot open a round out of order or past the last round', () => {
    expect(reduce(seated(1), cmd({ cmd: 'open', round: 2 })).durable).toBe(false);
    const s = run(hostState({ rounds: 1 }), [hello('c0', 'a', token(1)), cmd({ cmd: 'open', round: 1 }), cmd({ cmd: 'close', round: 1 })]).state;
    expect(reduce(s, cmd({ cmd: 'open', round: 2 })).durable).toBe(false);
  });

  it('a street stall for a trade that needs a shop becomes the side street', () => {
    const s = run(seated(1), [cmd({ cmd: 'open', round: 1 }), { e: 'submit', conn: 'c0', at: 1, frame: { t: 'submit', round: 1, seq: 1, choice: { trade: 'buildingMaterials', location: 'streetStall' } } }]).state;
    expect(s.seats[0]!.pending[1]!.location).toBe('sideStreet');
  });
});

describe('teacher controls', () => {
  it('kick revokes the token, refuses the seat and counts it out from the next close', () => {
    let s = run(seated(2), [cmd({ cmd: 'open', round: 1 }), submit('c0', 1, 1, 'noodleShop'), submit('c1', 1, 1, 'noodleShop')]).state;
    const k = reduce(s, cmd({ cmd: 'kick', seat: 1 }));
    expect(rejectOf(k.outbox)).toBe('kicked');
    s = run(k.state, [cmd({ cmd: 'close', round: 1 })]).state;
    expect(s.history[0]![1]).toBe(1);
    expect(rejectOf(reduce(s, hello('c9', 'x', token(9), { seat: 1, token: token(1) })).outbox)).toBe('kicked');
  });

  it('autopilot plays an absent seat, flagged, and hands it back', () => {
    let s = run(seated(2), [cmd({ cmd: 'autopilot', seat: 2, on: true }), cmd({ cmd: 'open', round: 1 }), submit('c0', 1, 1, null), cmd({ cmd: 'close', round: 1 })]).state;
    expect(s.seats[1]!.rounds[0]!.flag).toBe('autopilot');
    s = run(s, [cmd({ cmd: 'autopilot', seat: 2, on: false }), cmd({ cmd: 'open', round: 2 }), submit('c1', 2, 1, 'hairSalon'), cmd({ cmd: 'close', round: 2 })]).state;
    expect(s.seats[1]!.rounds[1]!.flag).toBe('chosen');
  });

  it('autopilot hands the seat back by itself when its student returns (logged)', () => {
    let s = run(seated(2), [{ e: 'disconnect', conn: 'c1', at: 5 }, cmd({ cmd: 'autopilot', seat: 2, on: true }), cmd({ cmd: 'open', round: 1 }), cmd({ cmd: 'close', round: 1 })]).state;
    expect(s.seats[1]!.rounds[0]!.flag).toBe('autopilot');
    const back = reduce(s, hello('c9', 's1', token(50), { seat: 2, token: token(2) }));
    expect(back.durable).toBe(true);
    expect(back.state.seats[1]!.autopilot).toBe(false);
    s = run(back.state, [cmd({ cmd: 'open', round: 2 }), cmd({ cmd: 'close', round: 2 })]).state;
    expect(s.seats[1]!.rounds[1]!.flag).toBe('auto');
    // a return without autopilot changes nothing durable
    expect(reduce(s, hello('c10', 's1', token(51), { seat: 2, token: token(2) })).durable).toBe(false);
  });

  it('code mode takes typed counts into the same history; live submits are refused meanwhile', () => {
    let s = run(seated(2), [cmd({ cmd: 'open', round: 1 }), submit('c0', 1, 1, 'noodleShop'), cmd({ cmd: 'close', round: 1 }), cmd({ cmd: 'mode', mode: 'code' })]).state;
    s = run(s, [cmd({ cmd: 'codeCounts', round: 2, counts: [4, 0, 0, 0, 0, 0, 0, 0, 1], classSize: 30 })]).state;
    expect(s.history).toHaveLength(2);
    expect(s.sources).toEqual(['live', 'code']);
    expect(s.params!.seats).toBe(2); // class size fixed at round 1
    s = run(s, [cmd({ cmd: 'mode', mode: 'live' }), cmd({ cmd: 'open', round: 3 })]).state;
    expect(s.round).toBe(3);
  });

  it('end stops new names', () => {
    const s = run(seated(1), [cmd({ cmd: 'end' })]).state;
    expect(rejectOf(reduce(s, hello('c5', 'n', token(5))).outbox)).toBe('ended');
  });
});

describe('transfer seat', () => {
  it('a seat marked for transfer goes to the next join with its nickname: new token, old one revoked, rounds kept', () => {
    let s = run(seated(2), [cmd({ cmd: 'open', round: 1 }), submit('c0', 1, 1, 'noodleShop'), cmd({ cmd: 'close', round: 1 }), cmd({ cmd: 'open', round: 2 }), submit('c0', 2, 4, 'hairSalon')]).state;
    const mark = reduce(s, cmd({ cmd: 'transfer', seat: 1, on: true }));
    expect(mark.durable).toBe(true);
    expect(reduce(mark.state, cmd({ cmd: 'transfer', seat: 1, on: true })).durable).toBe(false); // a repeat is a no-op
    s = mark.state;
    // another name joining meanwhile gets a seat of its own, not the marked one
    s = run(s, [hello('c5', 'someone', token(5))]).state;
    expect(s.seats).toHaveLength(3);
    // the same student on another machine (no token there; the nickname typed in another width and case)
    const take = reduce(s, hello('c9', ' Ｓ0 ', token(9)));
    expect(take.durable).toBe(true);
    expect(take.state.seats).toHaveLength(3);
    const x = take.state.seats[0]!;
    expect(x).toMatchObject({ seat: 1, token: token(9), conn: 'c9', transfer: false, revoked: [token(1)] });
    expect(x.rounds).toEqual(s.seats[0]!.rounds);
    expect(x.pending[2]!.trade).toBe('hairSalon');
    // the old machine, still connected, is told and closed; the new one gets a full welcome with the old seq
    expect(take.outbox).toContainEqual({ kind: 'send', conn: 'c0', frame: { t: 'reject', reason: 'transferred' } });
    expect(take.outbox).toContainEqual({ kind: 'close', conn: 'c0', code: 4000 });
    const w = frames(take.outbox, 'welcome')[0];
    expect(w && w.kind === 'send' && w.frame.t === 'welcome' && [w.conn, w.frame.seat, w.frame.token, w.frame.lastSeq]).toEqual(['c9', 1, token(9), 4]);
    s = take.state;
    // the old token is refused with the reason, and never seats anyone anew
    const old = reduce(s, hello('c10', 's0', token(10), { seat: 1, token: token(1) }));
    expect(rejectOf(old.outbox)).toBe('transferred');
    expect(old.state).toBe(s);
    // the mark is used up: a third machine with the same name is a new seat
    expect(reduce(s, hello('c11', 's0', token(11))).state.seats).toHaveLength(4);
    // the new machine's choice counts once for seat 1
    s = run(s, [submit('c9', 2, 5, 'noodleShop'), cmd({ cmd: 'close', round: 2 })]).state;
    expect(s.history[1]!.reduce((a, b) => a + b, 0)).toBe(1);
    expect(s.seats[0]!.rounds[1]).toMatchObject({ trade: 'noodleShop', flag: 'chosen' });
  });

  it('admits the transfer in a locked or full class, and takes a deduplicated seat by the name the student typed', () => {
    let s = run(hostState({ maxSeats: 2 }), [hello('c1', 'wang', token(1)), hello('c2', 'WANG', token(2))]).state;
    expect(s.seats[1]!.nick).toBe('WANG (2)');
    s = run(s, [cmd({ cmd: 'lock', on: true }), { e: 'disconnect', conn: 'c2', at: 5 }, cmd({ cmd: 'transfer', seat: 2, on: true })]).state;
    // two seats share the typed name "wang": the marked one is taken, not the other
    const r = reduce(s, hello('c3', 'wang', token(3)));
    expect(rejectOf(r.outbox)).toBeNull();
    expect(r.state.seats.map((x) => x.token)).toEqual([token(1), token(3)]);
  });

  it('unmarking, kicked seats and unknown seats change nothing', () => {
    let s = run(seated(2), [cmd({ cmd: 'transfer', seat: 2, on: true }), cmd({ cmd: 'transfer', seat: 2, on: false })]).state;
    expect(reduce(s, hello('c9', 's1', token(9))).state.seats).toHaveLength(3);
    s = run(s, [cmd({ cmd: 'kick', seat: 1 })]).state;
    expect(reduce(s, cmd({ cmd: 'transfer', seat: 1, on: true })).durable).toBe(false);
    expect(reduce(s, cmd({ cmd: 'transfer', seat: 7, on: true })).durable).toBe(false);
  });

  it('the roster shows the mark', () => {
    const s = run(seated(1), [cmd({ cmd: 'transfer', seat: 1, on: true })]).state;
    expect(dashboardView(s, null).seats[0]!.transfer).toBe(true);
  });
});

describe('--auto-rounds', () => {
  it('opens when someone sits, closes when all have submitted or the missing are long offline', () => {
    let s = hostState({ autoRounds: true });
    expect(autoCommand(s, 0)).toBeNull();
    s = run(s, [hello('c0', 'a', token(1)), hello('c1', 'b', token(2))]).state;
    expect(autoCommand(s, 0)).toEqual({ cmd: 'open', round: 1 });
    s = run(s, [cmd({ cmd: 'open', round: 1 }), submit('c0', 1, 1, null)]).state;
    expect(autoCommand(s, 5000)).toBeNull();
    s = run(s, [{ e: 'disconnect', conn: 'c1', at: 10_000 }]).state;
    expect(autoCommand(s, 10_000 + AUTO_OFFLINE_MS - 1)).toBeNull();
    expect(autoCommand(s, 10_000 + AUTO_OFFLINE_MS)).toEqual({ cmd: 'close', round: 1 });
    s = run(s, [cmd({ cmd: 'close', round: 1 })]).state;
    expect(autoCommand(s, 0)).toEqual({ cmd: 'open', round: 2 });
  });
});
