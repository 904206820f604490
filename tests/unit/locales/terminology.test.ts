// One term per concept (docs/terminology.md): the locale files must not use the variants a Chinese teacher
// flagged (提前退休 for 内退, 集体上访, 放贷人, trains barred to defaulters...), and the names that depend on the
// scenario (创业担保贷款 in 2016, 小额担保贷款 and 下岗职工基本生活费 in 1998) must render for the right one.
import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setScenarioTerms, t } from '../../../app/renderer/i18n';
import { bundledResources } from '../../../app/renderer/locales/all';

type Flat = Map<string, string>;
function flatten(node: unknown, prefix: string, out: Flat): void {
  if (typeof node === 'string') out.set(prefix, node);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) flatten(v, prefix.endsWith(':') ? `${prefix}${k}` : `${prefix}.${k}`, out);
}
function load(lang: string): Flat {
  const out: Flat = new Map();
  for (const f of readdirSync(join('locales', lang))) if (f.endsWith('.json')) flatten(JSON.parse(readFileSync(join('locales', lang, f), 'utf8')), `${f.slice(0, -5)}:`, out);
  return out;
}

interface Rule { bad: RegExp; why: string; allow?: RegExp }
/** Keys where a variant may appear because the text explains the difference (the glossary, the 1998 scenario...). */
const GLOSSARY = /^help:/;
const ZH: Rule[] = [
  { bad: /提前退休/, why: '内退 is not 提前退休 (a formal early pension for special work types)', allow: GLOSSARY },
  { bad: /上访/, why: 'the petition event is 联名反映, not (集体)上访', allow: /^help:teacher\.care\.petition/ },
  { bad: /放贷人|放贷的人/, why: 'say 高利贷 / 放高利贷的' },
  { bad: /小额担保贷款/, why: '2016 texts name the loan 创业担保贷款; 小额担保贷款 only for 1998/2002', allow: /_xiagang$|y1998|1998-xiagang|about\.src\.microcredit|^report:ideas\.guarantor\.body$|^help:/ },
  { bad: /售票窗口|不能买火车票|火车票和机票|不能坐火车/, why: 'defaulters may still take ordinary trains' },
  { bad: /挂靠/, why: 'xiagang workers kept their labour relationship (保留劳动关系)' },
  { bad: /短信/, why: '短信 means a text message; say 简短的信' },
  { bad: /四项官方措施|四项措施|官方出路/, why: 'the 2016 channels are 内部分流、内部退养、转岗就业创业、公益性岗位托底; the game plays four of them' },
  { bad: /中国宣布/, why: 'foreign-press framing; say 去产能 / 职工分流安置' },
  { bad: /老赖/, why: 'pejorative; the term is 失信被执行人', allow: /^help:glossary/ },
  { bad: /与工友的联系|工友联系|与老工友的情谊|工友情谊/, why: 'the meter is 与老工友的联系 everywhere' },
  { bad: /《中国制造》/, why: 'keep the journal title Made in China Journal' },
  { bad: /课后讨论|快进平静|由他来还/, why: 'see zh-review items 9, 16, 19' },
  { bad: /下岗前|下岗之前/, why: 'one reference point: 裁员前', allow: GLOSSARY },
  { bad: /"/, why: 'Chinese text uses “ ” quotes, not ASCII quotes' },
];
const EN: Rule[] = [
  { bad: /early retirement/i, why: 'neitui is internal retirement', allow: GLOSSARY },
  { bad: /\bno trains\b|train (or|and) plane tickets|cannot buy train|Trains, schools/i, why: 'defaulters may still take ordinary trains' },
  { bad: /four official (measures|ways)/i, why: 'the game plays four of the official channels' },
  { bad: /that China announced/i, why: 'the state announced capacity cuts and resettlement' },
  { bad: /moneylender|\bthe lender\b/i, why: 'one term: loan shark' },
  { bad: /\bpetition(ed|s)?\b/i, why: 'the event is a joint complaint', allow: /^help:teacher\.care\.petition/ },
];

const files = { en: load('en'), 'zh-CN': load('zh-CN') };

describe.each([['zh-CN', ZH], ['en', EN]] as const)('%s locale files', (lang, rules) => {
  it.each(rules.map((r) => [r.bad.source, r] as const))('avoid %s', (_src, rule) => {
    const hits = [...files[lang]].filter(([k, v]) => rule.bad.test(v) && !rule.allow?.test(k)).map(([k, v]) => `${k}: ${v.slice(0, 60)} (${rule.why})`);
    expect(hits).toEqual([]);
  });
});

describe('the rule list itself', () => {
  it('catches the variants the review found', () => {
    const shipped = ['内部退养（提前退休）', '为欠缴社保联名上访', '欠放贷人的钱', '售票窗口对你关上了：被列入失信被执行人名单的人不能买火车票和机票。', '靠小额担保贷款做小生意'];
    for (const s of shipped) expect(ZH.some((r) => r.bad.test(s)), s).toBe(true);
  });
});

describe('scenario-dependent names', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'zh-CN', fallbackLng: false, resources: bundledResources(), ns: Object.keys(bundledResources().en ?? {}), defaultNS: 'common', interpolation: { escapeValue: false } });
  });
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['report:path.business', {}, '创业担保贷款', '小额担保贷款'],
    ['report:ideas.guarantor.body', {}, '创业担保贷款', '小额担保贷款'],
    ['game:path.severanceNote', { severance: '¥1', ui: '¥1', months: 3 }, '失业保险金', '下岗职工基本生活费'],
  ];
  // In 1998 the model itself emits the centre's own entries (the allowance is its own flow, real unemployment
  // insurance follows the buy-out), so those keys carry the 1998 terms in every scenario.
  it.each([
    ['content:flow.centreAllowance', {}, '下岗职工基本生活费'],
    ['content:timeline.enteredCentre', { allowance: 240, months: 36 }, '再就业服务中心'],
    ['content:timeline.leftCentre', { severance: '1,000', uiMonths: 24 }, '买断工龄'],
  ] as [string, Record<string, unknown>, string][])('%s uses the 1998 term', async (key, params, term) => {
    await i18next.changeLanguage('zh-CN');
    expect(t(key, params)).toContain(term);
  });

  it.each(cases)('%s names the 2016 and the 1998 term', async (key, params, y2016, y1998) => {
    await i18next.changeLanguage('zh-CN');
    setScenarioTerms('2016-steel-coal');
    const a = t(key, params);
    setScenarioTerms('1998-xiagang');
    const b = t(key, params);
    setScenarioTerms(null);
    expect(a).toContain(y2016);
    expect(b).toContain(y1998);
    if (y1998 === '小额担保贷款') expect(a.replace('2015年以前叫小额担保贷款', '')).not.toContain('小额担保贷款');
    expect(b).not.toContain(y2016 === '失业保险金' ? '失业保险金' : '创业担保贷款');
  });
});
