// The town's behaviour that is the same in both scenarios: where spending comes from, how incumbents, the cohort and
// the labour pool behave, how prices respond to crowding. Units and sources as in scenarios.ts; confidence marks follow
// shared/reference/domain-parameters.md (H official or academic, M secondary or derived, L a model assumption with no
// source: a class should question it). Values here were moved out of market.ts unchanged; they are not tuned.
import type { Category, Param } from '../types';

const p = (value: number, unit: string, source: string): Param => ({ value, unit, source });
const range = (min: number, max: number, unit: string, source: string): Param<readonly [number, number]> => ({ value: [min, max], unit, source });

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
export const LABOUR_POOL = {
  share4050: p(0.5, 'share of cohort searchers', `${L}: about half the cohort's searchers are in the 4050 group (women 40+, men 50+), whose odds carry the age penalty`),
  welfareHardshipShare: p(0.4, 'share of searchers', `${L}: searchers counted as hardship cases who may be offered a public-welfare post (MOHRSS 2016 guidelines target hardship cases, H; the share is L)`),
  welfarePlacementRate: p(0.1, 'per month', `${L}: share of those hardship cases placed in a free post each month`),
  migrantHireRate: p(0.35, 'per month', `${L}: chance a cohort migrant still without work finds a job in a month, before the destination cut`),
  migrantJobLossRate: p(0.03, 'per month', `${L}: cohort migrants losing their destination job each month (the player's migrant job loss event is 1.5%/month)`),
  welfarePostWageShare: p(0.5, 'of a wage', `${L}: a public-welfare post (about the minimum wage) counts as half a lost wage back in the town's spending`),
  closedFounderWageShareOfMinimum: p(1.15, 'multiple of the minimum wage', `${L}: what a failed founder who finds work earns, a little above the minimum wage`),
};

/** Town spending. */
export const TOWN_SPENDING = {
  wageIndexFloor: p(0.3, 'wage index', `${L}: the town's wage bill never falls below 30% of its level before the layoffs`),
  pensionIndexPerRetiree: p(0.0005, 'pension index per cohort retiree', `${L}: retirees' pensions add a little to spending`),
};

/** Incumbent firms and the player's own firm: owners' draw and luck. */
export const FIRMS = {
  incumbentDraw: p(0.8, 'share of a month\'s profit', `${L}: an established owner takes most of a good month's profit home; the rest is the firm's cash buffer`),
  founderDraw: p(0.7, 'share of a month\'s profit', `${L}: a new owner leaves a little more in the till (the automatic player assumes the same for the player's firm)`),
  incumbentAgeMonths: range(6, 120, 'months open before the game', L),
  incumbentCashMonths: range(2, 8, 'months of baseline profit in the till', L),
  incumbentQuality: range(0.85, 1.15, 'multiplier on custom', L),
  entryShockCap: p(0.7, 'log demand', `${L}: a new stall cannot serve more than about twice an ordinary one's custom (e^0.7 = 2.0)`),
  crowdPriceCap: p(1.3, 'multiplier on the starting margin', `${L}: when firms close, prices rise at most 30% above their level before the layoffs`),
  stallDrawBelow: p(0.2, 'share of firms', `${L}: where a firm sits: street stalls (where allowed) for draws below 0.2, main street below 0.5, side streets above`),
  mainStreetDrawBelow: p(0.5, 'share of firms', L),
};

/** The cohort of other laid-off workers (market.ts initMarket and cohortActs; also the class market's resolver). */
export const COHORT = {
  retrainMonths: range(0, 2, 'month of the game the member acts', `${L}: courses start within the first quarter`),
  migrateMonths: range(1, 8, 'month of the game the member acts', `${L}: migrants leave over the first year`),
  businessMonths: range(1, 10, 'month of the game the member acts', `${L}: founders open over the first ten months, as loans are approved`),
  idleMonths: range(0, 3, 'month of the game the member acts', L),
  founderStayOutChance: p(0.35, 'chance', `${L}: a would-be founder who sees last month's losses in the trade stays out`),
  tvPullStrong: p(0.6, 'chance', `${L}: a TV success story (entry factor above 1.9) pulls a planned founder into its trade`),
  tvPullWeak: p(0.3, 'chance', `${L}: a weaker story pulls fewer`),
  tvPullStrongAbove: p(0.9, 'entry factor above 1', L),
  founderOwnMoney: range(3000, 15000, '2016 yuan', `${L}: founders add a little of their own money to the loan (the automatic player's own money too)`),
  founderQuality: range(0.8, 1.2, 'multiplier on custom', L),
  founderReserveSpread: range(0.2, 1.8, 'multiple of the founder reserve', `${L}: households differ in what they have put by`),
  savingsFloorMinWages: p(2, 'minimum wages', `${L}: a household pays instalments only from savings above two months' needs, with a minimum wage standing for a month's needs`),
};

/** The TV success story about a low-barrier trade (market.ts initTown, updateTown). */
export const TV_STORY = {
  firstYearChance: p(1 - Math.pow(0.94, 12), 'chance in the first year', `${L}: the old event's 6% a month over twelve months (about half of all towns)`),
  windowMonths: p(12, 'months', L),
  entryFactor: p(2, 'multiplier on the pull into the trade', L),
  entryMonths: p(6, 'months', L),
  demandFactor: p(1.1, 'multiplier on the trade\'s demand', L),
  demandMonths: p(2, 'months', L),
};

/** The class market's rounds (class-market.ts), which fold a month's firm-by-firm dynamics into one step per round. */
export const CLASS_ROUND = {
  cohortFailureShare: p(0.25, 'share of cohort firms per losing round', `${L}: a round-sized stand-in for the solo market's closures when a trade loses money`),
  incumbentExitShare: p(0.1, 'share of incumbents per losing round', L),
};
