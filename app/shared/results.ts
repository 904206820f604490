// The results file a student hands to the teacher after a game: a versioned, validated JSON schema.
// Holds keys and numbers only (no translated text), and no personal data unless the student typed a nickname.
// Unknown fields are refused, not dropped: a file with fields the game never writes (a hand-added grade, a
// name) is shown to the teacher as not a clean results file instead of being read as if it were one.
import { z } from 'zod';
import { LOCALES } from './locales';

export const RESULTS_SCHEMA_ID = 'irb-results';
export const RESULTS_VERSION = 1;
/** A class of 40 files must load quickly; a real results file is a few tens of kilobytes. */
export const RESULTS_MAX_BYTES = 2 * 1024 * 1024;

const PATHS = ['retire', 'retrain', 'migrate', 'business'] as const;
const id = z.string().min(1).max(80).regex(/^[\w.-]+$/, 'expected an id (letters, digits, dot, dash, underscore)');
const int = z.number().int();
const money = z.number().finite();
const meter = z.number().finite().min(0).max(100);
const params = z.record(z.string().max(60), z.union([z.string().max(200), z.number().finite()]));

export const resultsFileSchemaV1 = z.strictObject({
  schema: z.literal(RESULTS_SCHEMA_ID),
  version: z.literal(RESULTS_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().max(40).optional(),
  /** The language the report was read in (the file itself is language-independent). */
  language: z.enum(LOCALES),
  /** The teacher's class code, when the game was started with one. */
  classCode: z.string().min(1).max(32).nullable(),
  /** Only present when the student typed one. */
  nickname: z.string().trim().min(1).max(60).optional(),
  game: z.strictObject({
    scenarioId: id,
    personaId: id,
    seed: int,
    months: int.min(1).max(240),
    cohortSize: int.min(0),
  }),
  paths: z.array(z.strictObject({ path: z.enum(PATHS), month: int.min(0), detail: z.string().max(80).nullable() })).max(100),
  outcome: z.strictObject({
    /** content:outcome.<id> */
    id: id,
    monthsPlayed: int.min(0),
    cash: money,
    debt: money.min(0),
    netWorth: money,
    totalIncome: money,
    /** The model's outcome measure and the job-kept baseline (files from before this field lack them). */
    outcomeValue: money.optional(),
    keptJobBaseline: money.optional(),
    /** In paid work at the end: a job, a public-welfare post or a business still open. */
    employed: z.boolean(),
    defaulted: z.boolean(),
    blacklisted: z.boolean(),
    businessOpened: z.boolean(),
    businessClosed: z.boolean(),
    guarantorPaid: money.min(0),
    monthsGoingWithout: int.min(0),
    wellbeing: meter,
    health: meter,
    ties: meter,
  }),
  /** Where the player's net worth sat among simulated lives of the same persona on the same path (0..1). */
  standing: z.strictObject({ path: z.enum(PATHS), runs: int.min(1), percentile: z.number().min(0).max(1) }).nullable().optional(),
  timeline: z.array(z.strictObject({ month: int.min(0), key: z.string().min(1).max(120), params, turningPoint: z.boolean() })).max(1000),
  /** The player's business, if one was opened: its trade, when, and how it did (files from before this field lack it). */
  business: z.strictObject({
    businessId: id,
    openedMonth: int.min(0),
    monthsOpen: int.min(0),
    meanMonthlyProfit: money.nullable(),
    closed: z.boolean(),
  }).nullable().optional(),
  /** What happened to the simulated cohort of the student's town (how many took each path, businesses, defaults). */
  cohort: z.strictObject({
    size: int.min(0),
    counts: z.strictObject({ retire: int.min(0), retrain: int.min(0), migrate: int.min(0), business: int.min(0), idle: int.min(0) }),
    businessesOpened: int.min(0),
    businessesFailed: int.min(0),
    loanDefaults: int.min(0),
  }).optional(),
  /** The simulated lives of the same person in the same town, per path (from the report): the cohort to set the class beside. */
  simulated: z.array(z.strictObject({
    path: z.enum(PATHS),
    runs: int.min(1),
    p25: money,
    median: money,
    p75: money,
    defaultShare: z.number().min(0).max(1),
    employedShare: z.number().min(0).max(1),
  })).max(4).optional(),
  /** The student's answers before opening a business, and what happened (Camerer and Lovallo 1999). */
  prediction: z.strictObject({
    businessId: id,
    month: int.min(0),
    /** How many others the student thought would open the same trade within a year. */
    predictedEntrants: int.min(0).max(10000),
    /** Whether the student thought they would beat the trade's average profit. */
    willBeatAverage: z.boolean(),
    /** Others who did open the same trade within the year (cohort and incumbents' new shops). */
    actualEntrants: int.min(0).nullable(),
    /** Whether the student's mean monthly profit beat the trade's average while open; null if never measured. */
    beatAverage: z.boolean().nullable(),
  }).nullable().optional(),
  /** Month-by-month figures, one entry per month played. */
  series: z.strictObject({
    cash: z.array(money).max(240),
    debt: z.array(money).max(240),
    income: z.array(money).max(240),
    expenses: z.array(money).max(240),
    wellbeing: z.array(meter).max(240),
  }),
});

export type ResultsFile = z.infer<typeof resultsFileSchemaV1>;
export type ResultsPathId = (typeof PATHS)[number];

export type ResultsRefusalCode =
  | 'too-large' // bigger than any real results file
  | 'not-json' // not JSON text at all
  | 'foreign' // JSON, but not one of our results files (another program's, or a saved game)
  | 'newer-version' // a results file from a newer version of the game
  | 'older-version' // a results file version this game no longer reads
  | 'malformed'; // claims to be our results file but fields are missing or wrong

export interface ResultsRefusal {
  code: ResultsRefusalCode;
  /** Developer-readable detail: which field was wrong, what the file looked like. Not translated. */
  detail: string;
  /** The version found in the file, for newer/older-version refusals. */
  version?: number;
}

export type ResultsParse = { ok: true; results: ResultsFile } | { ok: false; refusal: ResultsRefusal };

const refuse = (code: ResultsRefusalCode, detail: string, version?: number): ResultsParse =>
  ({ ok: false, refusal: version === undefined ? { code, detail } : { code, detail, version } });

/** Guesses what a foreign JSON file is, so the refusal can say more than "not ours". */
function describeForeign(data: unknown): string {
  if (Array.isArray(data)) return 'a JSON list, not a results file';
  if (data === null || typeof data !== 'object') return `a JSON ${data === null ? 'null' : typeof data}, not a results file`;
  const o = data as Record<string, unknown>;
  if ('history' in o && 'household' in o) return 'a saved game, not a results file';
  if (typeof o.schema === 'string') return `schema "${o.schema.slice(0, 40)}" instead of "${RESULTS_SCHEMA_ID}"`;
  const keys = Object.keys(o).slice(0, 5).join(', ');
  return keys ? `no "schema" field (keys: ${keys})` : 'an empty JSON object';
}

/** Validates parsed JSON as a results file. */
export function validateResults(data: unknown): ResultsParse {
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { schema?: unknown }).schema !== RESULTS_SCHEMA_ID) {
    return refuse('foreign', describeForeign(data));
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return refuse('malformed', 'version: expected a whole number');
  if (version > RESULTS_VERSION) return refuse('newer-version', `version ${version}; this game reads version ${RESULTS_VERSION}`, version);
  if (version < RESULTS_VERSION) return refuse('older-version', `version ${version}; this game reads version ${RESULTS_VERSION}`, version);
  const parsed = resultsFileSchemaV1.safeParse(data);
  if (!parsed.success) {
    const detail = parsed.error.issues.slice(0, 3)
      .map((i) => `${i.path.length ? i.path.join('.') : '(file)'}: ${i.message}`).join('; ');
    return refuse('malformed', detail);
  }
  return { ok: true, results: parsed.data };
}

/** Reads a results file's text: refuses oversize, non-JSON, foreign, other-version and malformed files with a reason. */
export function parseResults(text: string): ResultsParse {
  if (text.length > RESULTS_MAX_BYTES) return refuse('too-large', `${text.length} characters; the limit is ${RESULTS_MAX_BYTES}`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return refuse('not-json', e instanceof Error ? e.message.slice(0, 120) : 'not JSON');
  }
  return validateResults(data);
}

/** Loads a results file the teacher picked (File/Blob from an <input type="file"> or a drop). */
export async function loadResultsFile(file: Blob): Promise<ResultsParse> {
  if (file.size > RESULTS_MAX_BYTES) return refuse('too-large', `${file.size} bytes; the limit is ${RESULTS_MAX_BYTES}`);
  return parseResults(await file.text());
}

/** Serialises a results file after checking it against the schema (so the game never writes a file it would refuse). */
export function serializeResults(results: ResultsFile): string {
  const checked = resultsFileSchemaV1.parse(results);
  return `${JSON.stringify(checked, null, 2)}\n`;
}
