// What the model offers: scenarios, personas (with derived retirement ages and severance), businesses,
// courses and destinations. Texts are looked up by the renderer from the ids (content:persona.<id>.name etc.).
import type { BusinessType, Course, Destination, Persona, Scenario } from './types';
import { SCENARIOS, DEFAULT_SCENARIO_ID, findScenario } from './data/scenarios';
import { PERSONA_DATA } from './data/personas';
import { BUSINESSES } from './data/businesses';
import { COURSES } from './data/courses';
import { DESTINATIONS } from './data/destinations';
import { earliestRetirementAge, statutoryAge } from './rules/retirement';
import { valuesOf } from './values';

export function listScenarios(): Scenario[] {
  return SCENARIOS.map((s) => ({ ...s }));
}

export function listPersonas(scenarioId: string = DEFAULT_SCENARIO_ID): Persona[] {
  const v = valuesOf(findScenario(scenarioId) ?? SCENARIOS[0]!);
  return PERSONA_DATA.map((p) => ({
    ...p,
    statutoryRetirementAge: statutoryAge(p, v),
    earliestRetirementAge: earliestRetirementAge(p, v),
    severance: Math.round(p.monthlyWage * v.wageScale * p.yearsOfService * v.severanceMonthsPerYear),
  }));
}

export function listBusinesses(): BusinessType[] {
  return BUSINESSES.map((b) => ({ ...b }));
}

export function listCourses(): Course[] {
  return COURSES.map((c) => ({ ...c }));
}

export function listDestinations(): Destination[] {
  return DESTINATIONS.map((d) => ({ ...d }));
}
