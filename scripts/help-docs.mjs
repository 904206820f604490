#!/usr/bin/env node
// Writes the in-app Help texts (locales/<lang>/help.json) to docs/ as Markdown, so teachers can print or share
// them: docs/<lang>/teacher-guide.md, docs/<lang>/model.md (the model in brief), docs/<lang>/sources.md and the
// bilingual docs/glossary.md. One source of text: edit help.json, then run `node scripts/help-docs.mjs`.
// `--check` exits 1 when a file in docs/ differs from what help.json gives (the unit test does the same).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['zh-CN', 'en'];
const NOTE = {
  'zh-CN': '<!-- 由 scripts/help-docs.mjs 从 locales/zh-CN/help.json 生成，请改 help.json，不要直接改这个文件。 -->',
  en: '<!-- Made by scripts/help-docs.mjs from locales/en/help.json: edit help.json, not this file. -->',
};

const load = (lang) => JSON.parse(readFileSync(join(root, 'locales', lang, 'help.json'), 'utf8'));
const bullets = (xs) => xs.map((x) => `- ${x}`).join('\n');
const numbered = (xs) => xs.map((x, i) => `${i + 1}. ${x}`).join('\n');

function teacherGuide(lang, h) {
  const tc = h.teacher;
  const c = tc.care;
  return [NOTE[lang], '', `# ${h.section.teacher}`, '', h.intro, '',
    `## ${tc.lessonsTitle}`, '', `### ${tc.lesson45Title}`, '', numbered(tc.lesson45), '', `### ${tc.lesson90Title}`, '', tc.lesson90, '',
    `## ${tc.classCodeTitle}`, '', tc.classCode, '', `## ${tc.resultsTitle}`, '', bullets(tc.results), '',
    `## ${tc.printingTitle}`, '', tc.printing, '',
    `## ${c.title}`, '', c.intro, '', bullets(c.items), '', `### ${c.petitionTitle}`, '', c.petition, '',
    `### ${c.familiesTitle}`, '', c.families, '', `### ${c.viewsTitle}`, '', c.views, '',
    `## ${h.section.curriculum}`, '', h.curriculum.intro, '', bullets(h.curriculum.items.map((x) => `**${x.course}**: ${x.link}`)), ''].join('\n');
}

function model(lang, h) {
  const m = h.model;
  return [NOTE[lang], '', `# ${h.section.model}`, '', `## ${m.whatTitle}`, '', bullets(m.what), '', `## ${m.outcomeTitle}`, '', bullets(m.outcome), '', m.confidence, '',
    `## ${m.sourcesTitle}`, '', bullets(m.sources), '', `## ${m.leavesOutTitle}`, '', bullets(m.leavesOut), '', m.more, ''].join('\n');
}

function sources(lang, h) {
  return [NOTE[lang], '', `# ${h.section.sources}`, '', h.sources.intro, '', numbered(h.sources.items), ''].join('\n');
}

function glossary(hs) {
  const out = ['<!-- Made by scripts/help-docs.mjs from locales/*/help.json. 由 scripts/help-docs.mjs 生成。 -->', ''];
  for (const lang of LANGS) {
    const g = hs[lang].glossary;
    out.push(`# ${hs[lang].section.glossary}`, '', g.intro, '');
    for (const it of g.items) out.push(`**${it.term}**`, '', it.def, '');
  }
  return out.join('\n');
}

/** Every generated file: path relative to the repository -> text. */
export function helpDocs() {
  const hs = Object.fromEntries(LANGS.map((l) => [l, load(l)]));
  const files = { 'docs/glossary.md': glossary(hs) };
  for (const lang of LANGS) {
    files[`docs/${lang}/teacher-guide.md`] = teacherGuide(lang, hs[lang]);
    files[`docs/${lang}/model.md`] = model(lang, hs[lang]);
    files[`docs/${lang}/sources.md`] = sources(lang, hs[lang]);
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [rel, text] of Object.entries(helpDocs())) {
    const path = join(root, rel);
    const now = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (now === text) continue;
    if (check) { console.log(`out of date: ${rel}`); stale++; continue; }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${rel}`);
  }
  process.exit(stale ? 1 : 0);
}
