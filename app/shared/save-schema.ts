// The one definition of a saved game, used by the renderer (before Continue) and the main process (before a
// save is written or read), so both refuse the same files for the same reasons. The envelope is strict
// (unknown keys refused); the game state inside mirrors app/sim/types.ts with ranges and lengths, but
// keeps keys it does not know, so a field the model adds later survives a save (tests/unit/shared/
// save-schema.test.ts checks that every state the model produces passes: drift fails there first).
import { z } from 'zod';
import { MAX_JSON_BYTES } from './ipc';

export const SAVE_FORMAT = 'irb-save';
/**
 * 1: first release. 2: classCode, nickname and savedAt always present (1 could leave them out).
 * Each step up has a migration below, tested from a real save of the earlier version.
 */
export const SAVE_VERSION = 2;
/**
 * The model's state version (app/sim STATE_VERSION; a test keeps them equal). Version 1 states come from the
 * model before the town reacted to the layoffs; they cannot continue under the new rules, so they are refused
 * with that reason (and kept aside like any refused save), not migrated into a different game.
 */
export const GAME_STATE_VERSION = 2;
/** Nesting allowed in a save's JSON; the game state needs about 6, so anything deeper is not ours. */
export const MAX_SAVE_DEPTH = 24;
export const MAX_SAVE_BYTES = MAX_JSON_BYTES;

// ---------------------------------------------------------------- building blocks

/** Months in a game, and in any month index (the scenarios use 36; tests and demos 1-120). */
const MAX_MONTHS = 240;
/** Any amount of yuan: well beyond a household's or a firm's reach, far below what breaks the display (1e308). */
const MAX_YUAN = 1e10;
const yuan = z.number().finite().min(-MAX_YUAN).max(MAX_YUAN);
const nonNegYuan = yuan.min(0);
const int = z.number().int();
const count = int.min(0).max(1_000_000);
const monthIndex = int.min(0).max(MAX_MONTHS);
/** Event cooldowns start at -1000 ("never"); "until" stamps can lie far ahead (a rent rise for 999 months). */
const monthStamp = int.min(-1000).max(100_000);
const meter = z.number().finite().min(0).max(100);
const factor = z.number().finite().min(0).max(1000);
/** Ids of scenarios, personas, businesses, courses, destinations, events and locale keys. */
const id = z.string().min(1).max(120).regex(/^[\w.:-]+$/, 'expected an id (letters, digits, . : - _)');
const text = z.string().max(200);
const figures = z.record(id, yuan);
const params = z.record(id, z.union([text, yuan]));
const reason = z.looseObject({ key: id, params: params.optional() });

const PATHS = ['retire', 'retrain', 'migrate', 'business'] as const;
const CATEGORIES = ['food', 'retail', 'services', 'transport', 'construction'] as const;
const LOCATIONS = ['mainStreet', 'sideStreet', 'streetStall'] as const;

// ---------------------------------------------------------------- the game state (app/sim/types.ts)

const config = z.looseObject({
  scenarioId: id,
  personaId: id,
  seed: z.number().int().min(-(2 ** 53)).max(2 ** 53),
  cohortSize: int.min(0).max(20_000),
  months: int.min(1).max(MAX_MONTHS),
});

const debts = z.looseObject({
  bankLoan: nonNegYuan,
  arrears: nonNegYuan,
  informalRelatives: nonNegYuan,
  loanShark: nonNegYuan,
  owedToGuarantor: nonNegYuan,
  unpaidBills: nonNegYuan,
});

const job = z.looseObject({
  kind: z.enum(['local', 'publicWelfare', 'migrant']),
  wage: nonNegYuan,
  sinceMonth: monthIndex,
  courseId: id.nullable(),
  destinationId: id.nullable(),
  withheld: z.number().finite().min(0).max(MAX_MONTHS),
});

const loan = z.looseObject({
  principal: nonNegYuan,
  balance: nonNegYuan,
  termMonths: int.min(1).max(MAX_MONTHS),
  monthlyPrincipal: nonNegYuan,
  startMonth: monthIndex,
  annualRate: z.number().finite().min(0).max(10),
  subsidised: z.boolean(),
  missedPayments: count,
  missedInRow: count,
  pendingDue: nonNegYuan,
  status: z.enum(['current', 'arrears', 'defaulted', 'repaid']),
});

