// The rows of the parameter table (docs/model-parameters.md), read from the model's data files: every number the model uses that is
// not a scenario setting, with its value, unit, confidence and source. The test beside this file keeps the table and
// the data in step; `npx tsx tests/unit/sim/parameter-table.ts` prints the table.
import * as town from '../../../app/sim/data/town';
import * as meters from '../../../app/sim/data/meters';
import * as labour from '../../../app/sim/data/labour';
import * as credit from '../../../app/sim/data/credit';
import * as autoPlayer from '../../../app/sim/data/auto-player';
import * as businesses from '../../../app/sim/data/businesses';
import * as destinations from '../../../app/sim/data/destinations';
import * as household from '../../../app/sim/data/household';
import * as events from '../../../app/sim/data/events';

type Value = number | readonly number[];
type Doc = readonly [unit: string, source: string];

/** The data files with their `<GROUP>_DOC` tables; in the files that also hold other data, the prefix of the numbers
 * that must be documented (every other file: all its numbers). */
const FILES: readonly [string, Record<string, unknown>, string | null][] = [
  ['data/town.ts', town, null], ['data/meters.ts', meters, null], ['data/labour.ts', labour, null], ['data/credit.ts', credit, null],
  ['data/auto-player.ts', autoPlayer, null], ['data/events.ts', events, null],
  ['data/businesses.ts', businesses, 'playerBusiness'], ['data/destinations.ts', destinations, 'migration'], ['data/household.ts', household, 'schoolAges'],
];

interface Row { name: string; value: Value; unit: string; source: string; file: string }

const isNumbers = (v: unknown): v is Value => typeof v === 'number' || (Array.isArray(v) && v.every((x) => typeof x === 'number'));

/** Every documented number, in file order; throws for a number without its unit and source, or a doc entry without its number. */
export function parameters(): Row[] {
  const out: Row[] = [];
  for (const [file, mod, prefix] of FILES) {
    const documented = new Set<string>();
    for (const [docName, table] of Object.entries(mod)) {
      if (!docName.endsWith('_DOC')) continue;
      for (const [name, doc] of Object.entries(table as Record<string, Doc>)) {
        const value = mod[name];
        if (!isNumbers(value)) throw new Error(`${file}: ${docName}.${name} documents no number`);
        documented.add(name);
        out.push({ name, value, unit: doc[0], source: doc[1], file });
      }
    }
    for (const [name, value] of Object.entries(mod)) {
      if (!isNumbers(value) || (prefix && !name.startsWith(prefix))) continue;
      if (!documented.has(name)) throw new Error(`${file}: ${name} has no unit and source (add it to a _DOC table)`);
    }
  }
  return out;
}

/** A number as the table prints it: up to four significant decimals, ranges as "a–b", lists as "a, b". */
export function formatValue(v: number | readonly number[], range: boolean): string {
  const one = (x: number) => String(Math.round(x * 10000) / 10000);
  if (typeof v === 'number') return one(v);
  return range ? `${one(v[0]!)}–${one(v[1]!)}` : v.map(one).join(', ');
}

/** Confidence marks found in a source text, e.g. "L" or "H/L". */
export function confidence(source: string): string {
  const marks = new Set<string>();
  for (const m of source.matchAll(/\(([HML](?:\/[HML])*)\)/g)) for (const x of m[1]!.split('/')) marks.add(x);
  return ['H', 'M', 'L'].filter((x) => marks.has(x)).join('/') || '?';
}

export function parameterRows(): string[] {
  const esc = (x: string) => x.replace(/\|/g, '\\|');
  const rows: string[] = [];
  for (const r of parameters()) {
    const range = Array.isArray(r.value) && !/calendar months/.test(r.unit);
    const assumption = /no source|Model assumption|model assumption|Automatic player|Interface default/.test(r.source) ? ' **assumption**' : '';
    rows.push(`| \`${r.name}\` | ${formatValue(r.value, range)} | ${esc(r.unit)} | ${confidence(r.source)}${assumption} | ${esc(r.source)} | ${r.file} |`);
  }
  for (const [cat, s] of Object.entries(town.SPENDING_SOURCES)) {
    rows.push(`| \`SPENDING_SOURCES.${cat}\` | ${s.wages} / ${s.pensions} / ${s.remittances} | shares of wages / pensions / remittances | ${confidence(town.SPENDING_SOURCES_SOURCE)} **assumption** | ${esc(town.SPENDING_SOURCES_SOURCE)} | data/town.ts |`);
  }
  return rows;
}

export const TABLE_HEADER = ['| Parameter | Value | Unit | Confidence | Source | File (app/sim/) |', '|---|---|---|---|---|---|'];

if (process.argv[1]?.endsWith('parameter-table.ts')) console.log([...TABLE_HEADER, ...parameterRows()].join('\n'));
