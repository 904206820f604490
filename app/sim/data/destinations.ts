// Places a laid-off worker can move to for work (2016 yuan). Wages around the NBS 2016 migrant average of
// 3,275 yuan/month; living costs ~900-1,100 with about half on housing (NBS 2013 + drift). Age limits,
// deposits and school costs are reported practice (M/L).
import type { ParamDocTable } from './param-docs';
import type { Destination } from '../types';

const NBS = 'NBS migrant worker monitoring survey 2016: 3,275 yuan/month (H); living costs NBS 2013 (M)';

export const DESTINATIONS: readonly Destination[] = [
  { id: 'coastalFactory', wage: 3400, livingCost: 1000, travel: 600, deposit: 1200, maxHireAge: 40, hireOdds: 0.385, genderFactor: { f: 1.1, m: 1 }, childCostIfBrought: 1500, publicSchoolOdds: 0.1, wageArrearsRisk: 0.01, skills: ['sewing', 'mechanical'], source: `${NBS}; factory age limits 35-45 in recruitment ads (M)` },
  { id: 'provincialCapital', wage: 2900, livingCost: 1100, travel: 200, deposit: 1500, maxHireAge: 50, hireOdds: 0.315, genderFactor: { f: 1, m: 1 }, childCostIfBrought: 1300, publicSchoolOdds: 0.35, wageArrearsRisk: 0.01, skills: ['caring', 'cooking', 'driving'], source: `${NBS}; residence-permit schooling rules (M)` },
  { id: 'constructionSite', wage: 4200, livingCost: 500, travel: 500, deposit: 300, maxHireAge: 55, hireOdds: 0.35, genderFactor: { f: 0.3, m: 1.1 }, childCostIfBrought: 1800, publicSchoolOdds: 0.05, wageArrearsRisk: 0.05, skills: ['building', 'electrical', 'mechanical'], source: `${NBS}; wage arrears common on building sites (M)` },
  { id: 'northwestMine', wage: 5500, livingCost: 700, travel: 900, deposit: 500, maxHireAge: 45, hireOdds: 0.21, genderFactor: { f: 0.1, m: 1 }, childCostIfBrought: 1600, publicSchoolOdds: 0.3, wageArrearsRisk: 0.02, skills: ['mining'], source: `${NBS}; capacity moved to Inner Mongolia/Xinjiang mines (M)` },
];

export function findDestination(id: string): Destination | undefined {
  return DESTINATIONS.find((d) => d.id === id);
}

/** Moving and coming back (paths.ts). */
export const migrationDepositBackShare = 0.5;
export const migrationChildFareShare = 0.6;
export const migrationBlacklistedExtraLivingShare = 0.25;
export const MIGRATION_DOC: ParamDocTable = {
  migrationDepositBackShare: ['share of the deposit', 'Model assumption, no source (L): half a migrant\'s deposit comes back on leaving; the rest is lost to the landlord or agent'],
  migrationChildFareShare: ['share of an adult fare per child', 'Model assumption, no source (L): children travel at reduced fares'],
  migrationBlacklistedExtraLivingShare: ['share of a month\'s living cost', 'SPC shixin rules bar planes and high-speed trains (H); the extra week on slow trains is a model assumption (L)'],
};
