// What a class code's settings mean: for each policy setting a teacher can change, the levels a code can carry
// (level 0 is always the scenario's own value) and how a level becomes a value for the model. Presets, and the
// GameConfig a parsed code starts. Money levels are shares of the scenario's figure, so a preset fits any world.
import { listScenarios, type GameConfig, type PolicyOverrides, type Scenario, type ScenarioParams } from '../sim';
import { CODE_FIELDS, SEED_BITS, encodeClassCode, type CodeField, type CodePayload } from './class-code';

/** Scenario order inside codes: append only (a code's scenario number must mean the same world forever). */
export const CODE_SCENARIOS = ['2016-steel-coal', '1998-xiagang'] as const;

export type SettingId = Exclude<CodeField, 'scenario' | 'seed'>;

export interface SettingDef {
  id: SettingId;
  /** The scenario parameter shown as the default (its unit, value and source). */
  param: keyof ScenarioParams;
  /** 'factor': levels multiply the scenario's value; 'value': levels are the value itself; 'flag': on/off. */
  kind: 'factor' | 'value' | 'flag';
  /** Levels 1..n (level 0 is the scenario's value). */
  levels: readonly (number | boolean)[];
  /** How the value is shown: yuan, months, workers, or a percentage of a share. */
  unit: 'yuan' | 'yuanMonth' | 'months' | 'workers' | 'percent' | 'flag';
}

export const SETTINGS: readonly SettingDef[] = [
  { id: 'loanCap', param: 'loanCap', kind: 'factor', levels: [0.25, 0.5, 0.75, 1.5, 2, 3], unit: 'yuan' },
  { id: 'loanTerm', param: 'loanMaxTermMonths', kind: 'value', levels: [12, 18, 24, 36, 48, 60], unit: 'months' },
  { id: 'subsidy', param: 'loanInterestSubsidised', kind: 'flag', levels: [true, false], unit: 'flag' },
  { id: 'uiAmount', param: 'uiMonthly', kind: 'factor', levels: [0, 0.5, 0.75, 1.25, 1.5, 2], unit: 'yuanMonth' },
  { id: 'uiMonths', param: 'uiMonthsLong', kind: 'factor', levels: [0, 0.5, 1.5, 2], unit: 'months' },
  { id: 'cohort', param: 'cohortSize', kind: 'factor', levels: [0, 0.25, 0.5, 1.5, 2, 3], unit: 'workers' },
  { id: 'wageCut', param: 'wageLossPerLaidOff', kind: 'factor', levels: [0, 0.5, 0.75, 1.25, 1.5], unit: 'percent' },
  { id: 'remitCut', param: 'townRemittanceCut', kind: 'value', levels: [0, 0.1, 0.2, 0.3, 0.45, 0.6], unit: 'percent' },
];

// Every setting's levels fit the bits the code gives it (checked once at load, and by a test).
for (const s of SETTINGS) {
  const width = CODE_FIELDS.find(([f]) => f === s.id)![1];
  if (s.levels.length + 1 > 2 ** width) throw new Error(`class setting ${s.id}: too many levels for ${width} bits`);
}

export type Levels = Record<SettingId, number>;
export const DEFAULT_LEVELS: Levels = { loanCap: 0, loanTerm: 0, subsidy: 0, uiAmount: 0, uiMonths: 0, cohort: 0, wageCut: 0, remitCut: 0 };

export type PresetId = 'defaults' | 'generous' | 'austere';
/** Presets change the policy only; the economy (crowding, wage and remittance shocks) stays the scenario's. */
export const PRESETS: Record<PresetId, Levels> = {
  defaults: DEFAULT_LEVELS,
  generous: { ...DEFAULT_LEVELS, loanCap: 5, loanTerm: 6, subsidy: 1, uiAmount: 5, uiMonths: 3 },
  austere: { ...DEFAULT_LEVELS, loanCap: 2, loanTerm: 1, subsidy: 2, uiAmount: 3, uiMonths: 2 },
};

export function presetOf(levels: Levels): PresetId | null {
  for (const id of Object.keys(PRESETS) as PresetId[]) if (SETTINGS.every((s) => PRESETS[id][s.id] === levels[s.id])) return id;
  return null;
}

