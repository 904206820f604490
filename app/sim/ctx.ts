// The working context of one step: the scenario's values, the persona, the generator, and helpers that
// write money flows and timeline entries so that every yuan that moves is recorded (cash change == sum of flows).
import type { GameState, Scenario, SimEvent } from './types';
import type { PersonaData } from './data/personas';
import { findScenario } from './data/scenarios';
import { PERSONA_DATA } from './data/personas';
import { Rng } from './rng';
import { valuesOf, type Values } from './values';
import * as LABOUR from './data/labour';

export interface Ctx {
  scenario: Scenario;
  v: Values;
  persona: PersonaData;
  /** The household's stream: events, job search, the player's own luck. */
  rng: Rng;
  /** The town's stream: incumbents, the cohort, other firms. Never drawn from for the household, so every path
   * of one seed sees the same town (apart from what the player's own firm does to it). */
  trng: Rng;
  /** Scale for wages, business money and incomes (2016 yuan -> scenario yuan). */
  ws: number;
  /** Scale for household living costs. */
  ps: number;
  events: SimEvent[];
  /** False in the fast path (simulateLife/batches), where nobody reads the step's event list. */
  emit: boolean;
}

export function findPersonaData(id: string): PersonaData | undefined {
  return PERSONA_DATA.find((p) => p.id === id);
}

export function makeCtx(s: GameState): Ctx {
  const scenario = findScenario(s.scenarioId);
  const persona = findPersonaData(s.personaId);
  if (!scenario || !persona) throw new Error(`corrupt state: unknown scenario or persona`);
  const v = valuesOf(scenario, s.config.policy);
  return { scenario, v, persona, rng: Rng.fromState(s.rng), trng: Rng.fromState(s.townRng), ws: v.wageScale, ps: v.priceScale, events: [], emit: true };
}

export function addFlow(s: GameState, key: string, amount: number): number {
  const a = Math.round(amount);
  if (a === 0 || !Number.isFinite(a)) return 0;
  s.household.cash += a;
  const flows = s.current.flows;
  for (let i = 0; i < flows.length; i++) {
    const f = flows[i]!;
    if (f.key === key) {
      f.amount += a;
      return a;
    }
  }
  flows.push({ key, amount: a });
  return a;
}

export function addTimeline(s: GameState, c: Ctx, key: string, params: Record<string, string | number> = {}, turningPoint = false): void {
  s.timeline.push({ month: s.month, key, params, turningPoint });
  if (c.emit) c.events.push({ type: 'timeline', month: s.month, key, params });
}

/** Interest or penalty added to a debt balance: recorded so that each month's change in debt equals new
 * borrowing - principal repaid + interest charged (the debt identity the tests check). */
export function chargeInterest(s: GameState, target: 'bankLoan' | 'arrears' | 'loanShark' | 'informalRelatives' | 'owedToGuarantor' | 'unpaidBills', amount: number): number {
  const a = Math.round(amount);
  if (a <= 0 || !Number.isFinite(a)) return 0;
  s.household.debts[target] += a;
  s.current.interest += a;
  return a;
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export function ageYears(s: GameState): number {
  return Math.floor(s.household.ageMonths / 12);
}

/** Calendar month (1-12) of the month in progress. */
export function calendarMonth(s: GameState, c: Ctx): number {
  return ((c.v.startMonthOfYear - 1 + s.month) % 12) + 1;
}

export function is4050(c: Ctx, age: number): boolean {
  return c.persona.gender === 'f' ? age >= LABOUR.group4050WomenFrom : age >= LABOUR.group4050MenFrom;
}
