// docs/model-parameters.md (the parameter table docs/model.md points to) lists every number of the model's data files outside the scenarios, with the
// value, unit, confidence and source the data holds: a value changed in the data without the table (or the other
// way round) fails here, and so does a number whose source gives no confidence mark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parameterRows, TABLE_HEADER } from './parameter-table';

const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'model-parameters.md'), 'utf8');

describe('the parameter table in docs/model-parameters.md', () => {
  it('holds every parameter row of the data files, as the data has it', () => {
    const lines = new Set(doc.split('\n'));
    for (const h of TABLE_HEADER) expect(lines.has(h), h).toBe(true);
    const missing = parameterRows().filter((r) => !lines.has(r));
    expect(missing, 'rows to update in docs/model-parameters.md (print the table with npx tsx tests/unit/sim/parameter-table.ts)').toEqual([]);
  });

  it('has no rows the data no longer holds', () => {
    const rows = new Set(parameterRows());
    const start = doc.indexOf(TABLE_HEADER[0]!);
    const tableLines = doc.slice(start).split('\n').slice(2);
    const body = tableLines.slice(0, tableLines.findIndex((l) => !l.startsWith('|')));
    expect(body.filter((l) => !rows.has(l))).toEqual([]);
    expect(body.length).toBe(rows.size);
  });

  it('gives every parameter a confidence mark, and marks those without a source as assumptions', () => {
    for (const r of parameterRows()) {
      const [, , , conf, source] = r.split(' | ');
      expect(conf, r).not.toMatch(/^\?/);
      if (/no source/.test(source!)) expect(conf, r).toMatch(/\*\*assumption\*\*/);
    }
  });
});