const household = z.looseObject({
  ageMonths: int.min(0).max(130 * 12),
  cash: yuan,
  debts,
  relativesCapacity: nonNegYuan,
  meters: z.looseObject({ wellbeing: meter, health: meter, ties: meter }),
  employed: z.boolean(),
  job: job.nullable(),
  severancePaid: z.boolean(),
  uiMonthsLeft: int.min(0).max(MAX_MONTHS),
  uiMonthly: nonNegYuan,
  retirement: z.enum(['none', 'neitui', 'pension']),
  leftNeitui: z.boolean(),
  livingAllowance: nonNegYuan,
  pension: nonNegYuan,
  contributionYears: z.number().finite().min(0).max(80),
  payingContributions: z.boolean(),
  familyIncome: nonNegYuan,
  remittanceIn: nonNegYuan,
  children: z.array(z.looseObject({ age: z.number().finite().min(0).max(60), withMigrant: z.boolean() })).max(20),
  sickElders: int.min(0).max(20),
  adultsAtHome: int.min(0).max(20),
  location: z.enum(['home', 'away']),
  loan: loan.nullable(),
  defaulted: z.boolean(),
  blacklisted: z.boolean(),
  blacklistUntil: monthStamp.nullable(),
  goingWithout: z.boolean(),
  monthsGoingWithout: int.min(0).max(MAX_MONTHS),
  payFromSavings: z.boolean(),
  coursesTaken: int.min(0).max(100),
  centreMonthsLeft: int.min(0).max(MAX_MONTHS),
  costShocks: z.array(z.looseObject({ key: id, factor, untilMonth: monthStamp })).max(200),
});

const pathState = z.discriminatedUnion('path', [
  z.looseObject({ path: z.literal('retire'), kind: z.enum(['neitui', 'pension']), sinceMonth: monthIndex }),
  z.looseObject({ path: z.literal('retrain'), courseId: id, sinceMonth: monthIndex, courseEndsMonth: monthStamp }),
  z.looseObject({ path: z.literal('migrate'), destinationId: id, sinceMonth: monthIndex, bringChildren: z.boolean(), monthsUnemployed: int.min(0).max(MAX_MONTHS) }),
  z.looseObject({
    path: z.literal('business'), businessId: id, firmId: count, location: z.enum(LOCATIONS), sinceMonth: monthIndex,
    lossMonths: int.min(0).max(MAX_MONTHS), profitSum: yuan, profitMonths: int.min(0).max(MAX_MONTHS),
  }),
]);

const firm = z.looseObject({
  id: count,
  businessId: id,
  bi: int.min(0).max(1000),
  owner: z.enum(['player', 'cohort', 'incumbent']),
  location: z.enum(LOCATIONS),
  openedMonth: monthStamp,
  closedMonth: monthStamp.nullable(),
  cash: yuan,
  quality: z.number().finite().min(0).max(100),
  loanBalance: yuan,
  loanInstalment: yuan,
  lastRevenue: yuan,
  lastProfit: yuan,
  formerCoworker: z.boolean(),
  shock: z.number().finite().min(-50).max(50),
  missedInRow: count,
  reserve: yuan,
});

const planArray = z.array(int.min(-1).max(MAX_MONTHS * 10)).max(20_000);
const cohort = z.looseObject({
  size: int.min(0).max(20_000),
  planMonth: planArray,
  planPath: planArray,
  planBusiness: planArray,
  next: count,
  counts: z.looseObject({ retire: count, retrain: count, migrate: count, business: count, idle: count }),
  businessesOpened: count,
  businessesFailed: count,
  loanDefaults: count,
  seekers: z.number().finite().min(0).max(1_000_000),
  employedLocal: z.number().finite().min(0).max(1_000_000),
  migrantsAway: z.number().finite().min(0).max(1_000_000),
  migrantsEmployed: z.number().finite().min(0).max(1_000_000),
  welfarePosts: z.number().finite().min(0).max(1_000_000),
  /** Closed founders still repaying: [balance, instalment, reserve, missedInRow, working]. */
  debtors: z.array(z.array(yuan).length(5)).max(20_000),
  loansRepaid: count,
  borrowers: count,
});

