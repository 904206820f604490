// The labour-market rules, each in one place: the engine, the figures shown to the player, the automatic player
// and the report all call these. Local jobs are a shared pool: the more laid-off people look, the worse each
// one's monthly odds (market.ts keeps the pool); migrant hiring falls with the destination cities' own cuts.
import type { Course, Destination, GameState } from '../types';
import { ageYears, is4050, type Ctx } from '../ctx';
import { findCourse } from '../data/courses';
import * as LABOUR from '../data/labour';
import * as METERS from '../data/meters';



/** Health and ties change what a worker can earn and who hears of a job (model assumptions, L: docs/model.md). */
export function healthFactor(s: GameState): number {
  const h = s.household.meters.health;
  return h >= METERS.meterEffectsHealthFullFrom ? 1 : METERS.meterEffectsHealthFloor + METERS.meterEffectsHealthRange * (h / METERS.meterEffectsHealthFullFrom);
}

/** A family worn down by the layoff searches less and interviews worse (model assumption, L). */
export function wellbeingFactor(s: GameState): number {
  return METERS.meterEffectsWellbeingFloor + METERS.meterEffectsWellbeingRange * Math.min(1, s.household.meters.wellbeing / METERS.meterEffectsWellbeingFullFrom);
}

/** Former co-workers pass on openings: good ties raise the odds by up to a fifth, broken ones lower them. */
export function referralFactor(s: GameState): number {
  return METERS.meterEffectsTiesFloor + METERS.meterEffectsTiesRange * (s.household.meters.ties / 100);
}

/** Monthly chance of a regular local job for a searcher in the town now; with a course finished, its effect. */
export function localJobOdds(s: GameState, c: Ctx, course: Course | null): number {
  const age = ageYears(s);
  let odds = c.v.jobSearchBase * s.market.town.labourIndex;
  if (course) {
    odds *= c.v.courseEffect * course.genderFactor[c.persona.gender];
    if (age > course.maxAge) odds *= LABOUR.jobOddsOverCourseAge;
    if (course.demandCategory) odds *= s.market.town.categoryIndex[course.demandCategory] / Math.max(LABOUR.jobOddsWageIndexFloor, s.market.town.wageIndex);
  }
  if (is4050(c, age)) odds *= c.v.agePenalty4050;
  if (age >= LABOUR.jobOddsOlderFrom) odds *= LABOUR.jobOddsOlderPenalty;
  odds *= healthFactor(s) * referralFactor(s) * wellbeingFactor(s);
  return Math.min(LABOUR.jobOddsLocalMax, Math.max(0, odds));
}

/** The course a searcher at home has finished (or null). */
export function finishedCourse(s: GameState): Course | null {
  if (s.path?.path !== 'retrain' || s.month < s.path.courseEndsMonth) return null;
  return findCourse(s.path.courseId) ?? null;
}

/** Local wages offered to a laid-off worker: the same with or without a course (Bidani et al.: no wage effect). */
export function localWageRange(c: Ctx): [number, number] {
  return [Math.round(c.v.minimumWage), Math.round(c.v.minimumWage * LABOUR.jobOddsLocalWageTop)];
}

/** Monthly chance of being hired at a destination. */
export function migrantJobOdds(s: GameState, c: Ctx, d: Destination): number {
  const age = ageYears(s);
  const fit = d.skills.some((k) => c.persona.skills.includes(k)) ? LABOUR.jobOddsMigrantSkillFit : 1;
  const ageF = age > d.maxHireAge ? LABOUR.jobOddsMigrantOverAge : 1;
  const odds = d.hireOdds * fit * ageF * d.genderFactor[c.persona.gender] * s.market.town.migrantDemandIndex * healthFactor(s);
  return Math.min(LABOUR.jobOddsMigrantMax, Math.max(0, odds));
}

/** Migrant wage range at a destination (scenario yuan), before health. */
export function migrantWageRange(c: Ctx, d: Destination): [number, number] {
  const w = d.wage * c.v.migrantWageScale;
  return [Math.round(w * LABOUR.jobOddsMigrantWageLow), Math.round(w * LABOUR.jobOddsMigrantWageHigh)];
}

/** The persona's old monthly wage in this scenario's yuan. */
export function personaWage(c: Ctx): number {
  return Math.round(c.persona.monthlyWage * c.ws);
}

/** Severance when the labour contract ends: one month's wage per year of service. In the 1998 scenario the
 * worker first goes to the re-employment service centre; the buy-out comes when they leave it. */
export function severanceAmount(c: Ctx): number {
  return Math.round(personaWage(c) * c.persona.yearsOfService * c.v.severanceMonthsPerYear);
}

/** Monthly cost of paying one's own pension and medical contributions as a flexible worker. */
export function contributionCost(c: Ctx): number {
  return Math.round(c.v.cityAverageWage * c.v.selfContributionBaseShare * c.v.selfContributionRate);
}

/** The household's work at the end of a month, one definition for the CLI, the end screen and the report. */
export type WorkStatus = 'regularJob' | 'publicWelfare' | 'business' | 'retired' | 'none';

export function workStatus(s: GameState): WorkStatus {
  const h = s.household;
  if (h.job) return h.job.kind === 'publicWelfare' ? 'publicWelfare' : 'regularJob';
  if (s.path?.path === 'business') return 'business';
  if (h.retirement !== 'none') return 'retired';
  return 'none';
}
