// What the town shows for a state: stalls' visible state from profits and prices, the player's marks for
// debt, seasons, and the benchmark street's size. Uses real game states from the model.
import { describe, expect, it } from 'vitest';
import { autoPolicy, listBusinesses, listPersonas, newGame, step, type GameState } from '../../../app/sim';
import { MAX_PAST_SHUTTERS, calendarMonthOf, crowdedTown, preLayoffTown, priceBars, seasonOf, statusOf, townFromState } from '../../../app/renderer/town/model';

const types = listBusinesses().map((b) => ({ id: b.id, category: b.category, baselineProfit: b.baselineProfit, incumbents: b.incumbents }));

function play(months: number, path: 'business' | 'retrain' = 'business'): GameState {
  const g = newGame({ scenarioId: '2016-steel-coal', personaId: listPersonas()[0]?.id ?? '', seed: 7 });
  if (!g.ok) throw new Error(g.reason.key);
  let s = g.state;
  for (let guard = 0; !s.ended && s.month < months && guard < 2000; guard++) {
    const r = step(s, autoPolicy(s, path));
    s = r.ok ? r.state : (() => { const e = step(s, { type: 'endMonth' }); if (!e.ok) throw new Error(e.reason.key); return e.state; })();
  }
  return s;
}

describe('stall state', () => {
  it('reads busy, getting by and struggling from profit against the trade\'s usual profit', () => {
    expect(statusOf(3000, 3000, false, false)).toBe('busy');
    expect(statusOf(1500, 3000, false, false)).toBe('steady');
    expect(statusOf(200, 3000, false, false)).toBe('struggling');
    expect(statusOf(-500, 3000, false, false)).toBe('struggling');
    expect(statusOf(9999, 3000, true, false)).toBe('closed');
    expect(statusOf(0, 3000, false, true)).toBe('steady');
  });

  it('draws fewer bars on the price sign as the price falls (5 = normal)', () => {
    expect(priceBars(1)).toBe(5);
    expect(priceBars(0.6)).toBe(3);
    expect(priceBars(0.05)).toBe(1);
    expect(priceBars(1.3)).toBe(6);
  });
});

describe('seasons', () => {
  it('maps game months onto the calendar from the scenario\'s start month', () => {
    expect(calendarMonthOf(4, 0)).toBe(4);
    expect(calendarMonthOf(4, 9)).toBe(1);
    expect(calendarMonthOf(4, 22)).toBe(2);
    expect(seasonOf(1)).toBe('winter');
    expect(seasonOf(7)).toBe('summer');
  });
});

describe('townFromState', () => {
  it('shows the title town with every incumbent open and the chimney smoking', () => {
    const v = preLayoffTown(types);
    expect(v.firms.length).toBe(types.reduce((n, t) => n + t.incumbents, 0));
    expect(v.firms.every((f) => f.status !== 'closed' && f.priceBars === 5)).toBe(true);
    expect(v.chimneySmoke).toBe(true);
    expect(v.player).toBeNull();
  });

  it('marks the player\'s business and shows crowding, closures and lower prices after a year in business', () => {
    const s = play(14);
    const v = townFromState(s, types, 4);
    expect(v.chimneySmoke).toBe(false);
    expect(v.player?.businessFirmId).toBe(s.path?.path === 'business' ? s.path.firmId : null);
    expect(v.firms.filter((f) => !f.past)).toHaveLength(s.market.firms.length);
    expect(v.firms.some((f) => f.status === 'closed')).toBe(true);
    expect(v.firms.some((f) => f.priceBars < 5)).toBe(true);
    const closedInModel = s.market.firms.filter((f) => f.closedMonth !== null).length;
    expect(v.firms.filter((f) => f.status === 'closed' && !f.past)).toHaveLength(closedInModel);
  });

  it('keeps the shutters of firms the model has forgotten (counted in closedByType), a few per trade at most', () => {
    const s = play(30);
    const v = townFromState(s, types, 4);
    for (const t of types) {
      const listed = s.market.firms.filter((f) => f.businessId === t.id && f.closedMonth !== null).length;
      const past = v.firms.filter((f) => f.businessId === t.id && f.past);
      expect(past.length).toBe(Math.min(MAX_PAST_SHUTTERS, Math.max(0, (s.market.closedByType[t.id] ?? 0) - listed)));
      expect(past.every((f) => f.status === 'closed' && f.id < 0)).toBe(true);
    }
    expect(v.firms.some((f) => f.past)).toBe(true);
  });

  it('puts debt on the house: overdue, guarantor and blacklist marks follow the household', () => {
    const s = play(3);
    const hh = structuredClone(s);
    hh.household.debts.arrears = 900;
    hh.household.blacklisted = true;
    if (hh.guarantor) hh.guarantor.bound = true;
    const v = townFromState(hh, types, 4);
    expect(v.player?.overdue).toBe(true);
    expect(v.player?.blacklisted).toBe(true);
    expect(v.player?.guarantorVisiting).toBe(hh.guarantor !== null);
    const clean = townFromState(s, types, 4);
    expect(clean.player?.blacklisted).toBe(false);
  });
});

describe('crowdedTown (benchmark)', () => {
  it('holds at least 300 businesses and people, with every visible state', () => {
    const v = crowdedTown(types);
    expect(v.firms.length + v.walkers).toBeGreaterThanOrEqual(300);
    for (const st of ['busy', 'steady', 'struggling', 'closed']) expect(v.firms.some((f) => f.status === st)).toBe(true);
  });
});
