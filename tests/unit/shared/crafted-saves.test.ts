// Crafted and damaged saves, as a reviewer made them by hand: each one is either refused with its reason
// (and which check caught it), or, when it passes every check, the game plays on from it safely: the model
// lists the choices and ends months without throwing and every number stays finite.
import { describe, expect, it } from 'vitest';
import { autoPolicy, newGame, step, type GameState } from '../../../app/sim';
import { modelRefusal } from '../../../app/renderer/game/session';
import { parseSave, serializeSession } from '../../../app/renderer/game/save-format';
import { MAX_SAVE_BYTES } from '../../../app/shared/save-schema';

function played(): GameState {
  const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'chen-li', seed: 5 });
  if (!g.ok) throw new Error(g.reason.key);
  let s = g.state;
  for (let i = 0; i < 12 && s.month < 4; i++) {
    const r = step(s, autoPolicy(s, 'business'));
    s = r.ok ? r.state : s;
  }
  return s;
}
const base = played();
const good = JSON.parse(serializeSession({ state: base, classCode: 'DEMO1', nickname: 'Li' }, new Date('2026-11-29T10:00:00Z')));
type Save = typeof good;
const edit = (fn: (s: Save) => void): string => { const c = structuredClone(good); fn(c); return JSON.stringify(c); };
const nest = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** [name, text, expected: a problem the parser names, 'model' (the model refuses it), or 'plays'] */
const CRAFTED: [string, string, string][] = [
  ['empty file', '', 'json'],
  ['null', 'null', 'format'],
  ['an array', '[]', 'format'],
  ['truncated half way', JSON.stringify(good).slice(0, 5000), 'json'],
  ['truncated by one byte', JSON.stringify(good).slice(0, -1), 'json'],
  ['a byte-order mark from a text editor', `\uFEFF${JSON.stringify(good)}`, 'plays'],
  ['another program\'s file', edit((s) => { s.format = 'other-game'; }), 'format'],
  ['version as text', edit((s) => { s.version = '2'; }), 'version'],
  ['version 0', edit((s) => { s.version = 0; }), 'version'],
  ['version 1.5', edit((s) => { s.version = 1.5; }), 'version'],
  ['a newer version', edit((s) => { s.version = 99; }), 'newer'],
  ['an unknown key in the envelope', edit((s) => { s.extra = 1; }), 'state'],
  ['savedAt not a date', edit((s) => { s.savedAt = 'yesterday'; }), 'state'],
  ['a class code of 500 characters', edit((s) => { s.classCode = 'X'.repeat(500); }), 'state'],
  ['a nickname that is a number', edit((s) => { s.nickname = 5; }), 'state'],
  ['no state', edit((s) => { delete s.state; }), 'state'],
  ['savings of 1e308 yuan', edit((s) => { s.state.household.cash = 1e308; }), 'state'],
  ['savings null (NaN written by JSON)', edit((s) => { s.state.household.cash = null; }), 'state'],
  ['savings as text', edit((s) => { s.state.household.cash = 'lots'; }), 'state'],
  ['health of 150', edit((s) => { s.state.household.meters.health = 150; }), 'state'],
  ['negative wellbeing', edit((s) => { s.state.household.meters.wellbeing = -5; }), 'state'],
  ['negative debt', edit((s) => { s.state.household.debts.loanShark = -1e6; }), 'state'],
  ['month -1', edit((s) => { s.state.month = -1; }), 'state'],
  ['month 1e9', edit((s) => { s.state.month = 1e9; }), 'state'],
  ['month past the end', edit((s) => { s.state.month = s.state.monthsTotal + 3; }), 'state'],
  ['monthsTotal 0', edit((s) => { s.state.monthsTotal = 0; s.state.config.months = 0; }), 'state'],
  ['last month played but not ended (stuck)', edit((s) => { s.state.month = s.state.monthsTotal; }), 'state'],
  ['an event with no choices (stuck)', edit((s) => { s.state.pendingEvent = { id: 'x', kind: 'shock', month: 1, params: {}, choices: [] }; }), 'state'],
  ['an event whose choices are all closed (stuck)', edit((s) => { s.state.pendingEvent = { id: 'x', kind: 'shock', month: 1, params: {}, choices: [{ id: 'a', figures: {}, eligible: false }] }; }), 'state'],
  ['an event the model does not know', edit((s) => { s.state.pendingEvent = { id: 'noSuchEvent', kind: 'shock', month: s.state.month, params: {}, choices: [{ id: 'a', figures: {}, eligible: true }] }; }), 'plays'],
  ['random generator with 3 numbers', edit((s) => { s.state.rng = [1, 2, 3]; }), 'state'],
  ['random generator with fractions', edit((s) => { s.state.rng = [0.5, 1, 2, 3]; }), 'state'],
  ['history not a list', edit((s) => { s.state.history = {}; }), 'state'],
  ['1000 months of history', edit((s) => { s.state.history = Array.from({ length: 1000 }, () => s.state.history[0]); }), 'state'],
  ['nested 10,000 levels deep', edit((s) => { s.state.note = 'NEST'; }).replace('"NEST"', nest(10_000)), 'too-deep'],
  ['nested 100 levels in event values', edit((s) => { s.state.timeline[0].params = { x: 'NEST' }; }).replace('"NEST"', nest(100)), 'too-deep'],
  ['nested 20 levels in an unknown field', edit((s) => { s.state.note = 'NEST'; }).replace('"NEST"', nest(15)), 'plays'],
  ['an unknown scenario', edit((s) => { s.state.scenarioId = 'atlantis'; s.state.config.scenarioId = 'atlantis'; }), 'model'],
  ['an unknown persona', edit((s) => { s.state.personaId = 'nobody'; s.state.config.personaId = 'nobody'; }), 'model'],
  ['scenario and config disagree', edit((s) => { s.state.scenarioId = '1998-xiagang'; }), 'state'],
  ['a business on a firm that does not exist', edit((s) => { if (s.state.path?.path === 'business') s.state.path.firmId = 99_999; }), 'plays'],
  ['a loan over 0 months', edit((s) => { s.state.household.loan = { principal: 1, balance: 1, termMonths: 0, monthlyPrincipal: 1, startMonth: 0, annualRate: 0, subsidised: false, missedPayments: 0, status: 'current' }; }), 'state'],
  ['control characters in the nickname', edit((s) => { s.nickname = 'Li\u0000\u202e\u200b'; }), 'plays'],
  ['a __proto__ key in the state', JSON.stringify(good).replace('"household":{', '"household":{"__proto__":{"polluted":true},'), 'plays'],
  ['event tables of different lengths', edit((s) => { s.state.eventCount.push(0); }), 'state'],
  ['HTML in a timeline key', edit((s) => { s.state.timeline[0].key = '<img src=x onerror=alert(1)>'; }), 'state'],
  ['a price index of 1e308', edit((s) => { const k = Object.keys(s.state.market.priceIndex)[0]!; s.state.market.priceIndex[k] = 1e308; }), 'state'],
  ['a firm quality of null', edit((s) => { s.state.market.firms[0].quality = null; }), 'state'],
  ['cohort plans shorter than the cohort', edit((s) => { s.state.market.cohort.planMonth.pop(); }), 'state'],
  ['a file larger than the limit', JSON.stringify({ ...good, pad: 'x'.repeat(MAX_SAVE_BYTES) }), 'too-large'],
  ['an event value of 10,000 characters', edit((s) => { s.state.timeline[0].params = { who: 'x'.repeat(10_000) }; }), 'state'],
  ['1000 paths taken', edit((s) => { s.state.pathsTaken = Array.from({ length: 1000 }, () => ({ path: 'retire', month: 0, detail: null })); }), 'state'],
  ['1000 children', edit((s) => { s.state.household.children = Array.from({ length: 1000 }, () => ({ age: 3, withMigrant: false })); }), 'state'],
  ['an end month given as text', edit((s) => { s.state.ended = { month: '3', reason: { key: 'end.x' } }; }), 'state'],
  ['a path the model does not know', edit((s) => { s.state.path = { path: 'lottery', sinceMonth: 0 }; }), 'state'],
];

function allFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x && typeof x === 'object') return Object.values(x).every(allFinite);
  return true;
}

describe('crafted saves', () => {
  it('has the whole set', () => expect(CRAFTED.length).toBeGreaterThanOrEqual(53));

  it.each(CRAFTED)('%s', (_name, text, expected) => {
    const parsed = parseSave(text);
    if (!parsed.ok) {
      expect(parsed.problem, parsed.reason).toBe(expected);
      expect(parsed.reason.length).toBeGreaterThan(0);
      return;
    }
    const refusal = modelRefusal(parsed.session.state);
    if (refusal !== null) {
      expect('model', refusal).toBe(expected);
      return;
    }
    expect('plays', 'accepted by every check').toBe(expected);
    // Played safely: three months on, no exception, nothing infinite or NaN, no prototype pollution.
    let s = parsed.session.state;
    for (let i = 0; i < 3 && !s.ended; i++) {
      if (s.pendingEvent) {
        const choice = s.pendingEvent.choices.find((c) => c.eligible)!;
        const r = step(s, { type: 'resolveEvent', choiceId: choice.id });
        if (r.ok) { s = r.state; continue; }
      }
      const r = step(s, { type: 'endMonth' });
      if (!r.ok) break;
      s = r.state;
    }
    expect(allFinite(s)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
