// The town's behaviour that is the same in both scenarios: where spending comes from, how incumbents, the cohort and
// the labour pool behave, how prices respond to crowding. Units and sources as in scenarios.ts; confidence marks follow
// shared/reference/domain-parameters.md (H official or academic, M secondary or derived, L a model assumption with no
// source: a class should question it). Values here were moved out of market.ts unchanged; they are not tuned.
import type { Category } from '../types';
import type { ParamDocTable } from './param-docs';

const L = 'Model assumption, no source (L)';

/** Where each category's spending comes from: shares of wages, pensions and remittances (model assumption, L;
 * construction leans on remittances after the seed essay's township, where >31% of businesses built houses for
 * migrants' families, H). Shared by the solo market and the class market's resolver. */
export const SPENDING_SOURCES: Readonly<Record<Category, { wages: number; pensions: number; remittances: number }>> = {
  food: { wages: 0.55, pensions: 0.3, remittances: 0.15 },
  retail: { wages: 0.55, pensions: 0.25, remittances: 0.2 },
  services: { wages: 0.6, pensions: 0.25, remittances: 0.15 },
  transport: { wages: 0.6, pensions: 0.2, remittances: 0.2 },
  construction: { wages: 0.2, pensions: 0.05, remittances: 0.75 },
};
export const SPENDING_SOURCES_SOURCE = 'Model assumption (L); construction after the seed essay\'s township, >31% of 122 businesses tied to house building paid by remittances (H)';

/** The local labour pool and the destination cities (market.ts labourMarket). */
export const labourPoolShare4050 = 0.5;
export const labourPoolWelfareHardshipShare = 0.4;
export const labourPoolWelfarePlacementRate = 0.1;
export const labourPoolMigrantHireRate = 0.35;
export const labourPoolMigrantJobLossRate = 0.03;
export const labourPoolWelfarePostWageShare = 0.5;
export const labourPoolClosedFounderWageShareOfMinimum = 1.15;
export const LABOUR_POOL_DOC: ParamDocTable = {
  labourPoolShare4050: ['share of cohort searchers', `${L}: about half the cohort's searchers are in the 4050 group (women 40+, men 50+), whose odds carry the age penalty`],
  labourPoolWelfareHardshipShare: ['share of searchers', `${L}: searchers counted as hardship cases who may be offered a public-welfare post (MOHRSS 2016 guidelines target hardship cases, H; the share is L)`],
  labourPoolWelfarePlacementRate: ['per month', `${L}: share of those hardship cases placed in a free post each month`],
  labourPoolMigrantHireRate: ['per month', `${L}: chance a cohort migrant still without work finds a job in a month, before the destination cut`],
  labourPoolMigrantJobLossRate: ['per month', `${L}: cohort migrants losing their destination job each month (the player's migrant job loss event is 1.5%/month)`],
  labourPoolWelfarePostWageShare: ['of a wage', `${L}: a public-welfare post (about the minimum wage) counts as half a lost wage back in the town's spending`],
  labourPoolClosedFounderWageShareOfMinimum: ['multiple of the minimum wage', `${L}: what a failed founder who finds work earns, a little above the minimum wage`],
};

/** Town spending. */
export const townSpendingWageIndexFloor = 0.3;
export const townSpendingPensionIndexPerRetiree = 0.0005;
export const TOWN_SPENDING_DOC: ParamDocTable = {
  townSpendingWageIndexFloor: ['wage index', `${L}: the town's wage bill never falls below 30% of its level before the layoffs`],
  townSpendingPensionIndexPerRetiree: ['pension index per cohort retiree', `${L}: retirees' pensions add a little to spending`],
};

