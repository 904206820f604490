// The class market's rule (app/sim/class-market.ts): golden rounds reproduced by host, client and code mode, and the
// behaviour that matters for the lesson (more entrants, lower prices and profits; seat weight capped; pure).
import { describe, expect, it } from 'vitest';
import golden from './class-market.golden.json';
import { CLASS_TRADES, countChoices, resolveClassHistory, resolveClassMarket, seatWeight, verifyTick, autopilotTrade } from '../../../app/sim/index';
import { TRADE_IDS } from '../../../app/shared/class-protocol';
import { decodeMarketCode, encodeMarketCode } from '../../../app/shared/market-code';
import { ClassClient } from '../../../app/shared/class-client';
import type { SocketLike } from '../../../app/shared/class-client';
import { CODE, choicesFor, cmd, hello, hostState, run, submit, token } from './helpers';

const expectedChecks = golden.expected.map((e) => e.check);

describe('resolveClassMarket', () => {
  it('reproduces the golden rounds', () => {
    const ticks = resolveClassHistory(golden.params, golden.classSeed, golden.history);
    expect(ticks.map((t) => ({ round: t.round, firms: t.firms, priceIndex: t.priceIndex, avgProfit: t.avgProfit, breakEven: t.breakEven, check: t.check }))).toEqual(golden.expected);
    expect(resolveClassMarket(golden.params, golden.classSeed, golden.history).check).toBe(expectedChecks[4]);
  });

  it('host (live rounds closed by the teacher) gives the golden checks', () => {
    let s = hostState({ classSeed: golden.classSeed });
    const seats = golden.params.seats;
    s = run(s, Array.from({ length: seats }, (_, i) => hello(`c${i}`, `s${i}`, token(i + 1)))).state;
    golden.history.forEach((counts, r) => {
      const round = r + 1;
      const choices = choicesFor(counts, seats);
      s = run(s, [cmd({ cmd: 'open', round }), ...choices.map((t, i) => submit(`c${i}`, round, 1, t)), cmd({ cmd: 'close', round })]).state;
    });
    expect(s.checks).toEqual(expectedChecks);
    expect(s.history).toEqual(golden.history);
  });

  it('code mode (market codes typed by the teacher) gives the golden checks', () => {
    let s = run(hostState({ classSeed: golden.classSeed }), [cmd({ cmd: 'mode', mode: 'code' })]).state;
    golden.history.forEach((counts, r) => {
      const code = encodeMarketCode({ round: r + 1, counts }, golden.classSeed);
      const d = decodeMarketCode(code.toLowerCase(), golden.classSeed);
      if (!d.ok) throw new Error(d.error);
      s = run(s, [cmd({ cmd: 'codeCounts', round: d.value.round, counts: d.value.counts, classSize: golden.params.seats })]).state;
    });
    expect(s.checks).toEqual(expectedChecks);
  });

  it('a student client (resync, then live rounds) recomputes the golden checks', () => {
    const sock: SocketLike = { readyState: 1, send: () => {}, close: () => {}, onopen: null, onmessage: null, onclose: null, onerror: null };
    const seen: { round: number; ok: boolean; check: string }[] = [];
    const c = new ClassClient({ url: 'ws://x', joinCode: CODE, nick: 'a', scenarioId: golden.params.scenarioId, open: () => sock, random: () => 0.5, now: () => 0 }, {
      tick: (t, _m, info) => seen.push({ round: t.round, ok: info.ok, check: t.check }),
    });
    c.start();
    sock.onopen?.({});
    const push = (f: object) => sock.onmessage?.({ data: JSON.stringify(f) });
    push({
      t: 'welcome', v: 1, seat: 1, token: token(1), nick: 'a', scenarioId: golden.params.scenarioId, classSeed: golden.classSeed, params: golden.params, seatWeight: 4,
      round: 3, phase: 'resolved', paused: false, mode: 'live', rounds: 12, myChoices: [], history: golden.history.slice(0, 3), checks: expectedChecks.slice(0, 3), lastSeq: 0, now: 0,
    });
    push({ t: 'tick', round: 4, counts: golden.history[3], check: expectedChecks[3], choice: null, at: 0, params: golden.params });
    push({ t: 'tick', round: 5, counts: golden.history[4], check: expectedChecks[4], choice: null, at: 0, params: golden.params });
    expect(seen).toEqual(expectedChecks.map((check, i) => ({ round: i + 1, ok: true, check })));
    c.stop();
  });

  it('a client flags a round whose numbers differ from its own', () => {
    const sock: SocketLike = { readyState: 1, send: () => {}, close: () => {}, onopen: null, onmessage: null, onclose: null, onerror: null };
    const oks: boolean[] = [];
    const c = new ClassClient({ url: 'ws://x', joinCode: CODE, nick: 'a', scenarioId: golden.params.scenarioId, open: () => sock, random: () => 0.5, now: () => 0 }, {
      tick: (_t, _m, info) => oks.push(info.ok),
    });
    c.start();
    const push = (f: object) => sock.onmessage?.({ data: JSON.stringify(f) });
    push({
      t: 'welcome', v: 1, seat: 1, token: token(1), nick: 'a', scenarioId: golden.params.scenarioId, classSeed: golden.classSeed, params: golden.params, seatWeight: 4,
      round: 1, phase: 'open', paused: false, mode: 'live', rounds: 12, myChoices: [], history: [], checks: [], lastSeq: 0, now: 0,
    });
    push({ t: 'tick', round: 1, counts: golden.history[0], check: 'deadbeef', choice: null, at: 0, params: golden.params });
    expect(oks).toEqual([false]);
    c.stop();
  });

  it('the protocol and the model list the same trades in the same order', () => {
    expect([...TRADE_IDS]).toEqual([...CLASS_TRADES]);
  });

  it('more class entrants in a trade mean a lower price and a lower average profit there', () => {
    const p = { scenarioId: '2016-steel-coal', seats: 20, monthsPerRound: 3 };
    const few = resolveClassMarket(p, 7, [[2, 0, 0, 0, 0, 0, 0, 0, 0]]);
    const many = resolveClassMarket(p, 7, [[12, 0, 0, 0, 0, 0, 0, 0, 0]]);
    expect(many.firms[0]).toBeGreaterThan(few.firms[0]!);
    expect(many.priceIndex[0]).toBeLessThan(few.priceIndex[0]!);
    expect(many.avgProfit[0]).toBeLessThan(few.avgProfit[0]!);
    // the other trades do not move
    expect(many.avgProfit.slice(1)).toEqual(few.avgProfit.slice(1));
  });

  it('weighs a seat as cohortSize/seats, at most 4 cohort workers', () => {
    expect(seatWeight(200, 60)).toBeCloseTo(200 / 60);
    expect(seatWeight(200, 8)).toBe(4);
    expect(resolveClassMarket({ scenarioId: '2016-steel-coal', seats: 8, monthsPerRound: 3 }, 1, [[1, 0, 0, 0, 0, 0, 0, 0, 0]]).seatWeight).toBe(4);
  });

  it('a small class is topped up by more simulated cohort founders than a full one', () => {
    const total = (seats: number) => resolveClassHistory({ scenarioId: '2016-steel-coal', seats, monthsPerRound: 3 }, 5, Array.from({ length: 4 }, () => new Array(9).fill(0)))
      .at(-1)!.cohort.reduce((a, b) => a + b, 0);
    expect(total(8)).toBeGreaterThan(total(60));
  });

  it('is pure: same inputs, same tick; a different seed gives a different cohort', () => {
    const p = { scenarioId: '2016-steel-coal', seats: 10, monthsPerRound: 3 };
    const h = [[1, 1, 1, 1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 2, 2, 2, 2]];
    expect(resolveClassMarket(p, 11, h)).toEqual(resolveClassMarket(p, 11, h));
    expect(resolveClassMarket(p, 11, h).check).not.toBe(resolveClassMarket(p, 12, h).check);
    expect(verifyTick(resolveClassMarket(p, 11, h))).toBe(true);
    expect(verifyTick({ ...resolveClassMarket(p, 11, h), avgProfit: new Array(9).fill(0) })).toBe(false);
  });

  it('break-even: a trade at or under it earns, over it loses, on average', () => {
    for (const n of [0, 3, 6, 10, 20]) {
      const t = resolveClassMarket({ scenarioId: '2016-steel-coal', seats: 10, monthsPerRound: 3 }, 3, [new Array(9).fill(n)]);
      for (let i = 0; i < 9; i++) {
        if (t.firms[i]! <= t.breakEven[i]!) expect(t.avgProfit[i]).toBeGreaterThanOrEqual(0);
        if (t.firms[i]! >= t.breakEven[i]! + 1) expect(t.avgProfit[i]).toBeLessThan(0);
      }
    }
  });

  it('counts choices per trade and ignores unknown ids', () => {
    expect(countChoices(['noodleShop', null, 'noodleShop', 'spaceship', 'buildingMaterials'])).toEqual([0, 2, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('autopilot keeps a profitable trade and is seeded by seat and round', () => {
    const profit = new Array(9).fill(100);
    expect(autopilotTrade(1, 2, 3, 4, profit)).toBe(4);
    expect(autopilotTrade(1, 2, 3, null, null)).toBe(autopilotTrade(1, 2, 3, null, null));
  });

  it('refuses an unknown scenario and an empty history', () => {
    expect(() => resolveClassMarket({ scenarioId: 'nope', seats: 1, monthsPerRound: 3 }, 1, [[0]])).toThrow(/scenario/);
    expect(() => resolveClassMarket({ scenarioId: '2016-steel-coal', seats: 1, monthsPerRound: 3 }, 1, [])).toThrow();
  });
});
