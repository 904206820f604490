// Every text with placeholders, rendered through the game's own i18n code (i18next with the real locale files,
// the count-of-one forms and the scenario's terms) with every persona, business, relation, course, destination
// and place it can take, in both languages and both scenarios. Fails on the joins a reader notices: an English
// apposition carried into Chinese (担保人他的叔叔，公交司机), "1个孩子", a shop counter on a motorbike taxi,
// half-width punctuation or spaces in Chinese, "a elder care", a capital in mid-sentence, "1 children".
import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { setScenarioTerms, t } from '../../../app/renderer/i18n';
import { bundledResources } from '../../../app/renderer/locales/all';
import { enrichParams, inSentence } from '../../../app/renderer/ui/text';

const resources = bundledResources();
/** Every key (plural, count-of-one and scenario forms folded) with the placeholders of all its forms. */
function templates(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const lang of ['en', 'zh-CN']) {
    // Folding keeps only the last form's text; collect placeholders from every form instead.
    const walk = (node: unknown, prefix: string) => {
      if (typeof node === 'string') {
        const key = prefix.replace(/_(zero|one|two|few|many|other)$/, '').replace(/_(single|xiagang)$/, '');
        const ph = out.get(key) ?? new Set<string>();
        for (const m of node.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)) ph.add(m[1]!);
        out.set(key, ph);
      } else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, prefix.endsWith(':') ? `${prefix}${k}` : `${prefix}.${k}`);
    };
    for (const [ns, data] of Object.entries(resources[lang] ?? {})) walk(data, `${ns}:`);
  }
  return out;
}

const content = resources.en!.content as Record<string, Record<string, unknown>>;
const ids = (group: string) => Object.keys(content[group] ?? {});
const BUSINESS = ids('business');
const COURSE = ids('course');
const DEST = ids('destination');
const LOCATION = ids('location');
const PERSONA = ids('persona');
const RELATION = ids('relation');
const JOB = ids('job');
const PROVINCE = ids('province');

/** The values each placeholder can take, as the game passes them (names already in words). */
function domains(lang: string): Record<string, string[] | number[]> {
  const name = (k: string) => t(k);
  const common = (k: string) => inSentence(t(k), lang);
  return {
    business: BUSINESS.map((b) => common(`content:business.${b}.name`)),
    course: COURSE.map((c) => common(`content:course.${c}.name`)),
    place: [...DEST.map((d) => common(`content:destination.${d}.name`)), ...LOCATION.map((l) => common(`content:location.${l}.name`))],
    relation: RELATION.map((r) => name(`content:relation.${r}`)),
    name: PERSONA.map((p) => name(`content:persona.${p}.name`)),
    nickname: ['Xiao Chen', '小陈'],
    job: JOB.map((j) => name(`content:job.${j}`)),
    province: PROVINCE.map((p) => name(`content:province.${p}`)),
    outcome: Object.keys(content.outcome ?? {}).map((o) => name(`content:outcome.${o}.title`)),
    status: [name('report:ideas.guarantor.repaid'), name('report:ideas.guarantor.running')],
    // Ids the model passes to content texts, which enrichParams turns into names.
    businessId: BUSINESS, courseId: COURSE, destinationId: DEST, location: LOCATION, personaId: PERSONA,
    count: [1, 2, 5],
  };
}

const SAMPLE: Record<string, string | number> = { ages: '15', amount: '1,234', month: 7, months: 12, years: 3, n: 3, age: 47 };

function* combos(keys: string[], dom: Record<string, (string | number)[]>): Generator<Record<string, string | number>> {
  const withDomain = keys.filter((k) => dom[k]);
  const rest = Object.fromEntries(keys.filter((k) => !dom[k]).map((k) => [k, SAMPLE[k] ?? (k === 'detail' ? '' : '1,234')]));
  function* go(i: number, acc: Record<string, string | number>): Generator<Record<string, string | number>> {
    if (i === withDomain.length) { yield { ...rest, ...acc }; return; }
    const k = withDomain[i]!;
    for (const v of dom[k]!) yield* go(i + 1, { ...acc, [k]: v });
  }
  yield* go(0, {});
}

