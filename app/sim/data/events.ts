// The numbers of the life events (events.ts): how likely each is a month, what it costs or brings, and the shares
// and thresholds its rules use. Money in 2016 yuan, scaled by the scenario (wageScale for wages and business money,
// priceScale for living costs). Most are model assumptions with no source (L), chosen to be plausible for a northern
// coal or steel town; a class should question them. The meter changes, market factors and chances inside choices
// stay in the event table itself, as named fields of each effect. Values were moved out of events.ts unchanged.
import type { ParamDocTable } from './param-docs';

const L = 'Model assumption, no source (L)';
const MONTHLY = 'chance per month';

// illness
export const illnessBaseChance = 0.015;
export const illnessChancePerHealthPointLost = 0.0006;
export const illnessCost = [2000, 6000] as const;
export const illnessInsuredShare = 0.5;
export const ILLNESS_DOC: ParamDocTable = {
  illnessBaseChance: [MONTHLY, L],
  illnessChancePerHealthPointLost: [`${MONTHLY} per point below 100`, L],
  illnessCost: ['2016 yuan (priceScale)', `${L}: a hospital stay's out-of-pocket cost`],
  illnessInsuredShare: ['share of the bill', `${L}: medical insurance (pensioners, internal retirees, formal jobs, own contributions) roughly halves the bill`],
};

// elderIllness
export const elderIllnessChance = 0.04;
export const elderIllnessCost = [3000, 8000] as const;
export const ELDER_ILLNESS_DOC: ParamDocTable = {
  elderIllnessChance: [MONTHLY, L],
  elderIllnessCost: ['2016 yuan (priceScale)', L],
};

// schoolTerm
export const schoolTermTermMonths = [9, 3] as readonly number[];
export const schoolTermPerChild = 800;
export const schoolTermHighSchoolExtra = 1800;
export const SCHOOL_TERM_DOC: ParamDocTable = {
  schoolTermTermMonths: ['calendar months', 'School terms start in September and March (M)'],
  schoolTermPerChild: ['2016 yuan (priceScale) a term', `${L}: books, uniforms, meals and extra classes`],
  schoolTermHighSchoolExtra: ['2016 yuan (priceScale) a term', `${L}: senior high fees and boarding`],
};

// privateSchoolBarred
export const privateSchoolBarredChance = 0.25;
export const PRIVATE_SCHOOL_BARRED_DOC: ParamDocTable = {
  privateSchoolBarredChance: [MONTHLY, 'SPC shixin rules bar defaulters\' children from fee-paying schools (H); how soon a family meets it is a model assumption (L)'],
};

// springFestival
export const springFestivalCalendarMonth = 2;
export const springFestivalBase = 1500;
export const springFestivalPerChild = 300;
export const SPRING_FESTIVAL_DOC: ParamDocTable = {
  springFestivalCalendarMonth: ['calendar month', 'Spring Festival falls in January or February (H); the game puts it in February (L)'],
  springFestivalBase: ['2016 yuan (priceScale)', `${L}: gifts, food and red envelopes`],
  springFestivalPerChild: ['2016 yuan (priceScale)', L],
};

// priceShock
export const priceShockChance = 0.025;
export const priceShockFactor = 1.15;
export const priceShockMonths = 4;
export const PRICE_SHOCK_DOC: ParamDocTable = {
  priceShockChance: [MONTHLY, L],
  priceShockFactor: ['multiplier on food costs', L],
  priceShockMonths: ['months', L],
};

// rentRise
export const rentRiseChance = 0.035;
export const rentRiseFactor = 1.25;
export const rentRiseMovingCost = 1500;
export const RENT_RISE_DOC: ParamDocTable = {
  rentRiseChance: [MONTHLY, L],
  rentRiseFactor: ['multiplier on rent', L],
  rentRiseMovingCost: ['2016 yuan (wageScale)', L],
};

// competitorNextDoor
export const competitorNextDoorBaseChance = 0.02;
export const competitorNextDoorChancePerFirm = 0.004;
export const competitorNextDoorMaxChance = 0.15;
export const competitorNextDoorRivalCash = [3000, 12000] as const;
export const competitorNextDoorRivalQuality = [0.9, 1.2] as const;
export const COMPETITOR_NEXT_DOOR_DOC: ParamDocTable = {
  competitorNextDoorBaseChance: [MONTHLY, L],
  competitorNextDoorChancePerFirm: [`${MONTHLY} per open firm of the trade`, `${L}: more firms in the trade, more chance a former co-worker opens next door`],
  competitorNextDoorMaxChance: [MONTHLY, L],
  competitorNextDoorRivalCash: ['2016 yuan (wageScale)', L],
  competitorNextDoorRivalQuality: ['multiplier on custom', L],
};

