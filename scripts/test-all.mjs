#!/usr/bin/env node
// `npm test`: lint, typecheck, locale parity, unit + property tests, build, end-to-end tests.
// Ends with one line "N passed, N failed[, N skipped]" summing every suite (each check counts as one;
// Vitest and Playwright count their own tests). Makes sure a Chromium exists first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const node = process.execPath;

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}
function check(name, cmd, args) {
  const ok = run(name, cmd, args);
  if (ok) totals.passed++; else { totals.failed++; failures.push(name); }
  return ok;
}
function readJson(path) {
  try { return JSON.parse(readFileSync(path, 'utf8')); } catch { return null; }
}

function ensureChromium() {
  if (findChromium()) return true;
  if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium package for the browser tests…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (findChromium()) return true;
  }
  const r = spawnSync(node, ['node_modules/playwright/cli.js', 'install', 'chromium'], { stdio: 'inherit' });
  if (r.status === 0) return true;
  console.error('No Chromium for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH, then run npm test again.');
  return false;
}

rmSync('test-results', { recursive: true, force: true });
check('lint', node, ['node_modules/eslint/bin/eslint.js', '.']);
check('typecheck', node, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);

run('unit and property tests (vitest)', node, ['node_modules/vitest/vitest.mjs', 'run']);
const v = readJson('test-results/vitest.json');
if (v) {
  totals.passed += v.numPassedTests ?? 0;
  totals.failed += v.numFailedTests ?? 0;
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  if (!v.success) failures.push('vitest');
  if (!v.success && !v.numFailedTests) totals.failed += Math.max(1, v.numFailedTestSuites ?? 0); // suites that failed to load
} else { totals.failed++; failures.push('vitest (no report)'); }

const built = check('build', node, ['scripts/build.mjs']);
// Electron security linter over app/main, app/preload and the built bundles; every finding explained in docs/security.md.
if (built) check('security lint (electronegativity)', node, ['scripts/security-lint.mjs']);
if (built && ensureChromium()) {
  run('end-to-end tests (playwright)', node, ['node_modules/@playwright/test/cli.js', 'test']);
  const p = readJson('test-results/playwright.json');
  if (p?.stats) {
    totals.passed += p.stats.expected ?? 0;
    totals.failed += (p.stats.unexpected ?? 0) + (p.stats.flaky ?? 0);
    totals.skipped += p.stats.skipped ?? 0;
    if (p.stats.unexpected) failures.push('playwright');
    const reasons = new Set();
    const walk = (suite) => {
      for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) for (const a of t.annotations ?? []) if (a.type === 'skip' && a.description) reasons.add(a.description);
      (suite.suites ?? []).forEach(walk);
    };
    (p.suites ?? []).forEach(walk);
    for (const r of reasons) console.log(`Skipped: ${r}`);
    if (p.errors?.length) { totals.failed++; failures.push('playwright (run error)'); }
  } else { totals.failed++; failures.push('playwright (no report)'); }
} else {
  totals.failed++; failures.push(built ? 'no browser for e2e tests' : 'e2e (build failed)');
}

console.log(`\nScreenshots and reports: test-results/`);
if (failures.length) console.log(`Failed: ${failures.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
