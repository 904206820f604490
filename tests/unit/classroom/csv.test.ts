// The students' CSV must open in a spreadsheet as the same table: UTF-8 with BOM, RFC 4180 quoting, and no cell
// a spreadsheet would run as a formula. Checked by reading it back with csv-parse.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { guardCell, toCsv } from '../../../app/renderer/classroom/csv';
import { studentsCsv, CSV_COLUMNS } from '../../../app/renderer/classroom/students-csv';
import { aggregateClass } from '../../../app/renderer/classroom/aggregate';
import { serializeResults } from '../../../app/shared/results';
import { makeResults } from './results-fixtures';

const read = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: false }) as string[][];

describe('students CSV', () => {
  it('starts with a byte-order mark and ends rows with CRLF', () => {
    const csv = toCsv(['a', 'b'], [[1, 'x']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFa,b\r\n1,x\r\n');
  });

  it('round-trips Chinese names, commas, quotes, line breaks and formula-like names', () => {
    const names = ['王小明', 'Li, Wei', 'He said "hi"', 'two\nlines', '=1+2', '+86 138', '-5', '@SUM(A1)', '=HYPERLINK("http://x","y")', '\tTab', 'plain'];
    const csv = toCsv(['name', 'n'], names.map((n, i) => [n, i]));
    const rows = read(csv);
    expect(rows[0]).toEqual(['name', 'n']);
    rows.slice(1).forEach((r, i) => {
      const n = names[i]!;
      expect(r[0]).toBe(/^[=+\-@\t]/.test(n) ? `'${n}` : n);
      expect(r[1]).toBe(String(i));
    });
  });

  it('any text survives the round trip, and no cell starts with a formula character (property)', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 20 }), (rows) => {
      const back = read(toCsv(['a', 'b', 'c'], rows)).slice(1);
      expect(back).toEqual(rows.map((r) => r.map((c) => guardCell(c))));
      for (const r of back) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    }), { numRuns: 200 });
  });

  it('writes one row per student with names, or seat numbers in projector mode', () => {
    const rs = [makeResults(1, { nickname: '=王, "小明"\n二班', path: 'business' }), makeResults(2, { nickname: 'Ann' })];
    const c = aggregateClass(rs.map((r, i) => ({ name: `f${i}.json`, text: serializeResults(r) })));
    const words = { header: (k: string) => k, path: (id: string) => id, trade: (id: string) => id, persona: (id: string) => id, seat: (n: number) => `Seat ${n}` };
    const rows = read(studentsCsv(c.students, words, false));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows[1]![1]).toBe(`'=王, "小明"\n二班`);
    expect(rows[1]![8]).toBe('breakfastStall');
    expect(rows[1]![10]).toBe('1000');
    const hidden = read(studentsCsv(c.students, words, true));
    expect(hidden.map((r) => r[1])).toEqual(['name', 'Seat 1', 'Seat 2']);
    expect(hidden.map((r) => r[2])).toEqual(['file', '', '']);
  });
});
