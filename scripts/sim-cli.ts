// The command-line lab: play one life or a batch of lives with the automatic player and print JSON.
// Usage: npm run --silent sim -- list | play --persona ID --path PATH [...] | batch ... --runs N
// Errors (unknown flags or ids, a path the persona cannot take) print one line on stderr and exit with status 2.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_SCENARIO_ID, PATH_IDS, listBusinesses, listCourses, listDestinations, listPersonas, listScenarios, newGame, pathRefusal,
  comparePaths, runBatch, simulateLife, summarize, type GameConfig, type PathId, type Reason,
} from '../app/sim/index';

class UsageError extends Error {}

const USAGE = 'usage: sim list | sim play --persona ID --path PATH [--business ID] [--scenario ID] [--seed N] [--cohort N] [--months N] | sim batch <same options> [--runs N] | sim compare --persona ID [--runs N] [--cohort N] [--scenario ID] [--seed N]';

const FLAGS: Record<string, readonly string[]> = {
  list: ['--scenario'],
  play: ['--persona', '--path', '--business', '--scenario', '--seed', '--cohort', '--months'],
  batch: ['--persona', '--path', '--business', '--scenario', '--seed', '--cohort', '--months', '--runs'],
  compare: ['--persona', '--scenario', '--seed', '--cohort', '--runs'],
};

function parseArgs(argv: string[]): { command: string; opts: Record<string, string> } {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') throw new UsageError(USAGE);
  const allowed = FLAGS[command];
  if (!allowed) throw new UsageError(`unknown command "${command}"; ${USAGE}`);
  const opts: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    let name = arg;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      name = arg.slice(0, eq);
      value = arg.slice(eq + 1);
    }
    if (!allowed.includes(name)) throw new UsageError(`unknown option "${name}" for ${command}; allowed: ${allowed.join(' ')}`);
    if (value === undefined) {
      value = rest[i + 1];
      i++;
    }
    if (value === undefined || value.startsWith('--')) throw new UsageError(`option ${name} needs a value`);
    if (name.slice(2) in opts) throw new UsageError(`option ${name} given twice`);
    opts[name.slice(2)] = value;
  }
  return { command, opts };
}

