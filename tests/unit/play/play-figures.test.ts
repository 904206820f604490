// The numbers behind the month screen's crowding strip, town news, quiet-month summary and event cards
// (issue 10): each is the model's own figure, read from GameState, and every text they feed has its variables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_DEFINITIONS, type GameState } from '../../../app/sim';
import { eventRepeats, mostCrowdedTrade, quietSummary, sparkPoints, townNews, tradeStripData } from '../../../app/renderer/game/play-figures';
import { choiceEffects, debtEffects } from '../../../app/renderer/ui/play/event-effects';
import { act, months, start } from '../sim/helpers';

const root = join(__dirname, '..', '..', '..');
const play = (lang: string) => JSON.parse(readFileSync(join(root, 'locales', lang, 'play.json'), 'utf8')) as Record<string, Record<string, string>>;

/** The template for a `play:` key (plural forms: _other, which every language has). */
function template(lang: string, key: string): string {
  const [group, name] = key.replace(/^play:/, '').split('.') as [string, string];
  const g = play(lang)[group] ?? {};
  return g[name] ?? g[`${name}_other`] ?? '';
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!);

function businessGame(monthsPlayed: number): GameState {
  let s = start('wang-qiang', { seed: 7 });
  s = act(s, { type: 'choosePath', path: 'business', businessId: 'breakfastStall', loanAmount: 12000, termMonths: 24, location: 'streetStall' });
  return months(s, monthsPlayed);
}

describe('trade strip', () => {
  it('counts the open firms of the player\'s trade, its closures last month and the price, as the model holds them', () => {
    const s = businessGame(8);
    const d = tradeStripData(s)!;
    expect(d.mode).toBe('own');
    expect(d.businessId).toBe('breakfastStall');
    const last = s.history[s.history.length - 1]!.month;
    expect(d.open).toBe(s.market.firms.filter((f) => f.closedMonth === null && f.businessId === 'breakfastStall').length);
    expect(d.closedLastMonth).toBe(s.market.firms.filter((f) => f.businessId === 'breakfastStall' && f.closedMonth === last).length);
    expect(d.priceIndex).toBe(s.market.priceIndex.breakfastStall);
    expect(d.series).toEqual(s.history.slice(-12).map((r) => r.openByType.breakfastStall ?? 0));
    expect(d.waiting).toBeNull();
  });

  it('on other paths follows the most crowded trade and shows the job centre queue', () => {
    let s = start('liu-fang', { seed: 7 });
    s = months(act(s, { type: 'choosePath', path: 'retire' }), 6);
    const d = tradeStripData(s, 40)!;
    expect(d.mode).toBe('crowded');
    expect(d.businessId).toBe(mostCrowdedTrade(s));
    const counts = new Map<string, number>();
    for (const f of s.market.firms) if (f.closedMonth === null) counts.set(f.businessId, (counts.get(f.businessId) ?? 0) + 1);
    expect(d.open).toBe(Math.max(...counts.values()));
    expect(d.waiting).toBe(40);
  });

  it('draws a sparkline inside its box, highest point at the top', () => {
    const pts = sparkPoints([2, 4, 1], 90, 20).split(' ').map((p) => p.split(',').map(Number));
    expect(pts).toEqual([[0, 10], [45, 0], [90, 15]]);
    expect(sparkPoints([], 90, 20)).toBe('');
  });

  it('has every variable its texts ask for, in both languages', () => {
    for (const lang of ['en', 'zh-CN']) {
      for (const key of ['own', 'crowded', 'priceDown', 'priceUp', 'spark', 'waiting', 'showThem']) {
        const vars = placeholders(template(lang, `play:strip.${key}`));
        expect(vars.every((v) => ['business', 'percent', 'diff', 'count', 'from', 'to', 'peak', 'n'].includes(v)), `${lang} strip.${key}: ${vars}`).toBe(true);
      }
    }
  });
});

describe('town news', () => {
  it('reports a month\'s closures or openings with the trade most concerned, and texts get all their variables', () => {
    let s = businessGame(1);
    const keys = new Set<string>();
    for (let i = 0; i < 14 && !s.ended; i++) {
      const n = townNews(s)!;
      expect(n).not.toBeNull();
      keys.add(n.key);
      const last = s.history[s.history.length - 1]!.month;
      if (n.key === 'play:news.closures') {
        expect(n.params.count).toBe(s.market.firms.filter((f) => f.closedMonth === last).length);
        expect(s.market.firms.filter((f) => f.closedMonth === last && f.businessId === n.params.businessId).length).toBe(n.params.same);
      }
      if (n.key === 'play:news.openings') expect(n.params.count).toBe(s.market.firms.filter((f) => f.openedMonth === last).length);
      for (const lang of ['en', 'zh-CN']) {
        const tpl = template(lang, n.key);
        expect(tpl, `${lang} ${n.key}`).not.toBe('');
        // the view adds `business` (the trade's name) and `n` (the count, formatted)
        for (const v of placeholders(tpl)) expect([...Object.keys(n.params), 'business', 'n'], `${lang} ${n.key} needs ${v}`).toContain(v);
      }
      s = months(s, 1);
    }
    expect(keys.size).toBeGreaterThan(1);
  });

  it('says nothing before the first month has ended', () => {
    expect(townNews(start('wang-qiang'))).toBeNull();
  });
});

