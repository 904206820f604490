// Pure helpers of `npm run bench` (statistics, flags, budget checks). No timings are asserted anywhere.
import { describe, expect, it } from 'vitest';
import { frameStats, median, percentile, round, summarize } from '../../../scripts/bench/stats.mjs';
import { parseArgs, PARTS, UsageError } from '../../../scripts/bench/args.mjs';
import { evaluateTargets, heapGrowthTolerance, MB } from '../../../scripts/bench/targets.mjs';
import { referencedFiles } from '../../../scripts/bench/snapshot.mjs';

describe('median and percentile', () => {
  it('median of odd and even counts, ignoring non-numbers', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, Number.NaN, null, 1])).toBe(3);
    expect(median([])).toBeNull();
  });
  it('nearest-rank percentile', () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(v, 99)).toBe(99);
    expect(percentile(v, 95)).toBe(95);
    expect(percentile(v, 100)).toBe(100);
    expect(percentile(v, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
  it('a single slow frame in 200 shows in p99 only above 1%', () => {
    const d = [...Array(199).fill(16.7), 100];
    expect(percentile(d, 99)).toBe(16.7);
    expect(percentile([...Array(98).fill(16.7), 100, 100, 100], 99)).toBe(100);
  });
  it('summarize gives median, min, max, n', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(summarize([])).toEqual({ median: null, min: null, max: null, n: 0 });
  });
  it('frameStats: fps from frames over elapsed time', () => {
    const s = frameStats(Array(300).fill(1000 / 60));
    expect(s.frames).toBe(300);
    expect(s.fps).toBeCloseTo(60, 6);
    expect(s.p99Ms).toBeCloseTo(16.667, 2);
    expect(frameStats([]).fps).toBeNull();
  });
  it('round keeps null', () => {
    expect(round(1.26, 1)).toBe(1.3);
    expect(round(null)).toBeNull();
  });
});

describe('flags', () => {
  it('defaults', () => {
    expect(parseArgs([])).toEqual({ runs: 5, only: [...PARTS], json: null, build: true });
  });
  it('--runs, --only (kept in canonical order), --json, both spellings', () => {
    expect(parseArgs(['--runs', '3', '--only', 'size,title', '--json=out.json'])).toEqual({ runs: 3, only: ['title', 'size'], json: 'out.json', build: true });
    expect(parseArgs(['--runs=1', '--no-build']).build).toBe(false);
  });
  it('rejects unknown flags and bad values', () => {
    expect(() => parseArgs(['--fast'])).toThrow(UsageError);
    expect(() => parseArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseArgs(['--runs'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--only', 'title,gpu'])).toThrow(/gpu/);
  });
});

describe('budget checks', () => {
  it('PASS, MISS and n/a with the part\'s reason', () => {
    const checks = evaluateTargets({
      title: { status: 'ok', ms: { median: 900 } },
      size: { status: 'ok', jsGzipKB: 650, fontsKB: 224 },
      report: { status: 'n/a', reason: 'no hook' },
    });
    const by = (label: string) => checks.find((c) => c.label.startsWith(label))!;
    expect(by('Navigation').verdict).toBe('PASS');
    expect(by('Renderer JS').verdict).toBe('MISS');
    expect(by('Fonts').verdict).toBe('PASS');
    expect(by('Report').verdict).toBe('n/a');
    expect(by('Report').reason).toBe('no hook');
    expect(by('Town WebGL').verdict).toBe('n/a');
  });
  it('issue 15: title ratio to a bare Phaser page, the title\'s own JS, and why WebGL is not measured', () => {
    const checks = evaluateTargets({
      title: { status: 'ok', ms: { median: 400 }, ratioToBarePhaser: 0.72 },
      size: { status: 'ok', jsGzipKB: 440, jsTitleGzipKB: 151, fontsKB: 400 },
      town: { status: 'ok', crowd: 600, canvas: { fps: { median: 60 }, p99Ms: { median: 17 } }, webgl: { status: 'n/a', reason: 'not in this build' } },
    });
    const by = (label: string) => checks.find((c) => c.label.startsWith(label))!;
    expect(by('Title ÷ bare Phaser').verdict).toBe('MISS');
    expect(by('Renderer JS').verdict).toBe('PASS');
    expect(by('Title JS').verdict).toBe('MISS');
    expect(by('Town WebGL').verdict).toBe('n/a');
    expect(by('Town WebGL').reason).toBe('not in this build');
    expect(by('Town Canvas, crowded: fps').verdict).toBe('PASS');
    expect(by('Join page').reason).toBe('not run');
  });
  it('heap growth is compared with a tolerance for GC noise', () => {
    expect(heapGrowthTolerance(10 * MB)).toBe(2 * MB);
    expect(heapGrowthTolerance(100 * MB)).toBe(5 * MB);
    const checks = evaluateTargets({ heap: { status: 'ok', afterOneGameMB: 60, growthMB: 3, growthToleranceMB: 3 } });
    expect(checks.filter((c) => c.id === 'heap').map((c) => c.verdict)).toEqual(['PASS', 'PASS']);
  });
});

describe('build snapshot', () => {
  it('lists the files index.html refers to', () => {
    const html = '<link rel="icon" href="data:,"><script type="module" crossorigin src="./assets/index-abc.js"></script><link rel="stylesheet" href="./assets/index-x.css">';
    expect(referencedFiles(html)).toEqual(['assets/index-abc.js', 'assets/index-x.css']);
  });
});