// chengguan
export const chengguanFine = 500;
export const CHENGGUAN_DOC: ParamDocTable = {
  chengguanFine: ['2016 yuan (wageScale)', `${L}: a city-management fine for an unlicensed stall`],
};

// remittancesDry
export const remittancesDryFromMonth = 4;
export const remittancesDryChance = 0.03;
export const remittancesDryFactor = 0.7;
export const remittancesDryMonths = 6;
export const remittancesDryHouseholdShare = 0.5;
export const REMITTANCES_DRY_DOC: ParamDocTable = {
  remittancesDryFromMonth: ['month of the game', L],
  remittancesDryChance: [MONTHLY, L],
  remittancesDryFactor: ['multiplier on the town\'s remittances', `${L}; IOM: remittances are 20-50% of recipient households' income (H)`],
  remittancesDryMonths: ['months', L],
  remittancesDryHouseholdShare: ['share of the household\'s own remittances kept', L],
};

// guarantorTrouble
export const guarantorTroubleChance = 0.05;
export const guarantorTroubleHelp = 2000;
export const guarantorTroubleIncomeKept = 0.3;
export const guarantorTroubleHardship = 25;
export const guarantorTroubleHelpRelationship = 10;
export const guarantorTroubleRefuseRelationship = 6;
export const GUARANTOR_TROUBLE_DOC: ParamDocTable = {
  guarantorTroubleChance: [MONTHLY, L],
  guarantorTroubleHelp: ['2016 yuan (wageScale)', L],
  guarantorTroubleIncomeKept: ['share of the guarantor\'s income', `${L}: a laid-off guarantor's income falls to unemployment insurance and odd jobs`],
  guarantorTroubleHardship: ['meter points (guarantor)', L],
  guarantorTroubleHelpRelationship: ['meter points (guarantor)', L],
  guarantorTroubleRefuseRelationship: ['meter points (guarantor)', L],
};

// petition
export const petitionFromMonth = 2;
export const petitionChance = 0.05;
export const petitionYears = [1, 3] as const;
export const petitionBackPay = [3000, 8000] as const;
export const petitionBusinessDemand = 0.85;
export const PETITION_DOC: ParamDocTable = {
  petitionFromMonth: ['month of the game', L],
  petitionChance: [MONTHLY, `${L}; collective petitions over unpaid social insurance were common in the layoffs (M)`],
  petitionYears: ['contribution years restored', L],
  petitionBackPay: ['2016 yuan (wageScale)', L],
  petitionBusinessDemand: ['multiplier on the player\'s custom that month', `${L}: a day away from the stall`],
};

// jobOfferElsewhere
export const jobOfferElsewhereChanceYoung = 0.03;
export const jobOfferElsewhereChanceOld = 0.01;
export const jobOfferElsewhereOldFrom = 50;
export const jobOfferElsewhereMinGenderFactor = 0.5;
export const JOB_OFFER_ELSEWHERE_DOC: ParamDocTable = {
  jobOfferElsewhereChanceYoung: [MONTHLY, L],
  jobOfferElsewhereChanceOld: [MONTHLY, L],
  jobOfferElsewhereOldFrom: ['years', L],
  jobOfferElsewhereMinGenderFactor: ['destination hiring factor', `${L}: offers come only from places that hire people of the persona's sex`],
};

// bankCallsLoan
export const bankCallsLoanMinCohortFirms = 5;
export const bankCallsLoanCohortDefaultShare = 0.15;
export const bankCallsLoanChance = 0.12;
export const bankCallsLoanShare = 0.3;
export const BANK_CALLS_LOAN_DOC: ParamDocTable = {
  bankCallsLoanMinCohortFirms: ['cohort businesses opened', L],
  bankCallsLoanCohortDefaultShare: ['share of cohort businesses in default', `${L}: a bank that sees many bad loans in the scheme calls others early`],
  bankCallsLoanChance: [MONTHLY, L],
  bankCallsLoanShare: ['share of the bank loan called', L],
};