const CJK = '\\u3400-\\u9fff';
const ZH_BAD: [RegExp, string][] = [
  [/\{\{|\}\}/, 'placeholder left in the text'],
  [/担保人[他她]|[他她]的[^，。：]{1,6}，[^，。]{0,8}(老师|司机|矿工|公务员)/, 'English apposition carried into Chinese'],
  [/(?<![\d,.])1(个|位|名)(孩子|老人|人)/, 'a count of one reads like a form'],
  [/(?<![\d,.])1位老人，其中/, '其中一位 needs more than one'],
  [/\d+家（|开了一家|家(摩的|装修队|缝补改衣摊|早点摊)/, 'a shop counter on a trade that is not a shop'],
  [new RegExp(`[${CJK}][ ]+[${CJK}\\d]|\\d[ ]+[${CJK}]`), 'space inside Chinese'],
  [/[：，。；！？、][ ]/, 'space after full-width punctuation'],
  [new RegExp(`[${CJK}][:;,(]|[:;,)](?=[${CJK}])|\\. (?=[${CJK}])`), 'half-width punctuation in Chinese'],
  [/担保[^。]*他们/, 'one guarantor is not 他们'],
  [/的的|元元|¥[\d,]+元/, 'doubled word or unit'],
];
const EN_BAD: [RegExp, string][] = [
  [/\{\{|\}\}/, 'placeholder left in the text'],
  [/\ba (?!one)[aeio][a-z]/i, '"a" before a vowel'],
  [/\ban (?![aeiouh])[a-z]/i, '"an" before a consonant'],
  [/\b1 (children|parents|people|businesses|months|years|lives)\b/, 'plural after one'],
  [/ {2}| ,|\.\.(?!\.)/, 'double space, space before a comma, or a doubled stop'],
  [/, [A-Z][a-z]+ (shop|stall|salon|grocery|taxi|repair|crew|care|service|licence|city|capital|site)\b/, 'a title-case name mid-sentence'],
  [/\b(a|the|Running a|opened a|Opened a|in|to) [A-Z][a-z]+ (shop|stall|salon|grocery|taxi|repair|crew|care|service|licence|city|capital|site|mending)\b/, 'a title-case name mid-sentence'],
];

const ALL = templates();

describe.each(['en', 'zh-CN'] as const)('every template in %s', (lang) => {
  beforeAll(async () => {
    if (!i18next.isInitialized) await i18next.init({ lng: lang, fallbackLng: false, resources, ns: Object.keys(resources.en ?? {}), defaultNS: 'common', interpolation: { escapeValue: false } });
    await i18next.changeLanguage(lang);
  });

  it('renders with every value its placeholders can take, in both scenarios, with no bad join', async () => {
    await i18next.changeLanguage(lang);
    const bad = lang === 'zh-CN' ? ZH_BAD : EN_BAD;
    const problems = new Set<string>();
    let rendered = 0;
    const dom = domains(lang) as Record<string, (string | number)[]>;
    for (const scenario of ['2016-steel-coal', '1998-xiagang']) {
      setScenarioTerms(scenario);
      for (const [key, ph] of ALL) {
        const ns = key.slice(0, key.indexOf(':'));
        for (const params of combos([...ph], dom)) {
          // Content texts get ids from the model and go through the same enrichParams as the game.
          const opts = ns === 'content' ? enrichParams(params) : params;
          // A plural key is always given a count by the game (n is its formatted twin).
          if (ph.has('n') && !('count' in opts)) (opts as Record<string, unknown>).count = Number(params.n);
          const text = t(key, opts);
          rendered++;
          if (text === key || !i18next.exists(key, opts as never)) problems.add(`${key}: missing`);
          for (const [re, why] of bad) if (re.test(text)) problems.add(`${key} [${why}]: ${text}`);
        }
      }
    }
    setScenarioTerms(null);
    expect([...problems].slice(0, 40)).toEqual([]);
    expect(rendered).toBeGreaterThan(2000);
  }, 60_000); // a limit for a slow shared machine, not a performance check
});

describe('the join checks themselves', () => {
  it('catch the joins the review found', () => {
    const shipped = ['担保人他的叔叔，公交司机不得不替这家人还了¥32,850。', '家里有1位老人，其中一位生病', '镇上已有15家（摩的）', '在这局游戏里: 有5家关了门。 镇上', '早点摊 (门面店). 开了多年的老店.'];
    for (const s of shipped) expect(ZH_BAD.some(([re]) => re.test(s)), s).toBe(true);
    expect(EN_BAD.some(([re]) => re.test('Opened a Noodle shop on the main street'))).toBe(true);
    expect(EN_BAD.some(([re]) => re.test('2 children, 1 children'))).toBe(true);
  });
});
