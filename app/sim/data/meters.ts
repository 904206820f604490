// How the household's three meters (family wellbeing, health, ties with former co-workers; 0-100) start, drift month
// by month and feed back into work, and the household's starting point. No survey measures these in meter points:
// every value here is a model assumption (L) unless its source says otherwise, listed in docs/model.md's parameter
// table so a class can question it. Values were moved out of engine.ts and rules/labour.ts unchanged.
import type { Param } from '../types';

const p = (value: number, unit: string, source: string): Param => ({ value, unit, source });
const L = 'Model assumption, no source (L)';

/** Where a game starts (engine.ts newGame). */
export const START = {
  wellbeing: p(55, 'meter points', `${L}: a family shaken by the layoff notice, below the steady-work level`),
  ties: p(65, 'meter points', `${L}: good ties with former co-workers after years in the same unit`),
  guarantorRelationship: p(80, 'meter points', `${L}: the guarantor is a close relative or co-worker`),
  ageMonthsIntoYear: p(6, 'months', `${L}: a persona's age in years is taken at mid-year`),
};

/** Family wellbeing moves a fifth of the way towards a target each month (engine.ts updateMeters). */
export const WELLBEING = {
  base: p(55, 'meter points', L),
  steadyIncome: p(12, 'meter points', `${L}: a job, a pension or a business that pays its way`),
  goingWithout: p(20, 'meter points', `${L}: food and heating cut back`),
  blacklisted: p(10, 'meter points', L),
  debtMax: p(25, 'meter points', L),
  debtPerYearOfIncome: p(20, 'meter points per year of income owed', L),
  debtIncomeFloor: p(1000, '2016 yuan a year', `${L}: stands for the year's income when there is almost none`),
  childrenLeftBehind: p(10, 'meter points', `${L}; ACWF 2013: 61 million left-behind children (H)`),
  monthInTheBlack: p(5, 'meter points', `${L}: added when the month's income covers its spending, taken off when not`),
  adjustRate: p(0.2, 'share of the gap a month', L),
};

/** Health drifts down each month (engine.ts updateMeters). */
export const HEALTH = {
  drift: p(0.1, 'meter points a month', `${L}: ageing`),
  undergroundMinerDrift: p(0.15, 'meter points a month', `${L}; occupational disease among miners (H) sets the direction, not the size`),
  goingWithout: p(3, 'meter points a month', L),
  lowWellbeingBelow: p(30, 'meter points', L),
  lowWellbeingDrift: p(0.5, 'meter points a month', `${L}: stress`),
};

/** Ties with former co-workers (engine.ts updateMeters, coverShortfall). */
export const TIES = {
  awayDrift: p(1, 'meter points a month', `${L}: fade while working in another province`),
  homeDrift: p(0.2, 'meter points a month', `${L}: recover slowly at home`),
  perFormerCoworkerRival: p(0.15, 'meter points a month', `${L}: each former co-worker competing in the same trade`),
  rivalsMax: p(2, 'meter points a month', L),
  neitui: p(0.3, 'meter points a month', `${L}: internal retirees stay attached to the unit`),
  relativesCoverShortfall: p(1, 'meter points', `${L}: relatives covering a month's shortfall`),
};

/** How meters change the odds of work (rules/labour.ts). */
export const METER_EFFECTS = {
  healthFullFrom: p(60, 'meter points', `${L}: below this, earnings and job odds fall in proportion`),
  healthFloor: p(0.55, 'multiplier at health 0', L),
  healthRange: p(0.45, 'multiplier from health 0 to full', L),
  wellbeingFullFrom: p(50, 'meter points', L),
  wellbeingFloor: p(0.8, 'multiplier at wellbeing 0', L),
  wellbeingRange: p(0.2, 'multiplier from wellbeing 0 to full', L),
  tiesFloor: p(0.85, 'multiplier at ties 0', `${L}: former co-workers pass on openings`),
  tiesRange: p(0.35, 'multiplier from ties 0 to 100', L),
  relativesFullFrom: p(40, 'meter points', `${L}: relatives lend all they can only when ties are at least this good`),
};

/** The guarantor's own money and goodwill (engine.ts). */
export const GUARANTOR = {
  savingsRate: p(0.15, 'share of income a month', `${L}: what a household with a stable income puts by`),
  hardshipRecovery: p(1, 'meter points a month', L),
  relationshipPerRepayment: p(30, 'meter points for repaying all they paid', `${L}: repaying the guarantor mends the relationship in proportion`),
  minRelationship: p(30, 'meter points', `${L}: below this the guarantor will not sign`),
  minTies: p(20, 'meter points', `${L}: below this nobody will stand guarantor`),
};
