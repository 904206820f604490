// The two entry answers are kept with the game and set against what happened: saved and read back with the game,
// entrants counted from the month records (rises in open shops plus closures), and never fewer than the shops of
// that trade a real game still shows as opened by others in the year.
import { describe, expect, it } from 'vitest';
import { newGame, step, type GameState, type MonthRecord } from '../../../app/sim';
import { parseSave, serializeSession } from '../../../app/renderer/game/save-format';
import { entrantsWithinYear, businessFacts } from '../../../app/renderer/classroom/trade-facts';
import { predictionOutcome, buildResultsFile } from '../../../app/renderer/report/results-file';
import { serializeResults, parseResults } from '../../../app/shared/results';

function played(months: number): GameState {
  const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'wang-qiang', seed: 11, months });
  if (!g.ok) throw new Error(g.reason.key);
  let s = g.state;
  // Some months into the game (a quiet month may be refused while a choice is due: then open at once).
  for (let i = 0; i < 2; i++) { const r = step(s, { type: 'endMonth' }); if (!r.ok) break; s = r.state; }
  const open = step(s, { type: 'choosePath', path: 'business', businessId: 'breakfastStall', loanAmount: 10000, termMonths: 12 });
  if (!open.ok) throw new Error(open.reason.key);
  s = open.state;
  for (let guard = 0; !s.ended && guard < 500; guard++) {
    const r = step(s, s.pendingEvent ? { type: 'resolveEvent', choiceId: s.pendingEvent.choices.find((c) => c.eligible)!.id } : { type: 'endMonth' });
    if (!r.ok) throw new Error(r.reason.key);
    s = r.state;
  }
  return s;
}

const rec = (month: number, open: number, closed: number | null): MonthRecord => ({ month, openByType: { breakfastStall: open }, closedSameType: closed } as unknown as MonthRecord);

describe('entry predictions', () => {
  it('are saved and read back with the game; a damaged one is dropped, the game kept', () => {
    const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'wang-qiang', seed: 1 });
    if (!g.ok) throw new Error('refused');
    const prediction = { businessId: 'breakfastStall', month: 2, predictedEntrants: 4, willBeatAverage: true };
    const back = parseSave(serializeSession({ state: g.state, classCode: null, nickname: null, prediction }));
    expect(back.ok && back.session.prediction).toEqual(prediction);
    const text = JSON.parse(serializeSession({ state: g.state, classCode: null, nickname: null, prediction }));
    text.prediction.predictedEntrants = -3;
    const damaged = parseSave(JSON.stringify(text));
    expect(damaged.ok).toBe(true);
    if (damaged.ok) expect(damaged.session.prediction).toBeNull();
  });

  it('count entrants as rises in open shops plus closures, without the player own shop', () => {
    const s = { history: [rec(1, 6, 0), rec(2, 8, 0), rec(3, 8, 1), rec(4, 7, 3), rec(5, 9, 3)] } as unknown as GameState;
    // month 2: +2 (one is the player's), month 3: 0 + 1 closure, month 4: -1 + 2 closures = 1, month 5: +2.
    expect(entrantsWithinYear(s, 'breakfastStall', 2, true)).toBe(2 + 1 + 1 + 2 - 1);
    expect(entrantsWithinYear(s, 'breakfastStall', 2, false)).toBe(6);
    const noClosures = { history: [rec(1, 6, null), rec(2, 5, null), rec(3, 7, null)] } as unknown as GameState;
    expect(entrantsWithinYear(noClosures, 'breakfastStall', 2, false)).toBe(2);
  });

  it('in a real game, count at least the shops of the trade others opened in the year that the market still lists', () => {
    const s = played(18);
    const facts = businessFacts(s)!;
    const m = facts.openedMonth;
    expect(facts.businessId).toBe('breakfastStall');
    // From the second month of the year on (the month of opening itself has no record before it when m = 0).
    const listed = s.market.firms.filter((f) => f.businessId === 'breakfastStall' && f.owner !== 'player' && f.openedMonth > m && f.openedMonth < m + 12).length;
    const r = predictionOutcome(s, { businessId: 'breakfastStall', month: m, predictedEntrants: 3, willBeatAverage: true });
    expect(r.actualEntrants).not.toBeNull();
    expect(r.actualEntrants!).toBeGreaterThanOrEqual(listed);
    expect(r.beatAverage).toBe(facts.meanMonthlyProfit! > facts.tradeMeanProfit!);
    const file = buildResultsFile(s, { language: 'en', classCode: null, nickname: null, prediction: { businessId: 'breakfastStall', month: m, predictedEntrants: 3, willBeatAverage: true } });
    const back = parseResults(serializeResults(file));
    expect(back.ok && back.results.prediction).toMatchObject({ predictedEntrants: 3, willBeatAverage: true, actualEntrants: r.actualEntrants });
    expect(back.ok && back.results.business).toMatchObject({ businessId: 'breakfastStall', openedMonth: m });
  });
});
