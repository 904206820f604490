// What the town reads from the simulation's public API: the business types (in the model's order, which
// is the order of groups on the street) and the month of the year a scenario starts in.
import { listBusinesses, listScenarios } from '../../sim';
import type { TownBusinessType } from './model';

let cached: TownBusinessType[] | null = null;

export function townBusinessTypes(): TownBusinessType[] {
  cached ??= listBusinesses().map((b) => ({ id: b.id, category: b.category, baselineProfit: b.baselineProfit, incumbents: b.incumbents }));
  return cached;
}

export function startMonthOfYear(scenarioId: string): number {
  const s = listScenarios().find((x) => x.id === scenarioId);
  return s?.params.startMonthOfYear.value ?? 1;
}
