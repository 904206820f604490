// Both languages are first-class: same keys, same placeholders, Chinese that is Chinese, no empty strings,
// and every key the renderer asks for by name exists.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const CJK = /[\u3400-\u9fff]/;

function flatten(node: unknown, prefix: string, out: Map<string, string[]>): void {
  if (typeof node === 'string') {
    const k = prefix.replace(PLURAL, '');
    out.set(k, [...(out.get(k) ?? []), node]);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) flatten(v, prefix.endsWith(':') ? `${prefix}${k}` : `${prefix}.${k}`, out);
  }
}
function load(lang: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readdirSync(join('locales', lang))) {
    if (f.endsWith('.json')) flatten(JSON.parse(readFileSync(join('locales', lang, f), 'utf8')), `${f.slice(0, -5)}:`, out);
  }
  return out;
}
const placeholders = (vals: string[]) => new Set(vals.flatMap((s) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1])));

const en = load('en');
const zh = load('zh-CN');

describe('locale files', () => {
  it('have the same keys in English and Chinese', () => {
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
  });
  it('use the same placeholders in both languages', () => {
    const bad = [...en.keys()].filter((k) => zh.has(k)).filter((k) => {
      const a = placeholders(en.get(k)!); const b = placeholders(zh.get(k)!);
      return a.size !== b.size || [...a].some((p) => !b.has(p));
    });
    expect(bad).toEqual([]);
  });
  it('have no empty values', () => {
    const empty = [...en, ...zh].filter(([, vals]) => vals.some((v) => v.trim() === '')).map(([k]) => k);
    expect(empty).toEqual([]);
  });
  it('write Chinese values in Chinese wherever the English is words', () => {
    const untranslated = [...en.keys()].filter((k) => zh.has(k)).filter((k) => {
      const words = en.get(k)!.join(' ').replace(/\{\{[^}]*\}\}/g, '');
      return /[A-Za-z]{4,}/.test(words) && !CJK.test(zh.get(k)!.join(' '));
    });
    expect(untranslated).toEqual([]);
  });
  it('use only _other plurals in Chinese (Chinese has no singular form)', () => {
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [readFileSync(join(dir, f), 'utf8')]);
    expect(walk('locales/zh-CN').join('\n')).not.toMatch(/"[\w.]+_one"\s*:/);
  });
});

describe('renderer code', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ts$/.test(f)) files.push(p);
    }
  };
  walk('app/renderer');
  it('asks only for keys that exist (static t("ns:key") calls)', () => {
    const missing: string[] = [];
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([\w-]+:[\w.-]+)'/g)) {
        const key = m[1]!;
        if (!en.has(key) && !en.has(key.replace(PLURAL, ''))) missing.push(`${f}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
