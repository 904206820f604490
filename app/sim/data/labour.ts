// The odds and wages of work that are the same in both scenarios (rules/labour.ts). Units and sources as in
// scenarios.ts; L marks a model assumption with no source, listed in docs/model.md's parameter table. Values were
// moved out of rules/labour.ts unchanged.
import type { ParamDocTable } from './param-docs';

const L = 'Model assumption, no source (L)';

export const jobOddsOverCourseAge = 0.5;
export const jobOddsWageIndexFloor = 0.1;
export const jobOddsOlderFrom = 55;
export const jobOddsOlderPenalty = 0.5;
export const jobOddsLocalMax = 0.9;
export const jobOddsLocalWageTop = 1.3;
export const jobOddsMigrantSkillFit = 1.4;
export const jobOddsMigrantOverAge = 0.12;
export const jobOddsMigrantMax = 0.95;
export const jobOddsMigrantWageLow = 0.85;
export const jobOddsMigrantWageHigh = 1.1;
export const JOB_ODDS_DOC: ParamDocTable = {
  jobOddsOverCourseAge: ['multiplier on job odds', `${L}: a course's trade hires few people over its age limit`],
  jobOddsWageIndexFloor: ['wage index', `${L}: keeps the course-demand ratio finite when the town's wages collapse`],
  jobOddsOlderFrom: ['years', `${L}; Li & Zhang on the "4050" group (H) set the direction: hiring falls again near retirement`],
  jobOddsOlderPenalty: ['multiplier on job odds', L],
  jobOddsLocalMax: ['chance per month', `${L}: nobody is certain of a job`],
  jobOddsLocalWageTop: ['multiple of the minimum wage', `${L}: local jobs for the laid-off pay from the minimum wage to about 1.3 times it; coal/steel take-home was 2,000-4,500 (press, M)`],
  jobOddsMigrantSkillFit: ['multiplier on hiring odds', `${L}: a skill the destination's employers want`],
  jobOddsMigrantOverAge: ['multiplier on hiring odds', `${L}: factories and sites rarely hire above their age limit`],
  jobOddsMigrantMax: ['chance per month', L],
  jobOddsMigrantWageLow: ['share of the destination wage', 'Spread around the NBS 2016 migrant average of 3,275 yuan/month (H); the spread is a model assumption (L)'],
  jobOddsMigrantWageHigh: ['share of the destination wage', 'Spread around the NBS 2016 migrant average (H); the spread is a model assumption (L)'],
};

/** Unemployment-insurance months by contribution years: 12 from 1 year, 18 from 5, 24 from 10 (paths.ts uiMonthsFor). */
export const uiYearsShort = 1;
export const uiYearsMid = 5;
export const uiYearsLong = 10;
export const UI_YEARS_DOC: ParamDocTable = {
  uiYearsShort: ['contribution years', 'Unemployment Insurance Regulations 1999, art. 17 (H)'],
  uiYearsMid: ['contribution years', 'Unemployment Insurance Regulations 1999, art. 17 (H)'],
  uiYearsLong: ['contribution years', 'Unemployment Insurance Regulations 1999, art. 17 (H)'],
};

/** The "4050" group employers pass over (ctx.ts is4050). */
export const group4050WomenFrom = 40;
export const group4050MenFrom = 50;
export const GROUP_4050_DOC: ParamDocTable = {
  group4050WomenFrom: ['years', 'Li & Zhang on the "4050" group: women over 40, men over 50 (H)'],
  group4050MenFrom: ['years', 'Li & Zhang on the "4050" group: women over 40, men over 50 (H)'],
};

/** The basic pension: (average wage + own indexed wage) / 2 x years x this rate (rules/retirement.ts). */
export const pensionBasicRate = 0.01;
export const PENSION_DOC: ParamDocTable = {
  pensionBasicRate: ['share per contribution year', 'Pension formula, Guofa [2005] No. 38 (M)'],
};