describe('quiet months summary', () => {
  it('adds up the months that passed from the model\'s records', () => {
    const before = businessGame(2);
    const after = months(before, 5);
    const q = quietSummary(before, after)!;
    const recs = after.history.slice(before.history.length);
    expect(q.months).toBe(5);
    expect(q.income).toBe(recs.reduce((a, r) => a + r.income, 0));
    expect(q.cashChange).toBe(recs[4]!.cash - recs[0]!.cashStart);
    expect(q.openAfter).toBe(recs[4]!.openByType.breakfastStall);
    expect(q.openBefore).toBe(before.market.firms.filter((f) => f.closedMonth === null && f.businessId === 'breakfastStall').length);
    // from the very first month too (no month recorded yet)
    const first = act(start('wang-qiang', { seed: 7 }), { type: 'choosePath', path: 'retrain', courseId: 'elderCare' });
    const q0 = quietSummary(first, months(first, 2))!;
    expect(q0.openBefore).toBeGreaterThan(0);
    expect(quietSummary(after, after)).toBeNull();
  });
});

describe('event cards', () => {
  it('count how often an event came before, from the model\'s per-event count', () => {
    let s = businessGame(0);
    for (let i = 0; i < 40 && !s.ended; i++) {
      if (s.pendingEvent) {
        const idx = EVENT_DEFINITIONS.findIndex((e) => e.id === s.pendingEvent!.id);
        expect(eventRepeats(s, EVENT_DEFINITIONS.map((e) => e.id))).toBe(s.eventCount[idx]! - 1);
      }
      s = months(s, 1);
    }
  });

  it('state each choice\'s consequences from its figures and the event\'s own meter effects', () => {
    const lines = choiceEffects('competitorNextDoor', 'priceWar', {});
    expect(lines.find((l) => l.key === 'play:event.ties')?.params.delta).toBe(-10);
    const fest = choiceEffects('springFestival', 'celebrate', { cost: 1200 });
    expect(fest[0]).toEqual({ key: 'play:event.costs', params: { amount: 1200 }, money: ['amount'] });
    expect(fest.find((l) => l.key === 'play:event.wellbeing')?.params.delta).toBe(8);
    // the figures a debt card will carry: borrowing, interest, what stays owed, the guarantor's share
    const debt = choiceEffects('debt.instalmentShort', 'loanShark', { borrow: 3000, monthlyRate: 0.1, owed: 3300 }, []);
    expect(debt.map((l) => l.key)).toEqual(['play:event.borrow', 'play:event.owed', 'play:event.interest']);
    expect(choiceEffects('debt.calledIn', 'letGuarantorPay', { guarantorPays: 6402 }, [])[0]!.params.amount).toBe(6402);
    for (const lang of ['en', 'zh-CN']) {
      for (const l of [...lines, ...fest, ...debt]) {
        for (const v of placeholders(template(lang, l.key))) expect(Object.keys(l.params), `${lang} ${l.key}`).toContain(v);
      }
    }
  });
});

describe('debt cards', () => {
  it('work out each choice\'s consequences from the card\'s params and the household\'s cash', () => {
    const params = { due: 817, covered: 0, cash: 300, missedInRow: 0, missesLeft: 2, subsidised: 1, sharkPercent: 8, relativesMax: 10000 };
    const ctx = { cash: 300, pendingDue: 817 };
    const shark = debtEffects('debt.instalmentShort', 'loanShark', params, ctx);
    expect(shark[0]).toMatchObject({ key: 'play:event.borrow', params: { amount: 517 } });
    expect(shark[1]).toMatchObject({ key: 'play:event.interest', params: { rate: 0.08 } });
    expect(shark[2]!.params.amount).toBe(Math.round(517 * 0.08));
    const arrears = debtEffects('debt.instalmentShort', 'letArrears', params, ctx).map((l) => l.key);
    expect(arrears).toEqual(['play:debt.subsidyLost', 'play:debt.missesLeft', 'play:event.wellbeing']);
    // with enough savings nobody needs to lend: no borrowing line
    expect(debtEffects('debt.instalmentShort', 'askRelatives', params, { cash: 5000, pendingDue: 817 })).toEqual([]);

    const called = { owed: 9989, cash: 3000, guarantorCan: 5000, blacklistMonths: 24 };
    const pay = debtEffects('debt.calledIn', 'payWhatYouCan', called, { cash: 3000, pendingDue: 0 });
    expect(pay.map((l) => [l.key, l.params.amount])).toEqual([
      ['play:event.costs', 3000], ['play:event.guarantorPays', 5000], ['play:debt.owedToGuarantor', 5000], ['play:debt.listed', 1989],
    ]);
    const cannot = debtEffects('debt.calledIn', 'cannotPay', { ...called, guarantorCan: 9989 }, { cash: 3000, pendingDue: 0 });
    expect(cannot.map((l) => l.key)).toEqual(['play:event.guarantorPays', 'play:debt.owedToGuarantor', 'play:debt.cleared']);
    for (const lang of ['en', 'zh-CN']) {
      for (const l of [...shark, ...pay, ...cannot]) {
        for (const v of placeholders(template(lang, l.key))) expect(Object.keys(l.params), `${lang} ${l.key}`).toContain(v);
      }
    }
  });
});