export function scenarioById(id: string): Scenario | undefined {
  return listScenarios().find((s) => s.id === id);
}

/** The value a setting has at a level in a scenario (level 0: the scenario's own value). */
export function settingValue(def: SettingDef, scenario: Scenario, level: number): number | boolean {
  const base = scenario.params[def.param].value;
  if (level === 0) return base;
  const l = def.levels[level - 1];
  if (l === undefined) throw new RangeError(`class setting ${def.id}: no level ${level}`);
  if (def.kind !== 'factor') return l;
  const x = (base as number) * (l as number);
  if (def.unit === 'percent') return Math.min(1, Math.round(x * 100) / 100);
  return def.unit === 'yuan' ? Math.round(x / 1000) * 1000 : def.unit === 'yuanMonth' ? Math.round(x / 10) * 10 : Math.round(x);
}

export interface ClassSettings {
  scenarioId: string;
  seed: number;
  levels: Levels;
}

/** The code for a scenario, settings and seed (seed: 0 .. 2^20 - 1). */
export function classCodeFor(s: ClassSettings): string {
  const scenario = CODE_SCENARIOS.indexOf(s.scenarioId as (typeof CODE_SCENARIOS)[number]);
  if (scenario < 0) throw new RangeError(`scenario ${s.scenarioId} has no class-code number`);
  return encodeClassCode({ scenario, seed: s.seed, ...s.levels } as CodePayload);
}

export type SettingsRefusal = 'unknownScenario' | 'unknownLevel';

/** What a decoded code sets, or why this version of the game cannot use it. */
export function settingsFromPayload(p: CodePayload): { ok: true; settings: ClassSettings } | { ok: false; problem: SettingsRefusal } {
  const scenarioId = CODE_SCENARIOS[p.scenario];
  if (!scenarioId || !scenarioById(scenarioId)) return { ok: false, problem: 'unknownScenario' };
  const levels = { ...DEFAULT_LEVELS };
  for (const s of SETTINGS) {
    if (p[s.id] > s.levels.length) return { ok: false, problem: 'unknownLevel' };
    levels[s.id] = p[s.id];
  }
  return { ok: true, settings: { scenarioId, seed: p.seed, levels } };
}

/** The model's config for a persona in a class: the scenario, the seed, the cohort size and the policy changes. */
export function classGameConfig(s: ClassSettings, personaId: string, months?: number): GameConfig {
  const scenario = scenarioById(s.scenarioId);
  if (!scenario) throw new RangeError(`unknown scenario ${s.scenarioId}`);
  const policy: Record<string, number | boolean> = {};
  const val = (id: SettingId) => settingValue(SETTINGS.find((d) => d.id === id)!, scenario, s.levels[id]);
  if (s.levels.loanCap) policy.loanCap = val('loanCap');
  if (s.levels.loanTerm) policy.loanMaxTermMonths = val('loanTerm');
  if (s.levels.subsidy) policy.loanInterestSubsidised = val('subsidy');
  if (s.levels.uiAmount) policy.uiMonthly = val('uiAmount');
  if (s.levels.uiMonths) {
    const f = SETTINGS.find((d) => d.id === 'uiMonths')!.levels[s.levels.uiMonths - 1] as number;
    for (const k of ['uiMonthsShort', 'uiMonthsMid', 'uiMonthsLong'] as const) policy[k] = Math.round(scenario.params[k].value * f);
  }
  if (s.levels.wageCut) policy.wageLossPerLaidOff = val('wageCut');
  if (s.levels.remitCut) policy.townRemittanceCut = val('remitCut');
  const cfg: GameConfig = { scenarioId: s.scenarioId, personaId, seed: s.seed };
  if (s.levels.cohort) cfg.cohortSize = val('cohort') as number;
  if (Object.keys(policy).length) cfg.policy = policy as PolicyOverrides;
  if (months !== undefined) cfg.months = months;
  return cfg;
}

export const MAX_CODE_SEED = 2 ** SEED_BITS - 1;
