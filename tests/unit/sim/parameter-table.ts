// The rows of the parameter table (docs/model-parameters.md), read from the model's data files: every number the model uses that is
// not a scenario setting, with its value, unit, confidence and source. The test beside this file keeps the table and
// the data in step; `npx tsx tests/unit/sim/parameter-table.ts` prints the table.
import { COHORT, CLASS_ROUND, FIRMS, LABOUR_POOL, SPENDING_SOURCES, SPENDING_SOURCES_SOURCE, TOWN_SPENDING, TV_STORY } from '../../../app/sim/data/town';
import { GUARANTOR, HEALTH, METER_EFFECTS, START, TIES, WELLBEING } from '../../../app/sim/data/meters';
import { GROUP_4050, JOB_ODDS, PENSION_BASIC_RATE, UI_YEARS } from '../../../app/sim/data/labour';
import { GUARANTOR_CALLED, LOAN_FORM, MISSED_PAYMENT, RELATIVES_LOAN } from '../../../app/sim/data/credit';
import { AUTO_PLAYER } from '../../../app/sim/data/auto-player';
import { PLAYER_BUSINESS } from '../../../app/sim/data/businesses';
import { MIGRATION } from '../../../app/sim/data/destinations';
import { SCHOOL_AGES } from '../../../app/sim/data/household';
import { EVENT_NUMBERS } from '../../../app/sim/data/events';

interface P { value: number | readonly number[]; unit: string; source: string }
type Group = Readonly<Record<string, P>>;

const GROUPS: readonly [string, string, Group][] = [
  ['data/town.ts', 'LABOUR_POOL', LABOUR_POOL], ['data/town.ts', 'TOWN_SPENDING', TOWN_SPENDING], ['data/town.ts', 'FIRMS', FIRMS],
  ['data/town.ts', 'COHORT', COHORT], ['data/town.ts', 'TV_STORY', TV_STORY], ['data/town.ts', 'CLASS_ROUND', CLASS_ROUND],
  ['data/meters.ts', 'START', START], ['data/meters.ts', 'WELLBEING', WELLBEING], ['data/meters.ts', 'HEALTH', HEALTH], ['data/meters.ts', 'TIES', TIES],
  ['data/meters.ts', 'METER_EFFECTS', METER_EFFECTS], ['data/meters.ts', 'GUARANTOR', GUARANTOR],
  ['data/labour.ts', 'JOB_ODDS', JOB_ODDS], ['data/labour.ts', 'UI_YEARS', UI_YEARS], ['data/labour.ts', 'GROUP_4050', GROUP_4050],
  ['data/labour.ts', 'PENSION', { basicRate: PENSION_BASIC_RATE }],
  ['data/credit.ts', 'GUARANTOR_CALLED', GUARANTOR_CALLED], ['data/credit.ts', 'RELATIVES_LOAN', RELATIVES_LOAN], ['data/credit.ts', 'MISSED_PAYMENT', MISSED_PAYMENT],
  ['data/credit.ts', 'LOAN_FORM', LOAN_FORM], ['data/businesses.ts', 'PLAYER_BUSINESS', PLAYER_BUSINESS], ['data/destinations.ts', 'MIGRATION', MIGRATION],
  ['data/household.ts', 'SCHOOL_AGES', SCHOOL_AGES], ['data/auto-player.ts', 'AUTO_PLAYER', AUTO_PLAYER],
  ...Object.entries(EVENT_NUMBERS).map(([id, g]): [string, string, Group] => ['data/events.ts', `EVENT_NUMBERS.${id}`, g as unknown as Group]),
];

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
  for (const [file, group, params] of GROUPS) {
    for (const [name, prm] of Object.entries(params)) {
      const range = Array.isArray(prm.value) && !/calendar months/.test(prm.unit);
      const assumption = /no source|Model assumption|model assumption|Automatic player|Interface default/.test(prm.source) ? ' **assumption**' : '';
      rows.push(`| \`${group}.${name}\` | ${formatValue(prm.value, range)} | ${esc(prm.unit)} | ${confidence(prm.source)}${assumption} | ${esc(prm.source)} | ${file} |`);
    }
  }
  for (const [cat, s] of Object.entries(SPENDING_SOURCES)) {
    rows.push(`| \`SPENDING_SOURCES.${cat}\` | ${s.wages} / ${s.pensions} / ${s.remittances} | shares of wages / pensions / remittances | ${confidence(SPENDING_SOURCES_SOURCE)} **assumption** | ${esc(SPENDING_SOURCES_SOURCE)} | data/town.ts |`);
  }
  return rows;
}

export const TABLE_HEADER = ['| Parameter | Value | Unit | Confidence | Source | File (app/sim/) |', '|---|---|---|---|---|---|'];

if (process.argv[1]?.endsWith('parameter-table.ts')) console.log([...TABLE_HEADER, ...parameterRows()].join('\n'));