// wageArrears
export const wageArrearsFallbackChance = 0.01;
export const WAGE_ARREARS_DOC: ParamDocTable = {
  wageArrearsFallbackChance: [MONTHLY, `${L}: where a destination gives no risk of its own`],
};

// migrantJobLost
export const migrantJobLostChance = 0.015;
export const MIGRANT_JOB_LOST_DOC: ParamDocTable = {
  migrantJobLostChance: [MONTHLY, L],
};

// childLeftBehind
export const childLeftBehindChance = 0.06;
export const childLeftBehindFallbackTravel = 400;
export const childLeftBehindMoney = 800;
export const CHILD_LEFT_BEHIND_DOC: ParamDocTable = {
  childLeftBehindChance: [MONTHLY, L],
  childLeftBehindFallbackTravel: ['2016 yuan (priceScale) one way', L],
  childLeftBehindMoney: ['2016 yuan (priceScale)', L],
};

// hukouSchool
export const hukouSchoolChanceWithoutPlace = 0.6;
export const hukouSchoolCost = 3000;
export const HUKOU_SCHOOL_DOC: ParamDocTable = {
  hukouSchoolChanceWithoutPlace: [MONTHLY, `${L}: scaled by the destination's chance of a public school place without local hukou`],
  hukouSchoolCost: ['2016 yuan (priceScale)', `${L}: a private school for migrant children`],
};

// equipmentBreakdown
export const equipmentBreakdownChance = 0.04;
export const equipmentBreakdownCost = [1500, 4500] as const;
export const EQUIPMENT_BREAKDOWN_DOC: ParamDocTable = {
  equipmentBreakdownChance: [MONTHLY, L],
  equipmentBreakdownCost: ['2016 yuan (wageScale)', L],
};

// bigOrder
export const bigOrderChanceConstruction = 0.05;
export const bigOrderChance = 0.025;
export const BIG_ORDER_DOC: ParamDocTable = {
  bigOrderChanceConstruction: [MONTHLY, `${L}: building sites order in bulk more often`],
  bigOrderChance: [MONTHLY, L],
};

// loanSharkCollectors
export const loanSharkCollectorsChance = 0.2;
export const loanSharkCollectorsShare = 0.3;
export const LOAN_SHARK_COLLECTORS_DOC: ParamDocTable = {
  loanSharkCollectorsChance: [MONTHLY, L],
  loanSharkCollectorsShare: ['share of the loan-shark debt demanded', L],
};

// relativesWantMoneyBack
export const relativesWantMoneyBackChance = 0.06;
export const relativesWantMoneyBackAmount = 5000;
export const RELATIVES_WANT_MONEY_BACK_DOC: ParamDocTable = {
  relativesWantMoneyBackChance: [MONTHLY, L],
  relativesWantMoneyBackAmount: ['2016 yuan (wageScale)', L],
};

// occupationalDisease
export const occupationalDiseaseFromMonth = 3;
export const occupationalDiseaseChance = 0.02;
export const occupationalDiseaseCompensation = 15000;
export const occupationalDiseaseCost = 2500;
export const OCCUPATIONAL_DISEASE_DOC: ParamDocTable = {
  occupationalDiseaseFromMonth: ['month of the game', L],
  occupationalDiseaseChance: [MONTHLY, `${L}; pneumoconiosis is the commonest occupational disease among coal miners (H) but no monthly rate is sourced`],
  occupationalDiseaseCompensation: ['2016 yuan (wageScale)', L],
  occupationalDiseaseCost: ['2016 yuan (priceScale)', L],
};

// familyFindsWork
export const familyFindsWorkChance = 0.04;
export const familyFindsWorkWage = 1400;
export const FAMILY_FINDS_WORK_DOC: ParamDocTable = {
  familyFindsWorkChance: [MONTHLY, L],
  familyFindsWorkWage: ['2016 yuan (wageScale) a month', `${L}: a low-paid local job, below the minimum wage of 1,620 (H)`],
};

// publicWelfareOffer
export const publicWelfareOfferFromMonth = 4;
export const publicWelfareOfferChance = 0.08;
export const PUBLIC_WELFARE_OFFER_DOC: ParamDocTable = {
  publicWelfareOfferFromMonth: ['month of the game', L],
  publicWelfareOfferChance: [MONTHLY, L],
};