/** Incumbent firms and the player's own firm: owners' draw and luck. */
export const firmsIncumbentDraw = 0.8;
export const firmsFounderDraw = 0.7;
export const firmsIncumbentAgeMonths = [6, 120] as const;
export const firmsIncumbentCashMonths = [2, 8] as const;
export const firmsIncumbentQuality = [0.85, 1.15] as const;
export const firmsEntryShockCap = 0.7;
export const firmsCrowdPriceCap = 1.3;
export const firmsStallDrawBelow = 0.2;
export const firmsMainStreetDrawBelow = 0.5;
export const FIRMS_DOC: ParamDocTable = {
  firmsIncumbentDraw: ['share of a month\'s profit', `${L}: an established owner takes most of a good month's profit home; the rest is the firm's cash buffer`],
  firmsFounderDraw: ['share of a month\'s profit', `${L}: a new owner leaves a little more in the till (the automatic player assumes the same for the player's firm)`],
  firmsIncumbentAgeMonths: ['months open before the game', L],
  firmsIncumbentCashMonths: ['months of baseline profit in the till', L],
  firmsIncumbentQuality: ['multiplier on custom', L],
  firmsEntryShockCap: ['log demand', `${L}: a new stall cannot serve more than about twice an ordinary one's custom (e^0.7 = 2.0)`],
  firmsCrowdPriceCap: ['multiplier on the starting margin', `${L}: when firms close, prices rise at most 30% above their level before the layoffs`],
  firmsStallDrawBelow: ['share of firms', `${L}: where a firm sits: street stalls (where allowed) for draws below 0.2, main street below 0.5, side streets above`],
  firmsMainStreetDrawBelow: ['share of firms', L],
};

/** The cohort of other laid-off workers (market.ts initMarket and cohortActs; also the class market's resolver). */
export const cohortRetrainMonths = [0, 2] as const;
export const cohortMigrateMonths = [1, 8] as const;
export const cohortBusinessMonths = [1, 10] as const;
export const cohortIdleMonths = [0, 3] as const;
export const cohortFounderStayOutChance = 0.35;
export const cohortTvPullStrong = 0.6;
export const cohortTvPullWeak = 0.3;
export const cohortTvPullStrongAbove = 0.9;
export const cohortFounderOwnMoney = [3000, 15000] as const;
export const cohortFounderQuality = [0.8, 1.2] as const;
export const cohortFounderReserveSpread = [0.2, 1.8] as const;
export const cohortSavingsFloorMinWages = 2;
export const COHORT_DOC: ParamDocTable = {
  cohortRetrainMonths: ['month of the game the member acts', `${L}: courses start within the first quarter`],
  cohortMigrateMonths: ['month of the game the member acts', `${L}: migrants leave over the first year`],
  cohortBusinessMonths: ['month of the game the member acts', `${L}: founders open over the first ten months, as loans are approved`],
  cohortIdleMonths: ['month of the game the member acts', L],
  cohortFounderStayOutChance: ['chance', `${L}: a would-be founder who sees last month's losses in the trade stays out`],
  cohortTvPullStrong: ['chance', `${L}: a TV success story (entry factor above 1.9) pulls a planned founder into its trade`],
  cohortTvPullWeak: ['chance', `${L}: a weaker story pulls fewer`],
  cohortTvPullStrongAbove: ['entry factor above 1', L],
  cohortFounderOwnMoney: ['2016 yuan', `${L}: founders add a little of their own money to the loan (the automatic player's own money too)`],
  cohortFounderQuality: ['multiplier on custom', L],
  cohortFounderReserveSpread: ['multiple of the founder reserve', `${L}: households differ in what they have put by`],
  cohortSavingsFloorMinWages: ['minimum wages', `${L}: a household pays instalments only from savings above two months' needs, with a minimum wage standing for a month's needs`],
};

/** The TV success story about a low-barrier trade (market.ts initTown, updateTown). */
export const tvStoryFirstYearChance = 1 - Math.pow(0.94, 12);
export const tvStoryWindowMonths = 12;
export const tvStoryEntryFactor = 2;
export const tvStoryEntryMonths = 6;
export const tvStoryDemandFactor = 1.1;
export const tvStoryDemandMonths = 2;
export const TV_STORY_DOC: ParamDocTable = {
  tvStoryFirstYearChance: ['chance in the first year', `${L}: the old event's 6% a month over twelve months (about half of all towns)`],
  tvStoryWindowMonths: ['months', L],
  tvStoryEntryFactor: ['multiplier on the pull into the trade', L],
  tvStoryEntryMonths: ['months', L],
  tvStoryDemandFactor: ['multiplier on the trade\'s demand', L],
  tvStoryDemandMonths: ['months', L],
};

/** The class market's rounds (class-market.ts), which fold a month's firm-by-firm dynamics into one step per round. */
export const classRoundCohortFailureShare = 0.25;
export const classRoundIncumbentExitShare = 0.1;
export const CLASS_ROUND_DOC: ParamDocTable = {
  classRoundCohortFailureShare: ['share of cohort firms per losing round', `${L}: a round-sized stand-in for the solo market's closures when a trade loses money`],
  classRoundIncumbentExitShare: ['share of incumbents per losing round', L],
};
