// How the household's three meters (family wellbeing, health, ties with former co-workers; 0-100) start, drift month
// by month and feed back into work, and the household's starting point. No survey measures these in meter points:
// every value here is a model assumption (L) unless its source says otherwise, listed in docs/model.md's parameter
// table so a class can question it. Values were moved out of engine.ts and rules/labour.ts unchanged.
import type { ParamDocTable } from './param-docs';

const L = 'Model assumption, no source (L)';

/** Where a game starts (engine.ts newGame). */
export const startWellbeing = 55;
export const startTies = 65;
export const startGuarantorRelationship = 80;
export const startAgeMonthsIntoYear = 6;
export const START_DOC: ParamDocTable = {
  startWellbeing: ['meter points', `${L}: a family shaken by the layoff notice, below the steady-work level`],
  startTies: ['meter points', `${L}: good ties with former co-workers after years in the same unit`],
  startGuarantorRelationship: ['meter points', `${L}: the guarantor is a close relative or co-worker`],
  startAgeMonthsIntoYear: ['months', `${L}: a persona's age in years is taken at mid-year`],
};

/** Family wellbeing moves a fifth of the way towards a target each month (engine.ts updateMeters). */
export const wellbeingBase = 55;
export const wellbeingSteadyIncome = 12;
export const wellbeingGoingWithout = 20;
export const wellbeingBlacklisted = 10;
export const wellbeingDebtMax = 25;
export const wellbeingDebtPerYearOfIncome = 20;
export const wellbeingDebtIncomeFloor = 1000;
export const wellbeingChildrenLeftBehind = 10;
export const wellbeingMonthInTheBlack = 5;
export const wellbeingAdjustRate = 0.2;
export const WELLBEING_DOC: ParamDocTable = {
  wellbeingBase: ['meter points', L],
  wellbeingSteadyIncome: ['meter points', `${L}: a job, a pension or a business that pays its way`],
  wellbeingGoingWithout: ['meter points', `${L}: food and heating cut back`],
  wellbeingBlacklisted: ['meter points', L],
  wellbeingDebtMax: ['meter points', L],
  wellbeingDebtPerYearOfIncome: ['meter points per year of income owed', L],
  wellbeingDebtIncomeFloor: ['2016 yuan a year', `${L}: stands for the year's income when there is almost none`],
  wellbeingChildrenLeftBehind: ['meter points', `${L}; ACWF 2013: 61 million left-behind children (H)`],
  wellbeingMonthInTheBlack: ['meter points', `${L}: added when the month's income covers its spending, taken off when not`],
  wellbeingAdjustRate: ['share of the gap a month', L],
};

/** Health drifts down each month (engine.ts updateMeters). */
export const healthDrift = 0.1;
export const healthUndergroundMinerDrift = 0.15;
export const healthGoingWithout = 3;
export const healthLowWellbeingBelow = 30;
export const healthLowWellbeingDrift = 0.5;
export const HEALTH_DOC: ParamDocTable = {
  healthDrift: ['meter points a month', `${L}: ageing`],
  healthUndergroundMinerDrift: ['meter points a month', `${L}; occupational disease among miners (H) sets the direction, not the size`],
  healthGoingWithout: ['meter points a month', L],
  healthLowWellbeingBelow: ['meter points', L],
  healthLowWellbeingDrift: ['meter points a month', `${L}: stress`],
};

/** Ties with former co-workers (engine.ts updateMeters, coverShortfall). */
export const tiesAwayDrift = 1;
export const tiesHomeDrift = 0.2;
export const tiesPerFormerCoworkerRival = 0.15;
export const tiesRivalsMax = 2;
export const tiesNeitui = 0.3;
export const tiesRelativesCoverShortfall = 1;
export const TIES_DOC: ParamDocTable = {
  tiesAwayDrift: ['meter points a month', `${L}: fade while working in another province`],
  tiesHomeDrift: ['meter points a month', `${L}: recover slowly at home`],
  tiesPerFormerCoworkerRival: ['meter points a month', `${L}: each former co-worker competing in the same trade`],
  tiesRivalsMax: ['meter points a month', L],
  tiesNeitui: ['meter points a month', `${L}: internal retirees stay attached to the unit`],
  tiesRelativesCoverShortfall: ['meter points', `${L}: relatives covering a month's shortfall`],
};

/** How meters change the odds of work (rules/labour.ts). */
export const meterEffectsHealthFullFrom = 60;
export const meterEffectsHealthFloor = 0.55;
export const meterEffectsHealthRange = 0.45;
export const meterEffectsWellbeingFullFrom = 50;
export const meterEffectsWellbeingFloor = 0.8;
export const meterEffectsWellbeingRange = 0.2;
export const meterEffectsTiesFloor = 0.85;
export const meterEffectsTiesRange = 0.35;
export const meterEffectsRelativesFullFrom = 40;
export const METER_EFFECTS_DOC: ParamDocTable = {
  meterEffectsHealthFullFrom: ['meter points', `${L}: below this, earnings and job odds fall in proportion`],
  meterEffectsHealthFloor: ['multiplier at health 0', L],
  meterEffectsHealthRange: ['multiplier from health 0 to full', L],
  meterEffectsWellbeingFullFrom: ['meter points', L],
  meterEffectsWellbeingFloor: ['multiplier at wellbeing 0', L],
  meterEffectsWellbeingRange: ['multiplier from wellbeing 0 to full', L],
  meterEffectsTiesFloor: ['multiplier at ties 0', `${L}: former co-workers pass on openings`],
  meterEffectsTiesRange: ['multiplier from ties 0 to 100', L],
  meterEffectsRelativesFullFrom: ['meter points', `${L}: relatives lend all they can only when ties are at least this good`],
};

/** The guarantor's own money and goodwill (engine.ts). */
export const guarantorSavingsRate = 0.15;
export const guarantorHardshipRecovery = 1;
export const guarantorRelationshipPerRepayment = 30;
export const guarantorMinRelationship = 30;
export const guarantorMinTies = 20;
export const GUARANTOR_DOC: ParamDocTable = {
  guarantorSavingsRate: ['share of income a month', `${L}: what a household with a stable income puts by`],
  guarantorHardshipRecovery: ['meter points a month', L],
  guarantorRelationshipPerRepayment: ['meter points for repaying all they paid', `${L}: repaying the guarantor mends the relationship in proportion`],
  guarantorMinRelationship: ['meter points', `${L}: below this the guarantor will not sign`],
  guarantorMinTies: ['meter points', `${L}: below this nobody will stand guarantor`],
};
