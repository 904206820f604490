// The odds and wages of work that are the same in both scenarios (rules/labour.ts). Units and sources as in
// scenarios.ts; L marks a model assumption with no source, listed in docs/model.md's parameter table. Values were
// moved out of rules/labour.ts unchanged.
import type { Param } from '../types';

const p = (value: number, unit: string, source: string): Param => ({ value, unit, source });
const L = 'Model assumption, no source (L)';

export const JOB_ODDS = {
  overCourseAge: p(0.5, 'multiplier on job odds', `${L}: a course's trade hires few people over its age limit`),
  wageIndexFloor: p(0.1, 'wage index', `${L}: keeps the course-demand ratio finite when the town's wages collapse`),
  olderFrom: p(55, 'years', `${L}; Li & Zhang on the "4050" group (H) set the direction: hiring falls again near retirement`),
  olderPenalty: p(0.5, 'multiplier on job odds', L),
  localMax: p(0.9, 'chance per month', `${L}: nobody is certain of a job`),
  localWageTop: p(1.3, 'multiple of the minimum wage', `${L}: local jobs for the laid-off pay from the minimum wage to about 1.3 times it; coal/steel take-home was 2,000-4,500 (press, M)`),
  migrantSkillFit: p(1.4, 'multiplier on hiring odds', `${L}: a skill the destination's employers want`),
  migrantOverAge: p(0.12, 'multiplier on hiring odds', `${L}: factories and sites rarely hire above their age limit`),
  migrantMax: p(0.95, 'chance per month', L),
  migrantWageLow: p(0.85, 'share of the destination wage', 'Spread around the NBS 2016 migrant average of 3,275 yuan/month (H); the spread is a model assumption (L)'),
  migrantWageHigh: p(1.1, 'share of the destination wage', 'Spread around the NBS 2016 migrant average (H); the spread is a model assumption (L)'),
};

/** Unemployment-insurance months by contribution years: 12 from 1 year, 18 from 5, 24 from 10 (paths.ts uiMonthsFor). */
export const UI_YEARS = {
  short: p(1, 'contribution years', 'Unemployment Insurance Regulations 1999, art. 17 (H)'),
  mid: p(5, 'contribution years', 'Unemployment Insurance Regulations 1999, art. 17 (H)'),
  long: p(10, 'contribution years', 'Unemployment Insurance Regulations 1999, art. 17 (H)'),
};

/** The "4050" group employers pass over (ctx.ts is4050). */
export const GROUP_4050 = {
  womenFrom: p(40, 'years', 'Li & Zhang on the "4050" group: women over 40, men over 50 (H)'),
  menFrom: p(50, 'years', 'Li & Zhang on the "4050" group: women over 40, men over 50 (H)'),
};

/** The basic pension: (average wage + own indexed wage) / 2 x years x this rate (rules/retirement.ts). */
export const PENSION_BASIC_RATE = p(0.01, 'share per contribution year', 'Pension formula, Guofa [2005] No. 38 (M)');
