// The numbers behind the month screen's crowding strip, town news, quiet-month summary and event cards
// (issue 10): each is the model's own figure, read from GameState, and every text they feed has its variables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHOICE_FIGURE_UNITS, EVENT_DEFINITIONS, type GameState } from '../../../app/sim';
import { eventRepeats, mostCrowdedTrade, quietSummary, sparkPoints, townNews, tradeStripData } from '../../../app/renderer/game/play-figures';
import { choiceEffects, WORDED_FIGURES } from '../../../app/renderer/ui/play/event-effects';
import { act, months, start } from '../sim/helpers';

const root = join(__dirname, '..', '..', '..');
const nsFile = (lang: string, ns: string) => JSON.parse(readFileSync(join(root, 'locales', lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;

/** The template for a `play:` or `debtcard:` key (plural forms: _other, which every language has). */
function template(lang: string, key: string): string {
  const [ns, rest] = key.includes(':') ? (key.split(':') as [string, string]) : ['play', key];
  let g = nsFile(lang, ns) as Record<string, unknown>;
  const parts = rest.split('.');
  const name = parts.pop()!;
  for (const part of parts) g = (g[part] ?? {}) as Record<string, unknown>;
  return String(g[name] ?? g[`${name}_other`] ?? '');
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

  it('state each choice\'s consequences from the figures the model attached to it', () => {
    // a real card: the model puts the cost and the top-level meter effects of every choice into its figures
    const lines = choiceEffects({ ties: -10 });
    expect(lines.find((l) => l.key === 'play:event.ties')?.params.delta).toBe(-10);
    const fest = choiceEffects({ cost: 1200, wellbeing: 8, ties: 4 });
    expect(fest[0]).toEqual({ key: 'play:event.costs', params: { amount: 1200 }, money: ['amount'] });
    expect(fest.find((l) => l.key === 'play:event.wellbeing')?.params.delta).toBe(8);
    let s = businessGame(0);
    for (let i = 0; i < 60 && !s.ended && !s.pendingEvent?.choices.some((c) => Object.keys(c.figures).length > 1); i++) s = months(s, 1);
    const real = s.pendingEvent?.choices.find((c) => Object.keys(c.figures).length > 1);
    expect(real, 'a card whose choice carries figures').toBeDefined();
    const realLines = choiceEffects(real!.figures);
    expect(realLines.length).toBeGreaterThan(0);
    for (const lang of ['en', 'zh-CN']) {
      for (const l of [...lines, ...fest, ...realLines]) {
        expect(template(lang, l.key), `${lang} ${l.key}`).not.toBe('');
        for (const v of placeholders(template(lang, l.key))) expect(Object.keys(l.params), `${lang} ${l.key}`).toContain(v);
      }
    }
  });
});

describe('debt cards', () => {
  it('word every figure the model defines', () => {
    expect([...WORDED_FIGURES].sort()).toEqual(Object.keys(CHOICE_FIGURE_UNITS).sort());
  });

  it('format the model\'s figures for each debt choice, and only those', () => {
    const shark = choiceEffects({ borrowed: 517, cost: 817, monthlyRate: 0.08, interestPerMonth: 41 });
    expect(shark.map((l) => [l.key, l.params.amount ?? l.params.rate])).toEqual([
      ['play:event.costs', 817], ['play:event.borrow', 517], ['play:event.interest', 0.08], ['debtcard:interestFromNextMonth', 41],
    ]);
    expect(choiceEffects({ borrowed: 517, cost: 817, monthlyRate: 0, interestPerMonth: 0, ties: -2 }).map((l) => l.key))
      .toEqual(['play:event.costs', 'play:event.borrow', 'play:debt.noInterest', 'play:event.ties']);
    const arrears = choiceEffects({ toArrears: 800, interestCharged: 17, subsidyLost: 1, penaltyPerMonth: 10, missesLeft: 2, defaultsNow: 0, wellbeing: -3 });
    expect(arrears.map((l) => l.key)).toEqual(['debtcard:toArrears', 'debtcard:interestCharged', 'play:debt.subsidyLost', 'debtcard:penalty', 'play:debt.missesLeft', 'play:event.wellbeing']);
    const last = choiceEffects({ toArrears: 800, interestCharged: 17, subsidyLost: 0, missesLeft: 0, defaultsNow: 1, calledIn: 9989, wellbeing: -3 });
    expect(last.map((l) => [l.key, l.params.amount])).toEqual([['debtcard:toArrears', 800], ['debtcard:interestCharged', 17], ['debtcard:defaultsNow', 9989], ['play:event.wellbeing', undefined]]);
    const pay = choiceEffects({ cost: 3000, guarantorPays: 5000, owedToGuarantor: 5000, leftUnpaid: 1989, blacklistMonths: 24, wellbeing: -15, ties: -10 });
    expect(pay.map((l) => [l.key, l.params.amount])).toEqual([
      ['play:event.costs', 3000], ['play:event.guarantorPays', 5000], ['play:debt.owedToGuarantor', 5000], ['play:debt.listed', 1989],
      ['play:event.wellbeing', undefined], ['play:event.ties', undefined],
    ]);
    const cleared = choiceEffects({ guarantorPays: 9989, owedToGuarantor: 9989, leftUnpaid: 0 });
    expect(cleared.map((l) => l.key)).toEqual(['play:event.guarantorPays', 'play:debt.owedToGuarantor', 'play:debt.cleared']);
    const notice = choiceEffects({ owedToGuarantor: 9989 });
    expect(notice.map((l) => l.key)).toEqual(['debtcard:owedToGuarantorNow', 'play:debt.repayLater']);
    const listed = choiceEffects({ blacklistMonths: 24 });
    expect(listed.map((l) => l.key)).toEqual(['play:debt.bars', 'play:debt.allowed']);
    for (const lang of ['en', 'zh-CN']) {
      for (const l of [...shark, ...arrears, ...last, ...pay, ...cleared, ...notice, ...listed, ...choiceEffects({ payFromSavings: 1, cashLeft: 10, guarantorListed: 1 })]) {
        expect(template(lang, l.key), `${lang} ${l.key}`).not.toBe('');
        for (const v of placeholders(template(lang, l.key))) expect(Object.keys(l.params), `${lang} ${l.key}`).toContain(v);
      }
    }
  });
});
