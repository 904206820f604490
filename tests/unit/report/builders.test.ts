// The report's builders on real games of every path: the story, the ideas and the market chart say what the
// history says (each conditional sentence appears exactly when its condition holds), every message has a text in
// both languages, and the results file made from a game reads back through its schema.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { simulateLife, summarize } from '../../../app/sim';
import type { GameState, PathId } from '../../../app/sim/types';
import { buildIdeas, buildQuestions, buildReport } from '../../../app/renderer/report/model';
import { buildResultsFile } from '../../../app/renderer/report/results-file';
import { langFor, type Msg, type Val } from '../../../app/renderer/report/text';
import { parseResults, serializeResults } from '../../../app/shared/results';

const SCENARIO = '2016-steel-coal';
const PERSONA_FOR: Record<PathId, string> = { retire: 'liu-fang', retrain: 'chen-li', migrate: 'gao-peng', business: 'wang-qiang' };
const life = (path: PathId, seed: number, personaId = PERSONA_FOR[path]): GameState => simulateLife({ scenarioId: SCENARIO, personaId, seed }, path);
const keys = (ms: Msg[]) => ms.map((m) => m.key);

beforeAll(async () => {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const lng of ['en', 'zh-CN']) {
    resources[lng] = {};
    for (const f of readdirSync(join('locales', lng))) if (f.endsWith('.json')) resources[lng][f.slice(0, -5)] = JSON.parse(readFileSync(join('locales', lng, f), 'utf8'));
  }
  await i18next.init({ lng: 'en', fallbackLng: false, resources: resources as never, interpolation: { escapeValue: false } });
});

/** Every report: key a message (or a nested one) uses. */
function reportKeys(m: Msg, out: string[] = []): string[] {
  if (m.key.startsWith('report:')) out.push(m.key);
  for (const v of Object.values(m.params ?? {}) as Val[]) if (v && typeof v === 'object' && 'key' in v) reportKeys(v, out);
  return out;
}

