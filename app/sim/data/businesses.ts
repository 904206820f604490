// The trades a laid-off worker can start with a loan, from a breakfast stall to a building-materials shop.
// Money in 2016 yuan (scaled per scenario). Costs are rough local figures (L/M): a class should question them.
// baseDemand is derived so that, before the layoffs, an incumbent firm earns about `baselineProfit` a month.
import type { ParamDocTable } from './param-docs';
import type { BusinessType, LocationId } from '../types';

type BusinessData = Omit<BusinessType, 'baseDemand'>;

const MICRO = 'Micro-profit project list, Yinfa [2002] No. 394 (H)';
const COSTS = 'Costs: model estimates for a northern coal/steel town, 2016 (L)';
const ESSAY = 'Seed essay: >31% of township businesses tied to house building (H)';

const DATA: readonly BusinessData[] = [
  { id: 'breakfastStall', category: 'food', startupCost: 12000, rent: 600, licence: 500, fixedMonthly: 400, unitCostShare: 0.5, baselineProfit: 3000, incumbents: 6, stallAllowed: true, constructionLinked: false, lowBarrier: true, skills: ['cooking'], cohortWeight: 0.28, source: `${MICRO}; ${COSTS}` },
  { id: 'noodleShop', category: 'food', startupCost: 40000, rent: 1500, licence: 1500, fixedMonthly: 800, unitCostShare: 0.5, baselineProfit: 3500, incumbents: 8, stallAllowed: false, constructionLinked: false, lowBarrier: true, skills: ['cooking'], cohortWeight: 0.1, source: `${MICRO}; ${COSTS}` },
  { id: 'smallGrocery', category: 'retail', startupCost: 50000, rent: 1500, licence: 1000, fixedMonthly: 500, unitCostShare: 0.8, baselineProfit: 3200, incumbents: 10, stallAllowed: false, constructionLinked: false, lowBarrier: true, skills: ['bookkeeping'], cohortWeight: 0.2, source: `${MICRO}; ${COSTS}` },
  { id: 'hairSalon', category: 'services', startupCost: 25000, rent: 1200, licence: 800, fixedMonthly: 500, unitCostShare: 0.25, baselineProfit: 3000, incumbents: 6, stallAllowed: false, constructionLinked: false, lowBarrier: true, skills: [], cohortWeight: 0.08, source: `${MICRO}; ${COSTS}` },
  { id: 'tailoringRepairs', category: 'services', startupCost: 6000, rent: 500, licence: 300, fixedMonthly: 200, unitCostShare: 0.2, baselineProfit: 2000, incumbents: 4, stallAllowed: true, constructionLinked: false, lowBarrier: true, skills: ['sewing'], cohortWeight: 0.06, source: `${MICRO}; ${COSTS}` },
  { id: 'motorbikeTaxi', category: 'transport', startupCost: 8000, rent: 0, licence: 300, fixedMonthly: 500, unitCostShare: 0.3, baselineProfit: 2500, incumbents: 15, stallAllowed: true, constructionLinked: false, lowBarrier: true, skills: ['driving'], cohortWeight: 0.2, source: `${COSTS}; informal transport common in mining towns (M)` },
  { id: 'phoneRepair', sinceYear: 2005, category: 'services', startupCost: 15000, rent: 800, licence: 500, fixedMonthly: 300, unitCostShare: 0.35, baselineProfit: 3000, incumbents: 3, stallAllowed: true, constructionLinked: false, lowBarrier: false, skills: ['electrical'], cohortWeight: 0.04, source: `${MICRO} (repairs); ${COSTS}` },
  { id: 'renovationCrew', category: 'construction', startupCost: 20000, rent: 0, licence: 1000, fixedMonthly: 1500, unitCostShare: 0.55, baselineProfit: 5000, incumbents: 8, stallAllowed: false, constructionLinked: true, lowBarrier: false, skills: ['building', 'electrical', 'mechanical'], cohortWeight: 0.03, source: `${ESSAY}; ${COSTS}` },
  { id: 'buildingMaterials', category: 'construction', startupCost: 90000, rent: 2000, licence: 1500, fixedMonthly: 800, unitCostShare: 0.82, baselineProfit: 6000, incumbents: 6, stallAllowed: false, constructionLinked: true, lowBarrier: false, skills: ['bookkeeping'], cohortWeight: 0.01, source: `${ESSAY}; ${COSTS}` },
];

export const BUSINESSES: readonly BusinessType[] = DATA.map((b) => ({
  ...b,
  baseDemand: Math.round(((b.baselineProfit + b.rent + b.fixedMonthly) * b.incumbents) / (1 - b.unitCostShare)),
}));

export const BUSINESS_INDEX: ReadonlyMap<string, number> = new Map(BUSINESSES.map((b, i) => [b.id, i]));

export function findBusiness(id: string): BusinessType | undefined {
  const i = BUSINESS_INDEX.get(id);
  return i === undefined ? undefined : BUSINESSES[i];
}

/** Where the business sits: rent and footfall multipliers, and exposure to city managers clearing stalls. */
export interface LocationData {
  id: LocationId;
  rentFactor: number;
  footfall: number;
  chengguanRisk: number;
}

export const LOCATIONS: Readonly<Record<LocationId, LocationData>> = {
  mainStreet: { id: 'mainStreet', rentFactor: 1.6, footfall: 1.25, chengguanRisk: 0 },
  sideStreet: { id: 'sideStreet', rentFactor: 1, footfall: 1, chengguanRisk: 0 },
  streetStall: { id: 'streetStall', rentFactor: 0.15, footfall: 0.85, chengguanRisk: 0.08 },
};

/** The player's own firm beyond its trade's data (paths.ts playerQuality and closing; summary.ts sale value). */
export const playerBusinessMissingSkillQuality = 0.8;
export const playerBusinessPoorHealthHoursLoss = 0.3;
export const playerBusinessSalvageShare = 0.2;
export const playerBusinessSaleAverageMonths = 6;
export const PLAYER_BUSINESS_DOC: ParamDocTable = {
  playerBusinessMissingSkillQuality: ['multiplier on custom', 'Model assumption, no source (L): cohort founders open trades they know, so a missing skill is a handicap (the automatic player judges trades the same way)'],
  playerBusinessPoorHealthHoursLoss: ['share of custom lost at health 0', 'Model assumption, no source (L): poor health (below the full-health level) limits the hours a one-person business opens'],
  playerBusinessSalvageShare: ['share of start-up cost', 'Model assumption, no source (L): second-hand equipment and leftover stock fetch a fifth of what they cost'],
  playerBusinessSaleAverageMonths: ['months of profit averaged', 'Model assumption, no source (L): a buyer looks at the last half-year'],
};