function int(opts: Record<string, string>, name: string, min: number, max: number): number | undefined {
  const raw = opts[name];
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw)) throw new UsageError(`--${name} must be an integer, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** English text for a reason, from the game's own locale file when it is there. */
function describe(reason: Reason): string {
  const params = reason.params ?? {};
  try {
    const here = dirname(fileURLToPath(import.meta.url));
    const candidates = [join(here, '..', 'locales', 'en', 'content.json'), join(process.cwd(), 'locales', 'en', 'content.json')];
    const file = candidates.find((f) => existsSync(f));
    if (!file) throw new Error('no locale file');
    const content = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    let node: unknown = content;
    for (const part of reason.key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node === 'string') return node.replace(/\{\{\s*(\w+)[^}]*\}\}/g, (_m, k: string) => String(params[k] ?? `{{${k}}}`));
  } catch {
    // fall through to the key
  }
  const p = Object.entries(params).map(([k, v]) => `${k}=${v}`).join(', ');
  return p ? `${reason.key} (${p})` : reason.key;
}

function config(opts: Record<string, string>): { cfg: GameConfig; path: PathId; businessId?: string } {
  const personaId = opts.persona;
  if (!personaId) throw new UsageError('--persona is required');
  const pathRaw = opts.path;
  if (!pathRaw) throw new UsageError('--path is required');
  if (!(PATH_IDS as readonly string[]).includes(pathRaw)) throw new UsageError(`unknown path "${pathRaw}"; paths: ${PATH_IDS.join(', ')}`);
  const path = pathRaw as PathId;
  const scenarioId = opts.scenario ?? DEFAULT_SCENARIO_ID;
  if (!listScenarios().some((s) => s.id === scenarioId)) throw new UsageError(`unknown scenario "${scenarioId}"; scenarios: ${listScenarios().map((s) => s.id).join(', ')}`);
  if (!listPersonas().some((p) => p.id === personaId)) throw new UsageError(`unknown persona "${personaId}"; personas: ${listPersonas().map((p) => p.id).join(', ')}`);
  const businessId = opts.business;
  if (businessId !== undefined) {
    if (!listBusinesses().some((b) => b.id === businessId)) throw new UsageError(`unknown business "${businessId}"; businesses: ${listBusinesses().map((b) => b.id).join(', ')}`);
    if (path !== 'business') throw new UsageError('--business only applies to --path business');
  }
  const cfg: GameConfig = {
    scenarioId, personaId, seed: int(opts, 'seed', -2147483648, 2147483647) ?? 1,
    cohortSize: int(opts, 'cohort', 0, 5000), months: int(opts, 'months', 1, 120),
  };
  const g = newGame(cfg);
  if (!g.ok) throw new UsageError(describe(g.reason));
  const refusal = pathRefusal(cfg, path, businessId ? { businessId } : undefined);
  if (refusal) throw new UsageError(`${personaId} cannot take the ${path} path: ${describe(refusal)}`);
  return { cfg, path, businessId };
}

function run(argv: string[]): unknown {
  const { command, opts } = parseArgs(argv);
  if (command === 'list') {
    const scenarioId = opts.scenario ?? DEFAULT_SCENARIO_ID;
    if (!listScenarios().some((s) => s.id === scenarioId)) throw new UsageError(`unknown scenario "${scenarioId}"`);
    return {
      personas: listPersonas(scenarioId), paths: [...PATH_IDS], businesses: listBusinesses(), scenarios: listScenarios(),
      courses: listCourses(), destinations: listDestinations(),
    };
  }
  if (command === 'compare') {
    const personaId = opts.persona;
    if (!personaId) throw new UsageError('--persona is required');
    const scenarioId = opts.scenario ?? DEFAULT_SCENARIO_ID;
    if (!listScenarios().some((s) => s.id === scenarioId)) throw new UsageError(`unknown scenario "${scenarioId}"; scenarios: ${listScenarios().map((s) => s.id).join(', ')}`);
    if (!listPersonas().some((p) => p.id === personaId)) throw new UsageError(`unknown persona "${personaId}"; personas: ${listPersonas().map((p) => p.id).join(', ')}`);
    const cfg: GameConfig = { scenarioId, personaId, seed: int(opts, 'seed', -2147483648, 2147483647) ?? 1, cohortSize: int(opts, 'cohort', 0, 5000) };
    const g = newGame(cfg);
    if (!g.ok) throw new UsageError(describe(g.reason));
    const runs = int(opts, 'runs', 1, 100000) ?? 100;
    return {
      persona: personaId, scenario: scenarioId, runs,
      paths: comparePaths(cfg, runs).map((r) => ({ ...r, refused: r.refused ? describe(r.refused) : null })),
    };
  }
  const { cfg, path, businessId } = config(opts);
  const popts = businessId ? { businessId } : undefined;
  if (command === 'play') {
    const s = simulateLife(cfg, path, popts);
    const sum = summarize(s);
    return {
      seed: cfg.seed, persona: cfg.personaId, path, scenario: cfg.scenarioId,
      months: s.history.map((r) => ({
        month: r.month, cash: r.cash, debt: r.debt, borrowed: r.borrowed, principalRepaid: r.principalRepaid, interestCharged: r.interestCharged,
        income: r.income, expenses: r.expenses, employed: r.employed,
        sameTypeFirms: path === 'business' ? r.sameTypeFirms : null, avgProfitSameType: path === 'business' ? r.avgProfitSameType : null,
      })),
      final: {
        cash: sum.cash, debt: sum.debt, netWorth: sum.netWorth, employed: sum.employed, publicWelfareJob: sum.publicWelfareJob,
        defaulted: sum.defaulted, blacklisted: sum.blacklisted, businessOpen: path === 'business' ? sum.businessOpen ?? false : null,
        regularJob: sum.regularJob, outcomeValue: sum.outcomeValue, businessValue: sum.businessValue, securedIncomeValue: sum.securedIncomeValue,
        healthCost: sum.healthCost, keptJobBaseline: sum.keptJobBaseline, workStatus: sum.workStatus, inWork: sum.inWork, earnings: sum.earnings,
      },
    };
  }
  const runs = int(opts, 'runs', 1, 100000) ?? 100;
  const r = runBatch(cfg, path, runs, popts);
  if (r.refused) throw new UsageError(describe(r.refused));
  return {
    runs: r.runs, netWorth: r.netWorth, employedRate: r.employedRate, publicWelfareRate: r.publicWelfareRate,
    defaultRate: r.defaultRate, businessFailureRate: r.businessFailureRate, meanMonthlyProfit: r.meanMonthlyProfit,
    blacklistedRate: r.blacklistedRate, guarantorPaidRate: r.guarantorPaidRate, medianOutcome: r.medianOutcome, keptJobBaseline: r.keptJobBaseline, inWorkRate: r.inWorkRate,
  };
}

try {
  const out = run(process.argv.slice(2));
  process.stdout.write(`${JSON.stringify(out)}\n`);
} catch (e) {
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`sim: ${msg.split('\n')[0]}\n`);
  process.exit(e instanceof UsageError ? 2 : 1);
}