describe.each(['retire', 'retrain', 'migrate', 'business'] as const)('the report of a game on the %s path', (path) => {
  const state = life(path, 21);
  const model = buildReport(state);
  const summary = summarize(state);

  it('tells the story from the history: who, which path and when, where it ended', () => {
    const k = keys(model.story);
    expect(k[0]).toBe('report:story.intro');
    const first = model.story.find((m) => m.key === 'report:story.firstPath')!;
    expect((first.params!.path as Msg).key).toBe(`report:path.${path}`);
    expect(first.params!.month).toBe(state.pathsTaken[0]!.month + 1);
    expect(k).toContain(summary.debt > 0 ? 'report:story.end' : 'report:story.endNoDebt');
    expect(k[k.length - 1]).toBe('report:story.outcome');
    expect(model.player.netWorth).toBe(summary.netWorth);
  });

  it('ties the first idea to the path the household took', () => {
    const ideas = buildIdeas(state, model, null);
    expect(ideas.map((i) => i.id)).toEqual(['individual', 'race', 'guarantor', 'ironBowl', 'collective']);
    expect(ideas[0]!.game[0]!.key).toBe(`report:ideas.individual.${path}`);
  });

  it('follows the player\'s own trade in the market chart, or the most crowded one', () => {
    const mk = model.market!;
    expect(mk.open).toHaveLength(state.history.length);
    if (path === 'business') {
      expect(mk.own).toBe(true);
      expect(mk.businessId).toBe(state.pathsTaken[0]!.detail);
      expect(mk.closedTotal).toBe(state.history[state.history.length - 1]!.closedSameType);
      expect(mk.profit.some((p) => p !== null)).toBe(true);
    } else {
      expect(mk.own).toBe(false);
      expect(mk.businessId).toBe(state.history[state.history.length - 1]!.mostCrowdedBusinessId);
      expect(mk.closedTotal).toBeNull();
    }
    expect(mk.peak).toBe(Math.max(...mk.open));
  });

  it('has a text for every message in both languages', () => {
    const msgs = [...model.story, ...buildIdeas(state, model, null).flatMap((i) => [i.title, i.body, ...i.game]), ...buildQuestions(model).flatMap((q) => [q.title, ...q.items])];
    for (const lng of ['en', 'zh-CN'] as const) {
      const L = langFor(lng);
      for (const m of msgs) for (const key of reportKeys(m)) expect(i18next.exists(key, { lng }) || i18next.exists(`${key}_other`, { lng }), `${lng} ${key}`).toBe(true);
      const text = msgs.map((m) => L.tr(m)).join('\n');
      expect(text).not.toMatch(/\{\{|report:/);
      if (lng === 'zh-CN') expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('shows timeline entries with names, not ids, in both languages', () => {
    expect(model.timeline).toHaveLength(state.timeline.length);
    expect(model.timeline.filter((t) => t.turningPoint).length).toBe(state.timeline.filter((t) => t.turningPoint).length);
    const ids = state.pathsTaken.map((p) => p.detail).filter((d): d is string => Boolean(d));
    for (const lng of ['en', 'zh-CN'] as const) {
      const text = model.timeline.map((t) => langFor(lng).tr(t.text)).join('\n');
      expect(text).not.toMatch(/\{\{|content:/);
      for (const id of ids) expect(text).not.toContain(id);
    }
  });

  it('makes a results file that reads back, without a name unless one was typed', () => {
    const file = buildResultsFile(state, { language: 'en', classCode: 'C7', nickname: '  ', now: new Date('2026-11-28T09:00:00Z') });
    const parsed = parseResults(serializeResults(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.results.nickname).toBeUndefined();
    expect(parsed.results.paths.map((p) => p.path)).toEqual(summary.pathsTaken);
    expect(parsed.results.outcome).toMatchObject({ id: summary.outcome, netWorth: Math.round(summary.netWorth), blacklisted: summary.blacklisted });
    expect(parsed.results.timeline).toHaveLength(state.timeline.length);
    expect(parsed.results.series.cash).toHaveLength(state.history.length);
  });
});

describe('conditional sentences appear exactly when the history says so', () => {
  // Many business lives of a persona with a guarantor, so defaults, blacklisting and petitions all occur.
  const lives = Array.from({ length: 40 }, (_, i) => life('business', 100 + i, 'liu-fang'));

  it('the blacklist and default sentences', () => {
    for (const s of lives) {
      const k = keys(buildReport(s).story);
      expect(k.includes('report:story.blacklist')).toBe(s.household.blacklisted);
      expect(k.includes('report:story.defaulted')).toBe(s.household.defaulted);
    }
  });

  it('the guarantor idea: paid when the guarantor paid, at risk while a loan ran', () => {
    for (const s of lives) {
      const model = buildReport(s);
      const g = buildIdeas(s, model, null).find((i) => i.id === 'guarantor')!.game[0]!.key;
      if ((s.guarantor?.paid ?? 0) > 0) expect(g).toBe('report:ideas.guarantor.paid');
      else expect(g).toBe('report:ideas.guarantor.onHook');
    }
  });

  it('the collective-action idea follows the petition choice', () => {
    let seen = 0;
    for (const s of lives) {
      const model = buildReport(s);
      const k = buildIdeas(s, model, null).find((i) => i.id === 'collective')!.game[0]!.key;
      const last = [...s.timeline].reverse().find((e) => e.key === 'event.petition.choice.join' || e.key === 'event.petition.choice.stayOut');
      if (last) seen++;
      expect(k).toBe(!last ? 'report:ideas.collective.noPetition' : last.key.endsWith('.join') ? 'report:ideas.collective.joined' : 'report:ideas.collective.declined');
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('the months the family went without', () => {
    for (const s of lives) {
      const m = buildReport(s).story.find((x) => x.key === 'report:story.goingWithout');
      expect(m?.count ?? 0).toBe(s.household.monthsGoingWithout);
    }
  });
});

describe('refusal messages for results files', () => {
  it('explain every refusal in both languages, with the detail or version', async () => {
    const { refusalMessage } = await import('../../../app/renderer/report/results-file');
    const codes = ['too-large', 'not-json', 'foreign', 'newer-version', 'older-version', 'malformed'] as const;
    for (const lng of ['en', 'zh-CN'] as const) {
      const L = langFor(lng);
      for (const code of codes) {
        const text = refusalMessage(L, { code, detail: 'outcome: Required', version: 3 });
        expect(text).not.toMatch(/report:|\{\{/);
        if (code === 'newer-version') expect(text).toContain('3');
        if (code === 'malformed' || code === 'foreign') expect(text).toContain('outcome: Required');
        if (lng === 'zh-CN') expect(text).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
