// The numbers of the life events (events.ts): how likely each is a month, what it costs or brings, and the shares
// and thresholds its rules use. Money in 2016 yuan, scaled by the scenario (wageScale for wages and business money,
// priceScale for living costs). Most are model assumptions with no source (L), chosen to be plausible for a northern
// coal or steel town; a class should question them. The meter changes, market factors and chances inside choices
// stay in the event table itself, as named fields of each effect. Values were moved out of events.ts unchanged.
import type { Param } from '../types';

const p = (value: number, unit: string, source: string): Param => ({ value, unit, source });
const range = (min: number, max: number, unit: string, source: string): Param<readonly [number, number]> => ({ value: [min, max], unit, source });

const L = 'Model assumption, no source (L)';
const MONTHLY = 'chance per month';

export const EVENT_NUMBERS = {
  illness: {
    baseChance: p(0.015, MONTHLY, L),
    chancePerHealthPointLost: p(0.0006, `${MONTHLY} per point below 100`, L),
    cost: range(2000, 6000, '2016 yuan (priceScale)', `${L}: a hospital stay's out-of-pocket cost`),
    insuredShare: p(0.5, 'share of the bill', `${L}: medical insurance (pensioners, internal retirees, formal jobs, own contributions) roughly halves the bill`),
  },
  elderIllness: {
    chance: p(0.04, MONTHLY, L),
    cost: range(3000, 8000, '2016 yuan (priceScale)', L),
  },
  schoolTerm: {
    termMonths: { value: [9, 3] as readonly number[], unit: 'calendar months', source: 'School terms start in September and March (M)' },
    perChild: p(800, '2016 yuan (priceScale) a term', `${L}: books, uniforms, meals and extra classes`),
    highSchoolExtra: p(1800, '2016 yuan (priceScale) a term', `${L}: senior high fees and boarding`),
  },
  privateSchoolBarred: {
    chance: p(0.25, MONTHLY, 'SPC shixin rules bar defaulters\' children from fee-paying schools (H); how soon a family meets it is a model assumption (L)'),
  },
  springFestival: {
    calendarMonth: p(2, 'calendar month', 'Spring Festival falls in January or February (H); the game puts it in February (L)'),
    base: p(1500, '2016 yuan (priceScale)', `${L}: gifts, food and red envelopes`),
    perChild: p(300, '2016 yuan (priceScale)', L),
  },
  priceShock: {
    chance: p(0.025, MONTHLY, L),
    factor: p(1.15, 'multiplier on food costs', L),
    months: p(4, 'months', L),
  },
  rentRise: {
    chance: p(0.035, MONTHLY, L),
    factor: p(1.25, 'multiplier on rent', L),
    movingCost: p(1500, '2016 yuan (wageScale)', L),
  },
  competitorNextDoor: {
    baseChance: p(0.02, MONTHLY, L),
    chancePerFirm: p(0.004, `${MONTHLY} per open firm of the trade`, `${L}: more firms in the trade, more chance a former co-worker opens next door`),
    maxChance: p(0.15, MONTHLY, L),
    rivalCash: range(3000, 12000, '2016 yuan (wageScale)', L),
    rivalQuality: range(0.9, 1.2, 'multiplier on custom', L),
  },
  chengguan: {
    fine: p(500, '2016 yuan (wageScale)', `${L}: a city-management fine for an unlicensed stall`),
  },
  remittancesDry: {
    fromMonth: p(4, 'month of the game', L),
    chance: p(0.03, MONTHLY, L),
    factor: p(0.7, 'multiplier on the town\'s remittances', `${L}; IOM: remittances are 20-50% of recipient households' income (H)`),
    months: p(6, 'months', L),
    householdShare: p(0.5, 'share of the household\'s own remittances kept', L),
  },
  guarantorTrouble: {
    chance: p(0.05, MONTHLY, L),
    help: p(2000, '2016 yuan (wageScale)', L),
    incomeKept: p(0.3, 'share of the guarantor\'s income', `${L}: a laid-off guarantor's income falls to unemployment insurance and odd jobs`),
    hardship: p(25, 'meter points (guarantor)', L),
    helpRelationship: p(10, 'meter points (guarantor)', L),
    refuseRelationship: p(6, 'meter points (guarantor)', L),
  },
  petition: {
    fromMonth: p(2, 'month of the game', L),
    chance: p(0.05, MONTHLY, `${L}; collective petitions over unpaid social insurance were common in the layoffs (M)`),
    years: range(1, 3, 'contribution years restored', L),
    backPay: range(3000, 8000, '2016 yuan (wageScale)', L),
    businessDemand: p(0.85, 'multiplier on the player\'s custom that month', `${L}: a day away from the stall`),
  },
  jobOfferElsewhere: {
    chanceYoung: p(0.03, MONTHLY, L),
    chanceOld: p(0.01, MONTHLY, L),
    oldFrom: p(50, 'years', L),
    minGenderFactor: p(0.5, 'destination hiring factor', `${L}: offers come only from places that hire people of the persona's sex`),
  },
  bankCallsLoan: {
    minCohortFirms: p(5, 'cohort businesses opened', L),
    cohortDefaultShare: p(0.15, 'share of cohort businesses in default', `${L}: a bank that sees many bad loans in the scheme calls others early`),
    chance: p(0.12, MONTHLY, L),
    share: p(0.3, 'share of the bank loan called', L),
  },
  wageArrears: {
    fallbackChance: p(0.01, MONTHLY, `${L}: where a destination gives no risk of its own`),
  },
  migrantJobLost: {
    chance: p(0.015, MONTHLY, L),
  },
  childLeftBehind: {
    chance: p(0.06, MONTHLY, L),
    fallbackTravel: p(400, '2016 yuan (priceScale) one way', L),
    money: p(800, '2016 yuan (priceScale)', L),
  },
  hukouSchool: {
    chanceWithoutPlace: p(0.6, MONTHLY, `${L}: scaled by the destination's chance of a public school place without local hukou`),
    cost: p(3000, '2016 yuan (priceScale)', `${L}: a private school for migrant children`),
  },
  equipmentBreakdown: {
    chance: p(0.04, MONTHLY, L),
    cost: range(1500, 4500, '2016 yuan (wageScale)', L),
  },
  bigOrder: {
    chanceConstruction: p(0.05, MONTHLY, `${L}: building sites order in bulk more often`),
    chance: p(0.025, MONTHLY, L),
  },
  loanSharkCollectors: {
    chance: p(0.2, MONTHLY, L),
    share: p(0.3, 'share of the loan-shark debt demanded', L),
  },
  relativesWantMoneyBack: {
    chance: p(0.06, MONTHLY, L),
    amount: p(5000, '2016 yuan (wageScale)', L),
  },
  occupationalDisease: {
    fromMonth: p(3, 'month of the game', L),
    chance: p(0.02, MONTHLY, `${L}; pneumoconiosis is the commonest occupational disease among coal miners (H) but no monthly rate is sourced`),
    compensation: p(15000, '2016 yuan (wageScale)', L),
    cost: p(2500, '2016 yuan (priceScale)', L),
  },
  familyFindsWork: {
    chance: p(0.04, MONTHLY, L),
    wage: p(1400, '2016 yuan (wageScale) a month', `${L}: a low-paid local job, below the minimum wage of 1,620 (H)`),
  },
  publicWelfareOffer: {
    fromMonth: p(4, 'month of the game', L),
    chance: p(0.08, MONTHLY, L),
  },
};
