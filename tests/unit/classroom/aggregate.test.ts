// The class view's numbers must be the class's numbers: generated results files are aggregated and every figure
// is checked against a direct count over the same files; files that do not belong are named with the reason.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateClass, spread, PATHS, type InputFile } from '../../../app/renderer/classroom/aggregate';
import { serializeResults, RESULTS_VERSION, type ResultsFile } from '../../../app/shared/results';
import { CLASS, TRADES, makeResults } from './results-fixtures';
import { parseView, serializeView } from '../../../app/renderer/classroom/view-file';

const file = (name: string, r: ResultsFile): InputFile => ({ name, text: serializeResults(r) });

describe('class aggregation', () => {
  it('matches a direct computation for any generated class', () => {
    const studentArb = fc.record({
      path: fc.constantFrom(...PATHS), month: fc.integer({ min: 0, max: 35 }), trade: fc.constantFrom(...TRADES), netWorth: fc.integer({ min: -200000, max: 200000 }),
      defaulted: fc.boolean(), predicted: fc.integer({ min: 0, max: 50 }), actual: fc.integer({ min: 0, max: 50 }), profit: fc.integer({ min: -3000, max: 6000 }),
    });
    fc.assert(fc.property(fc.array(studentArb, { minLength: 1, maxLength: 60 }), (ss) => {
      const rs = ss.map((s, i) => makeResults(i, s));
      const c = aggregateClass(rs.map((r, i) => file(`s${i}.json`, r)));
      expect(c.students).toHaveLength(rs.length);
      expect(c.leftOut).toEqual([]);
      for (const p of PATHS) {
        const mine = ss.filter((s) => s.path === p);
        const ps = c.paths.find((x) => x.path === p)!;
        expect(ps.took).toBe(mine.length);
        const byMonth: Record<number, number> = {};
        for (const s of mine) byMonth[s.month] = (byMonth[s.month] ?? 0) + 1;
        expect(ps.firstByMonth).toEqual(byMonth);
        expect(ps.netWorth?.median ?? null).toBe(mine.length ? spread(mine.map((s) => s.netWorth))!.median : null);
        expect(ps.defaultRate).toBe(mine.length ? mine.filter((s) => s.defaulted).length / mine.length : null);
        expect(ps.cohortShare).toBeCloseTo({ retire: 0.1, retrain: 0.3, migrate: 0.2, business: 0.35 }[p]);
        // Simulated lives: the mean over the files of this path's students (each file carries its own path's lives).
        const idx = ss.map((s, i) => ({ s, i })).filter((x) => x.s.path === p).map((x) => x.i);
        if (!idx.length) expect(ps.simulated).toBeNull();
        else {
          expect(ps.simulated!.files).toBe(idx.length);
          expect(ps.simulated!.median).toBeCloseTo(idx.reduce((a, i) => a + i * 200, 0) / idx.length);
          expect(ps.simulated!.defaultRate).toBeCloseTo(idx.reduce((a, i) => a + (i % 4) / 4, 0) / idx.length);
        }
      }
      for (const tr of TRADES) {
        const mine = ss.filter((s) => s.path === 'business' && s.trade === tr);
        const ts = c.trades.find((x) => x.businessId === tr);
        if (!mine.length) { expect(ts).toBeUndefined(); continue; }
        expect(ts!.opened).toBe(mine.length);
        expect(ts!.defaults).toBe(mine.filter((s) => s.defaulted).length);
        expect(ts!.meanProfit).toBeCloseTo(mine.reduce((a, s) => a + s.profit, 0) / mine.length);
        expect(ts!.meanPredicted).toBeCloseTo(mine.reduce((a, s) => a + s.predicted, 0) / mine.length);
        expect(ts!.meanActualEntrants).toBeCloseTo(mine.reduce((a, s) => a + s.actual, 0) / mine.length);
        expect(ts!.classEntrantsOthers).toBe(mine.length - 1);
        expect(ts!.saidBeat).toBe(mine.length);
        expect(ts!.didBeat).toBe(0);
      }
    }), { numRuns: 60 });
  });

  it('spread gives quartiles by linear interpolation', () => {
    expect(spread([4, 1, 3, 2])).toMatchObject({ n: 4, min: 1, max: 4, median: 2.5, p25: 1.75, p75: 3.25, mean: 2.5 });
    expect(spread([])).toBeNull();
  });

  it('names every file it leaves out, with the reason, and counts the rest', () => {
    const good = makeResults(1, { nickname: 'Li' });
    const newer = { ...makeResults(2), version: RESULTS_VERSION + 1 };
    const files: InputFile[] = [
      file('a.json', good),
      file('a-copy.json', good),
      file('b.json', makeResults(3)),
      file('other.json', makeResults(4, { classCode: 'ECON101' })),
      file('nocode.json', makeResults(5, { classCode: null })),
      { name: 'newer.json', text: JSON.stringify(newer) },
      { name: 'broken.json', text: '{"schema": "irb-results", "version": 1' },
      { name: 'photo.json', text: JSON.stringify({ hello: 1 }) },
      { name: 'save.json', text: JSON.stringify({ format: 'irb-save', history: [], household: {} }) },
      { name: 'damaged.json', text: JSON.stringify({ ...makeResults(6), outcome: { netWorth: 'lots' } }) },
    ];
    const c = aggregateClass(files);
    expect(c.classCode).toBe(CLASS);
    expect(c.students.map((s) => s.file)).toEqual(['a.json', 'b.json']);
    const why = Object.fromEntries(c.leftOut.map((l) => [l.name, l.reason]));
    expect(why).toEqual({
      'a-copy.json': 'duplicate', 'other.json': 'otherClass', 'nocode.json': 'noClass', 'newer.json': 'newer-version',
      'broken.json': 'not-json', 'photo.json': 'foreign', 'save.json': 'foreign', 'damaged.json': 'malformed',
    });
    expect(c.leftOut.find((l) => l.name === 'a-copy.json')!.detail).toBe('a.json');
  });

  it('groups one class however the code was typed, and takes the code most files carry', () => {
    const c = aggregateClass([
      file('1.json', makeResults(1, { classCode: CLASS.toLowerCase().replace(/-/g, ' ') })), file('2.json', makeResults(2, { classCode: CLASS })),
      file('3.json', makeResults(3, { classCode: CLASS.replace(/-/g, '').replace(/1/g, 'I').replace(/0/g, 'O') })), file('4.json', makeResults(4, { classCode: 'econ101' })),
    ]);
    expect(c.students).toHaveLength(3);
    expect(c.leftOut.map((l) => l.name)).toEqual(['4.json']);
    expect(aggregateClass([file('4.json', makeResults(4, { classCode: 'econ101' }))], { classCode: 'ECON 101' }).students).toHaveLength(1);
  });

  it('reads files from before the business, cohort and prediction fields', () => {
    const old = makeResults(1, { path: 'business' }) as Partial<ResultsFile>;
    delete old.business; delete old.cohort; delete old.prediction; delete old.simulated;
    const c = aggregateClass([{ name: 'old.json', text: JSON.stringify(old) }]);
    expect(c.students[0]).toMatchObject({ businessId: 'breakfastStall', meanMonthlyProfit: null, predictedEntrants: null });
    expect(c.paths.find((p) => p.path === 'business')!.cohortShare).toBeNull();
  });

  it('a saved class view reopens to the same class', () => {
    const rs = [makeResults(1, { path: 'business' }), makeResults(2, { path: 'migrate', nickname: '王小明' })];
    const c = aggregateClass(rs.map((r, i) => file(`f${i}.json`, r)));
    const text = serializeView(c.classCode, rs.map((r, i) => ({ name: `f${i}.json`, results: r })));
    const v = parseView(text);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(aggregateClass(v.files, { classCode: v.classCode })).toEqual(c);
    expect(parseView('nope')).toEqual({ ok: false, problem: 'json' });
    expect(parseView('{"schema":"irb-class-view","version":2}')).toEqual({ ok: false, problem: 'version' });
    expect(parseView(JSON.stringify({ ...JSON.parse(text), files: [{ name: 'x', results: { schema: 'irb-results' } }] }))).toEqual({ ok: false, problem: 'malformed' });
  });
});
