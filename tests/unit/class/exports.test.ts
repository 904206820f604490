// students.csv, rounds.csv and the session file: BOM, RFC 4180 quoting read back by csv-parse, the formula guard,
// and a session file that validates and gives back the same rounds.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvCell, toCsv } from '../../../app/shared/csv';
import { parseClassSession } from '../../../app/shared/class-session';
import { roundsCsv, sessionFile, studentsCsv, ticksOf } from '../../../app/shared/class-exports';
import { cmd, hello, hostState, run, submit, token } from './helpers';

describe('csv', () => {
  it('quotes per RFC 4180 and guards formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    const text = toCsv(['a', 'b'], [['x\ny', '王']]);
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(parse(text.slice(1), { columns: true })).toEqual([{ a: 'x\ny', b: '王' }]);
  });
});

describe('class exports', () => {
  const s = run(hostState(), [
    hello('c1', '=cmd|calc', token(1)), hello('c2', '王芳', token(2)), cmd({ cmd: 'open', round: 1 }),
    { e: 'submit', conn: 'c1', at: 1, frame: { t: 'submit', round: 1, seq: 1, choice: { trade: 'noodleShop', location: 'mainStreet' }, predict: { entrants: 9, beatAverage: true } } },
    cmd({ cmd: 'close', round: 1 }), cmd({ cmd: 'open', round: 2 }), submit('c2', 2, 1, 'breakfastStall'), cmd({ cmd: 'close', round: 2 }),
  ]).state;
  const f = sessionFile(s);

  it('rounds.csv has one line per seat and round with the market of the seat\'s trade', () => {
    const rows = parse(roundsCsv(f).slice(1), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ round: '1', seat: '1', nickname: "'=cmd|calc", trade: 'noodleShop', flag: 'chosen' });
    expect(Number(rows[0]!.avg_profit)).toBe(ticksOf(f)[0]!.avgProfit[1]);
    expect(rows[3]).toMatchObject({ round: '2', seat: '2', nickname: '王芳', trade: 'breakfastStall' });
  });

  it('students.csv counts auto rounds and prediction error', () => {
    const rows = parse(studentsCsv(f).slice(1), { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ seat: '1', rounds_chosen: '1', auto_rounds: '1', mean_prediction_error: String(Math.abs(9 - ticksOf(f)[0]!.firms[1]!)) });
  });

  it('the session file validates and reopens to the same rounds', () => {
    const back = parseClassSession(JSON.stringify(f));
    expect(back.ok).toBe(true);
    if (back.ok) expect(ticksOf(back.session).map((t) => t.check)).toEqual(s.checks);
    expect(parseClassSession('{"kind":"irb-class-session","version":2}').ok).toBe(false);
    expect(parseClassSession('not json').ok).toBe(false);
  });
});