const market = z.looseObject({
  firms: z.array(firm).max(20_000),
  nextFirmId: count,
  cohort,
  town: z.looseObject({
    wageIndex: factor,
    remittanceIndex: factor,
    pensionIndex: factor,
    categoryIndex: z.looseObject(Object.fromEntries(CATEGORIES.map((c) => [c, factor])) as Record<(typeof CATEGORIES)[number], typeof factor>),
    labourIndex: factor,
    migrantDemandIndex: factor,
    welfarePostsFree: z.number().finite().min(0).max(1_000_000),
    tvStoryMonth: monthStamp,
    tvStoryBusiness: id,
  }),
  modifiers: z.array(z.looseObject({
    kind: z.enum(['demand', 'cost', 'rent', 'entry', 'price', 'remittance']),
    target: id,
    factor,
    untilMonth: monthStamp,
  })).max(500),
  priceIndex: z.record(id, factor),
  closedByType: z.record(id, count),
  classEntrants: z.record(id, int.min(0).max(1000)).nullable(),
});

const guarantor = z.looseObject({
  relation: id,
  income: nonNegYuan,
  savings: yuan,
  relationship: meter,
  hardship: meter,
  paid: nonNegYuan,
  laidOff: z.boolean(),
  blacklisted: z.boolean(),
  bound: z.boolean(),
});

const pendingEvent = z.looseObject({
  id,
  kind: id,
  month: monthIndex,
  params,
  choices: z.array(z.looseObject({ id, figures, eligible: z.boolean(), reason: reason.optional() })).min(1).max(20),
});

const flow = z.looseObject({ key: id, amount: yuan });
const flows = z.array(flow).max(500);

const monthRecord = z.looseObject({
  month: monthIndex,
  cashStart: yuan,
  cash: yuan,
  debt: yuan,
  borrowed: yuan,
  principalRepaid: yuan,
  interestCharged: yuan,
  income: yuan,
  expenses: yuan,
  flows,
  employed: z.boolean(),
  businessProfit: yuan.nullable(),
  sameTypeFirms: count.nullable(),
  avgProfitSameType: yuan.nullable(),
  closedSameType: count.nullable(),
  mostCrowdedBusinessId: id.nullable(),
  openByType: z.record(id, count),
  wellbeing: meter,
  health: meter,
  ties: meter,
  goingWithout: z.boolean(),
  eventId: id.nullable(),
});

const timelineEntry = z.looseObject({ month: monthIndex, key: id, params, turningPoint: z.boolean() });

export const gameStateSchema = z
  .looseObject({
    version: z.literal(GAME_STATE_VERSION),
    config,
    scenarioId: id,
    personaId: id,
    month: monthIndex,
    monthsTotal: int.min(1).max(MAX_MONTHS),
    rng: z.array(int.min(-(2 ** 31)).max(2 ** 32 - 1)).length(4),
    townRng: z.array(int.min(-(2 ** 31)).max(2 ** 32 - 1)).length(4),
    household,
    path: pathState.nullable(),
    pathsTaken: z.array(z.looseObject({ path: z.enum(PATHS), month: monthIndex, detail: id.nullable() })).max(100),
    market,
    guarantor: guarantor.nullable(),
    pendingEvent: pendingEvent.nullable(),
    current: z.looseObject({ cashStart: yuan, flows, interest: nonNegYuan }),
    eventLastFired: z.array(monthStamp).max(500),
    eventCount: z.array(count).max(500),
    history: z.array(monthRecord).max(MAX_MONTHS + 1),
    timeline: z.array(timelineEntry).max(20_000),
    ended: z.looseObject({ month: monthIndex, reason }).nullable(),
  })
  .superRefine((s, ctx) => {
    // Rules that link fields: a state that breaks them would show nonsense or leave the game stuck.
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (s.scenarioId !== s.config.scenarioId || s.personaId !== s.config.personaId) issue(['config'], 'config does not match the game');
    if (s.monthsTotal !== s.config.months) issue(['monthsTotal'], 'monthsTotal does not match config.months');
    if (s.month > s.monthsTotal) issue(['month'], 'month is past the end of the game');
    if (s.ended === null && s.month >= s.monthsTotal) issue(['ended'], 'the game is past its last month but not ended');
    if (s.history.length > s.month + 1) issue(['history'], 'more months recorded than played');
    if (s.eventLastFired.length !== s.eventCount.length) issue(['eventCount'], 'event tables differ in length');
    const c = s.market.cohort;
    if (c.planMonth.length !== c.size || c.planPath.length !== c.size || c.planBusiness.length !== c.size) issue(['market', 'cohort'], 'cohort plans do not match its size');
    // An event with no choice the player may take would disable "Next month" for good.
    if (s.pendingEvent && !s.pendingEvent.choices.some((ch) => ch.eligible)) issue(['pendingEvent', 'choices'], 'no choice can be taken');
  });

// ---------------------------------------------------------------- the envelope

