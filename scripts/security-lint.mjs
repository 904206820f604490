#!/usr/bin/env node
// The Electron security linter (@doyensec/electronegativity) over the main process, the preload and the
// built bundles (dist/), failing on any finding that docs/security.md does not explain. electronegativity
// exits 0 even with findings, so its SARIF output is read instead. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ELECTRON_VERSION = '41.7.1';
export const INPUTS = ['app/main', 'app/preload', 'dist'];

/** One finding as "RULE input:file" ("*" as file for checks about the whole app). */
export function findingsFromSarif(sarif, input) {
  const out = [];
  for (const run of sarif?.runs ?? []) {
    for (const r of run.results ?? []) {
      const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
      const file = !uri || uri.startsWith('file:') ? '*' : uri.replace(/^\.\//, '');
      out.push({ rule: r.ruleId, where: `${input}:${file}`, message: r.message?.text ?? '' });
    }
  }
  return out;
}

/** Rows of the findings table in docs/security.md: | `RULE` | `input:file` | why it is not a risk here |. */
export function explainedFindings(markdown) {
  const rows = new Map();
  for (const line of markdown.split(/\r?\n/)) {
    const m = /^\|\s*`([A-Z0-9_]+)`\s*\|\s*`([^`]+)`\s*\|\s*(.*?)\s*\|\s*$/.exec(line);
    if (m && m[3].replace(/[\s-]/g, '').length >= 20) rows.set(`${m[1]} ${m[2]}`, m[3]);
  }
  return rows;
}

export function unexplained(findings, explained) {
  return findings.filter((f) => !explained.has(`${f.rule} ${f.where}`));
}

/**
 * electronegativity reads .js, .ts and .html files but skips .cjs, which is what the main process and the
 * preload are bundled to: the built folder is scanned from a copy where *.cjs is renamed *.js.
 */
function scannableCopy(input, dir) {
  const copy = join(dir, 'copy', input);
  cpSync(join(root, input), copy, { recursive: true });
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.cjs')) renameSync(p, `${p.slice(0, -4)}.js`);
    }
  };
  walk(copy);
  return copy;
}

function lint(input, dir) {
  const out = join(dir, `${input.replace(/\W/g, '_')}.sarif`);
  const bin = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const target = input === 'dist' ? scannableCopy(input, dir) : input;
  const r = spawnSync(process.execPath, [bin, '-i', target, '-e', ELECTRON_VERSION, '-r', '-o', out], { cwd: root, encoding: 'utf8' });
  if (!existsSync(out)) throw new Error(`electronegativity wrote no report for ${input} (exit ${r.status}): ${r.stderr || r.stdout}`);
  return findingsFromSarif(JSON.parse(readFileSync(out, 'utf8')), input);
}

function main() {
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
    console.error('security-lint: build first (npm run build): the built bundles are part of the check');
    process.exit(1);
  }
  const explained = explainedFindings(readFileSync(join(root, 'docs', 'security.md'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'irb-eneg-'));
  let findings;
  try {
    findings = INPUTS.flatMap((input) => lint(input, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const missing = unexplained(findings, explained);
  const seen = new Set(findings.map((f) => `${f.rule} ${f.where}`));
  const stale = [...explained.keys()].filter((k) => !seen.has(k));
  for (const f of findings) console.log(`${missing.includes(f) ? 'UNEXPLAINED' : 'explained  '} ${f.rule} ${f.where}: ${f.message}`);
  if (stale.length) console.log(`Note: docs/security.md explains findings no longer reported: ${stale.join(', ')}`);
  console.log(`security-lint: ${findings.length} finding(s), ${missing.length} not explained in docs/security.md`);
  process.exit(missing.length ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
