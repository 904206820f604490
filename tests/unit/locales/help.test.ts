// The Help screen's texts (locales/*/help.json) cover what a Chinese teacher asked for: the glossary terms, the
// Chinese primary documents by full title and number, the curriculum links; and the Markdown copies in docs/
// are the same texts (made by scripts/help-docs.mjs).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { helpDocs } from '../../../scripts/help-docs.mjs';

const help = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/help.json`, 'utf8')) as {
  glossary: { items: { term: string; def: string }[] }; sources: { items: string[] }; curriculum: { items: { course: string; link: string }[] };
  teacher: { care: { petition: string; families: string } };
};

describe('help texts', () => {
  const zh = help('zh-CN');
  const en = help('en');
  it('have a glossary entry for every term the review asked for, in both languages', () => {
    const terms = zh.glossary.items.map((g) => g.term).join(' ');
    for (const t of ['内退', '提前退休', '经济补偿金', '失业保险金', '买断工龄', '公益性岗位', '4050', '创业担保贷款', '连带责任', '失信被执行人', '城管', '户口', '留守儿童', '低保']) expect(terms).toContain(t);
    expect(en.glossary.items.length).toBe(zh.glossary.items.length);
    const enTerms = en.glossary.items.map((g) => g.term).join(' ');
    for (const t of ['内退', '提前退休', '经济补偿金', '失业保险金', '买断工龄', '公益性岗位', '4050', '创业担保贷款', '连带责任', '失信被执行人', '城管', '户口', '留守儿童', '低保']) expect(enTerms).toContain(t);
  });
  it('name the Chinese primary documents by full title and number', () => {
    const s = zh.sources.items.join('\n');
    expect(s).toContain('《关于在化解钢铁煤炭行业过剩产能实现脱困发展过程中做好职工安置工作的意见》（人社部发〔2016〕32号）');
    for (const doc of ['国发〔2015〕23号', '银发〔2002〕394号', '失信被执行人名单信息的若干规定', '限制被执行人高消费', '农民工监测调查报告', '再就业工程', '4050人员']) expect(s).toContain(doc);
    expect(en.sources.items.join('\n')).toContain('人社部发〔2016〕32号');
  });
  it('link the game to the curriculum', () => {
    const c = zh.curriculum.items.map((x) => x.course).join(' ');
    for (const k of ['必修2《经济与社会》', '历史', '劳动经济学', '社会保障']) expect(c).toContain(k);
  });
  it('give China-specific care notes on the joint-complaint event and on families who were laid off', () => {
    expect(zh.teacher.care.petition).toContain('联名反映');
    expect(zh.teacher.care.families).toContain('下岗');
  });
});

describe('docs/ Markdown copies of Help', () => {
  it('are up to date with help.json (run node scripts/help-docs.mjs)', () => {
    const files = helpDocs();
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['docs/zh-CN/teacher-guide.md', 'docs/zh-CN/model.md', 'docs/glossary.md', 'docs/en/teacher-guide.md']));
    for (const [path, text] of Object.entries(files)) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });
});

describe('docs/zh-CN/model-full.md, the Chinese version of docs/model.md', () => {
  // Not generated: a translation kept by hand. These checks catch a section or a table row added to one and not
  // to the other, and the outcome measure or the credit rule missing from the Chinese text.
  const en = readFileSync('docs/model.md', 'utf8');
  const zh = readFileSync('docs/zh-CN/model-full.md', 'utf8');
  const count = (text: string, re: RegExp) => text.split('\n').filter((l) => re.test(l)).length;
  it('has the same sections and table rows as the English', () => {
    expect(count(zh, /^## /)).toBe(count(en, /^## /));
    expect(count(zh, /^\|/)).toBe(count(en, /^\|/));
    expect(count(zh, /^```/)).toBe(count(en, /^```/));
  });
  it('states the outcome, the credit rule and the 1998 institutions in the project terms', () => {
    for (const k of ['综合结果 = 现金 − 全部债务', '连续三期', '从不自动借高利贷', '再就业服务中心', '下岗职工基本生活费', '失信被执行人', '69.3%', '岗位保住']) expect(zh).toContain(k);
    for (const bad of ['老赖', '放贷人', '四项官方措施', '提前退休', '上访']) expect(zh).not.toContain(bad);
  });
  it('is the one the Help names', () => {
    const h = JSON.parse(readFileSync('locales/zh-CN/help.json', 'utf8')) as { model: { more: string } };
    expect(h.model.more).toContain('docs/zh-CN/model-full.md');
  });
});