const classCode = z.string().min(1).max(32).nullable();
const nickname = z.string().max(60).nullable();

export const saveFileSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  savedAt: z.iso.datetime({ offset: true }),
  classCode,
  nickname,
  /** The two answers given before opening a business: checked by app/renderer/game/prediction.ts, which drops a
   * damaged one and keeps the game (a bad answer must not cost the student their whole save). */
  prediction: z.unknown().optional(),
  state: gameStateSchema,
});

export type SaveFileV2 = z.output<typeof saveFileSchema>;

/** One function per earlier version, each taking that version's envelope to the next one. */
export const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  1: (raw) => ({
    format: raw.format,
    version: 2,
    savedAt: typeof raw.savedAt === 'string' && !Number.isNaN(Date.parse(raw.savedAt)) ? new Date(raw.savedAt).toISOString() : new Date(0).toISOString(),
    classCode: raw.classCode ?? null,
    nickname: raw.nickname ?? null,
    state: raw.state,
  }),
};

// ---------------------------------------------------------------- reading untrusted text

export type SaveProblem = 'too-large' | 'too-deep' | 'json' | 'format' | 'newer' | 'version' | 'state';
export type SaveCheckResult =
  | { ok: true; save: SaveFileV2; migratedFrom: number | null }
  | { ok: false; problem: SaveProblem; reason: string; version?: number };

/** How deeply arrays and objects nest in JSON text, without parsing it (so a deep file cannot overflow the stack). */
export function jsonDepth(textIn: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < textIn.length; i++) {
    const ch = textIn.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) { depth++; if (depth > max) max = depth; }
    else if (ch === 125 || ch === 93) depth--;
  }
  return max;
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

function describe(error: z.ZodError): string {
  const first = error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(top)'}: ${i.message}`);
  return first.join('; ') + (error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : '');
}

/**
 * Checks a save's text from storage or disk: size, nesting, JSON, format, version (migrating older ones)
 * and the whole game state. Never throws. A byte-order mark left by a text editor is accepted.
 */
export function checkSaveText(textIn: string): SaveCheckResult {
  if (typeof textIn !== 'string') return { ok: false, problem: 'json', reason: 'not text' };
  // Each UTF-16 unit is at least one UTF-8 byte, at most three: a cheap bound before the exact count.
  if (textIn.length > MAX_SAVE_BYTES || (textIn.length * 3 > MAX_SAVE_BYTES && new TextEncoder().encode(textIn).length > MAX_SAVE_BYTES)) {
    return { ok: false, problem: 'too-large', reason: `larger than ${MAX_SAVE_BYTES} bytes` };
  }
  const text = textIn.replace(/^\uFEFF/, '');
  const depth = jsonDepth(text);
  if (depth > MAX_SAVE_DEPTH) return { ok: false, problem: 'too-deep', reason: `nested ${depth} levels deep (at most ${MAX_SAVE_DEPTH})` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: 'json', reason: e instanceof Error ? e.message : String(e) };
  }
  return checkSave(raw);
}

/** The same checks on an already parsed value. */
export function checkSave(raw: unknown): SaveCheckResult {
  if (!isObject(raw) || raw.format !== SAVE_FORMAT) return { ok: false, problem: 'format', reason: 'not a save of this game' };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'version', reason: `unknown save version ${JSON.stringify(version)?.slice(0, 20)}` };
  }
  if (version > SAVE_VERSION) return { ok: false, problem: 'newer', reason: `save version ${version} is newer than ${SAVE_VERSION}`, version };
  let current: Record<string, unknown> = raw;
  try {
    for (let v = version; v < SAVE_VERSION; v++) {
      const step = MIGRATIONS[v];
      if (!step) return { ok: false, problem: 'version', reason: `no migration from version ${v}` };
      current = step(current);
    }
  } catch (e) {
    return { ok: false, problem: 'version', reason: `migration from version ${version} failed: ${String(e)}` };
  }
  const st = current.state;
  if (isObject(st) && typeof st.version === 'number' && st.version < GAME_STATE_VERSION) {
    return { ok: false, problem: 'version', reason: `game saved under an earlier model (state version ${st.version}); it cannot continue under the new rules`, version: st.version };
  }
  const parsed = saveFileSchema.safeParse(current);
  if (!parsed.success) return { ok: false, problem: 'state', reason: describe(parsed.error) };
  return { ok: true, save: parsed.data, migratedFrom: version === SAVE_VERSION ? null : version };
}
