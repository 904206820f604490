// The public face of the simulation core: the only module other parts of the game import from app/sim.
// Pure and deterministic; see docs/model.md for what the model means and where its numbers come from.
export type {
  Action, ActionOption, BatchOptions, BatchResult, BusinessType, Category, Course, Debts, Destination, Firm, Flow, GameConfig, GameState,
  Household, Job, LifeSummary, LocationId, MarketState, Meters, MonthRecord, NewGameResult, Param, PathId, PathState, PathTaken, PendingEvent,
  Persona, PolicyKey, PolicyOverrides, Reason, RepayTarget, Scenario, ScenarioParams, SimEvent, StepResult, TimelineEntry,
} from './types';
export { CATEGORIES, LOCATION_IDS, PATH_IDS, POLICY_KEYS } from './types';
export { listBusinesses, listCourses, listDestinations, listPersonas, listScenarios } from './catalog';
export { DEFAULT_SCENARIO_ID, findScenario } from './data/scenarios';
export { PERSONA_DATA } from './data/personas';
export { EVENTS as EVENT_DEFINITIONS } from './events';
export { FINANCING_FLOWS, STATE_VERSION, newGame, step } from './engine';
export { availableActions } from './actions';
export { autoPolicy, simulateLife } from './policy';
export { comparePaths, earningsLast12, inWork, keptJobBaseline, outcomeParts, ownEarnings, percentile, runBatch, summarize, type PathComparison } from './summary';
export { contributionCost, localJobOdds, migrantJobOdds, severanceAmount, workStatus, type WorkStatus } from './rules/labour';
export { contributionFigures, defaultLoanAmount, defaultLocation } from './actions';
export { projectLoanLimit } from './market';
export { relativesCanLend } from './rules/loan';
export { CHOICE_FIGURE_UNITS, type ChoiceFigureName, type ChoiceFigures, type FigureUnit } from './choice-figures';
export { deriveSeed } from './rng';
export type { ClassHistory, ClassMarketParams, ClassTick } from './class-market';
export { CLASS_TRADES, MAX_TRADE_COUNT, autopilotTrade, checkHash, classEntrantsOf, countChoices, normaliseCounts, resolveClassHistory, resolveClassMarket, seatWeight, verifyTick } from './class-market';

import type { GameConfig, PathId, Reason } from './types';
import { newGame } from './engine';
import { autoPolicy } from './policy';
import { step } from './engine';

/** Whether the automatic player's first choice for this path is allowed for this persona (null) or why not. */
export function pathRefusal(cfg: GameConfig, path: PathId, opts?: { businessId?: string }): Reason | null {
  const g = newGame(cfg);
  if (!g.ok) return g.reason;
  const r = step(g.state, autoPolicy(g.state, path, opts));
  return r.ok ? null : r.reason;
}
