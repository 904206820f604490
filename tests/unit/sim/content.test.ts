// Every id and key the model can emit has a text in both languages (content namespace), with the placeholders
// its parameters provide; and there are enough data-driven events.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_DEFINITIONS, listBusinesses, listCourses, listDestinations, listPersonas, listScenarios, PATH_IDS } from '../../../app/sim';

const root = join(__dirname, '..', '..', '..');
const load = (lang: string) => JSON.parse(readFileSync(join(root, 'locales', lang, 'content.json'), 'utf8')) as Record<string, unknown>;
const en = load('en');
const zh = load('zh-CN');

function get(obj: Record<string, unknown>, key: string): unknown {
  let node: unknown = obj;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  if (node === undefined && typeof obj === 'object') {
    // plural forms
    const base = key.split('.');
    const last = base.pop()!;
    let parent: unknown = obj;
    for (const part of base) parent = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[part] : undefined;
    if (parent && typeof parent === 'object') return (parent as Record<string, unknown>)[`${last}_other`];
  }
  return node;
}

function expectText(key: string) {
  expect(typeof get(en, key), `en ${key}`).toBe('string');
  expect(typeof get(zh, key), `zh-CN ${key}`).toBe('string');
}

const simSource = (() => {
  const dir = join(root, 'app', 'sim');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      if (f.isDirectory()) walk(join(d, f.name));
      else if (f.name.endsWith('.ts')) files.push(readFileSync(join(d, f.name), 'utf8'));
    }
  };
  walk(dir);
  return files.join('\n');
})();

describe('content texts', () => {
  it('names and describes every scenario, persona, path, business, course, destination and location', () => {
    for (const s of listScenarios()) ['name', 'summary', 'intro'].forEach((f) => expectText(`scenario.${s.id}.${f}`));
    for (const p of listPersonas()) {
      expectText(`persona.${p.id}.name`);
      expectText(`persona.${p.id}.story`);
      expectText(`job.${p.job}`);
      expectText(`province.${p.province}`);
      expectText(`relation.${p.guarantor.relation}`);
      p.skills.forEach((k) => expectText(`skill.${k}`));
    }
    for (const p of PATH_IDS) ['name', 'desc'].forEach((f) => expectText(`path.${p}.${f}`));
    for (const b of listBusinesses()) ['name', 'desc'].forEach((f) => expectText(`business.${b.id}.${f}`));
    for (const c of listCourses()) ['name', 'desc'].forEach((f) => expectText(`course.${c.id}.${f}`));
    for (const d of listDestinations()) ['name', 'desc'].forEach((f) => expectText(`destination.${d.id}.${f}`));
    for (const l of ['mainStreet', 'sideStreet', 'streetStall']) expectText(`location.${l}.name`);
  });

  it('has at least 20 kinds of event, each with a title, a body and a text per choice', () => {
    expect(EVENT_DEFINITIONS.length).toBeGreaterThanOrEqual(20);
    expect(EVENT_DEFINITIONS.filter((e) => e.choices).length).toBeGreaterThanOrEqual(12);
    for (const e of EVENT_DEFINITIONS) {
      expectText(`event.${e.id}.title`);
      expectText(`event.${e.id}.body`);
      for (const c of e.choices ?? []) expectText(`event.${e.id}.choice.${c.id}`);
    }
    // outcome texts after a chance: every outcome pair in the event table has both texts
    type Eff = { t: string; outcome?: [string, string]; then?: Eff[]; else?: Eff[] };
    const outcomes = (effs: readonly Eff[] | undefined): string[] =>
      (effs ?? []).flatMap((e) => [...(e.outcome ?? []), ...outcomes(e.then), ...outcomes(e.else)]);
    let n = 0;
    for (const e of EVENT_DEFINITIONS) {
      const all = [...outcomes(e.effects as Eff[]), ...(e.choices ?? []).flatMap((c) => outcomes(c.effects as Eff[]))];
      for (const o of all) {
        expectText(`event.${e.id}.outcome.${o}`);
        n++;
      }
    }
    expect(n).toBeGreaterThanOrEqual(10);
    expect(Object.keys((en.event as Record<string, Record<string, unknown>>).chengguan!.outcome as object)).toEqual(['equipmentSeized', 'leftAlone']);
  });

  it('has a text for every reason, timeline entry and money flow the model emits', () => {
    const keys = new Set<string>();
    for (const m of simSource.matchAll(/'((?:reason|timeline)\.\w+)'/g)) keys.add(m[1]!);
    for (const m of simSource.matchAll(/addFlow\(s, '(\w+)'/g)) keys.add(`flow.${m[1]}`);
    for (const m of simSource.matchAll(/key: '(\w+)', param:/g)) keys.add(`flow.${m[1]}`);
    for (const f of ['wage', 'publicWelfareWage', 'arrearsRepayment', 'loanRepayment', 'relativesRepayment', 'loanSharkRepayment', 'guarantorRepayment', 'billsRepayment']) keys.add(`flow.${f}`);
    expect(keys.size).toBeGreaterThan(90);
    for (const k of keys) expectText(k);
  });

  it('has outcome texts for every outcome summarize can give', () => {
    for (const o of ['blacklisted', 'defaulted', 'inDebt', 'secure', 'businessSurvives', 'working', 'gettingBy']) {
      expectText(`outcome.${o}.title`);
      expectText(`outcome.${o}.body`);
    }
    expectText('ending.timeUp');
  });
});
