// The command-line lab: JSON shapes on stdout; one-line reasons and exit status 2 for bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
// Starting tsx costs seconds per run, so most cases run the same script bundled once with esbuild;
// one case goes through tsx exactly as `npm run sim` does.
const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
const bundle = join(dir, 'sim-cli.mjs');
beforeAll(async () => {
  await build({ entryPoints: [join(root, 'scripts', 'sim-cli.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sim(...args: string[]) {
  const r = spawnSync(process.execPath, [bundle, ...args], { cwd: root, encoding: 'utf8', timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sim CLI', () => {
  it('runs through tsx as npm run sim does', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'sim-cli.ts'), 'play', '--persona', 'wang-qiang', '--path', 'retire'], { cwd: root, encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^sim: wang-qiang cannot take the retire path: You are 38\./);
  }, 60000);

  it('list gives personas, paths, businesses and scenarios', () => {
    const r = sim('list');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.paths).toEqual(['retire', 'retrain', 'migrate', 'business']);
    expect(out.personas.length).toBeGreaterThanOrEqual(4);
    expect(out.businesses.length).toBeGreaterThanOrEqual(8);
    expect(out.scenarios.map((s: { id: string }) => s.id)).toEqual(['2016-steel-coal', '1998-xiagang']);
    for (const key of ['personas', 'businesses', 'scenarios']) for (const x of out[key]) expect(typeof x.id).toBe('string');
  }, 60000);

  it('play prints one life month by month', () => {
    const r = sim('play', '--persona', 'wang-qiang', '--path', 'business', '--business', 'motorbikeTaxi', '--seed', '7', '--cohort', '100', '--months', '12');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ seed: 7, persona: 'wang-qiang', path: 'business', scenario: '2016-steel-coal' });
    expect(out.months).toHaveLength(12);
    expect(Object.keys(out.months[0]).sort()).toEqual(['avgProfitSameType', 'borrowed', 'cash', 'debt', 'employed', 'expenses', 'income', 'interestCharged', 'month', 'principalRepaid', 'sameTypeFirms'].sort());
    expect(Object.keys(out.final).sort()).toEqual(['blacklisted', 'businessOpen', 'businessValue', 'cash', 'debt', 'defaulted', 'earnings', 'employed', 'healthCost', 'inWork', 'keptJobBaseline', 'netWorth', 'outcomeValue', 'publicWelfareJob', 'regularJob', 'securedIncomeValue', 'workStatus'].sort());
    // each month's debt change is new borrowing, less principal repaid, plus interest charged
    let debt = 0;
    for (const m of out.months) {
      expect(m.debt - debt).toBe(m.borrowed - m.principalRepaid + m.interestCharged);
      debt = m.debt;
    }
    expect(typeof out.final.businessOpen).toBe('boolean');
  }, 60000);

  it('play gives null for fields that do not apply', () => {
    const out = JSON.parse(sim('play', '--persona', 'liu-fang', '--path', 'retire', '--months', '3').stdout);
    expect(out.months[0].sameTypeFirms).toBeNull();
    expect(out.final.businessOpen).toBeNull();
  }, 60000);

  it('batch summarises many lives', () => {
    const r = sim('batch', '--persona', 'chen-li', '--path', 'business', '--runs', '20', '--scenario', '1998-xiagang');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.runs).toBe(20);
    expect(Object.keys(out.netWorth).sort()).toEqual(['mean', 'p10', 'p50', 'p90']);
    for (const k of ['employedRate', 'defaultRate', 'businessFailureRate', 'meanMonthlyProfit', 'blacklistedRate', 'guarantorPaidRate', 'medianOutcome', 'keptJobBaseline', 'inWorkRate']) expect(typeof out[k]).toBe('number');
    const other = JSON.parse(sim('batch', '--persona', 'chen-li', '--path', 'migrate', '--runs', '5').stdout);
    expect(other.businessFailureRate).toBeNull();
  }, 60000);

  it('compare plays every path on the same seeds and says how often each is best', () => {
    const r = sim('compare', '--persona', 'liu-fang', '--runs', '12', '--cohort', '100');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.paths.map((p: { path: string }) => p.path)).toEqual(['retire', 'retrain', 'migrate', 'business']);
    const total = out.paths.reduce((a: number, p: { bestShare: number }) => a + p.bestShare, 0);
    expect(total).toBeCloseTo(1, 2);
    for (const p of out.paths) for (const k of ['medianOutcome', 'defaultRate']) expect(typeof p[k]).toBe('number');
    // a path the persona cannot take is reported, not counted
    const young = JSON.parse(sim('compare', '--persona', 'gao-peng', '--runs', '3').stdout);
    expect(young.paths[0].refused).toMatch(/50|retire/i);
    expect(young.paths[0].bestShare).toBe(0);
  }, 60000);

  it.each([
    [['compare', '--persona', 'liu-fang', '--path', 'retire'], /unknown option/],
    [['compare', '--persona', 'liu-fang', '--runs', 'x'], /integer/],
    [['play', '--persona', 'wang-qiang', '--path', 'retire'], /retire/],
    [['play', '--persona', 'nobody', '--path', 'retire'], /unknown persona/],
    [['play', '--persona', 'liu-fang', '--path', 'fly'], /unknown path/],
    [['play', '--persona', 'liu-fang', '--path', 'business', '--business', 'casino'], /unknown business/],
    [['play', '--persona', 'liu-fang', '--path', 'retire', '--colour', 'red'], /unknown option/],
    [['play', '--persona', 'liu-fang', '--path', 'retire', '--seed', 'abc'], /integer/],
    [['play', '--persona', 'liu-fang', '--path', 'retire', '--scenario', '2030'], /unknown scenario/],
    [['dance'], /unknown command/],
    [['batch', '--persona', 'liu-fang'], /--path is required/],
  ])('refuses %j with one line on stderr and status 2', (args, pattern) => {
    const r = sim(...(args as string[]));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 60000);
});
