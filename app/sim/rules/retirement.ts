// Retirement rules: statutory ages (men 60, women workers 50, women cadres 55; arduous jobs 55/45),
// the five-year window for internal retirement (neitui: the firm keeps the worker on its books and pays a
// living allowance until the statutory age), and a pension that reflects contribution years.
import type { Persona, Reason } from '../types';
import type { PersonaData } from '../data/personas';
import type { Values } from '../values';
import * as LABOUR from '../data/labour';

export function statutoryAge(p: PersonaData, v: Values): number {
  const arduous = p.arduous && p.arduousYears >= v.arduousMinYears;
  if (p.gender === 'm') return arduous ? v.arduousRetirementAgeMen : v.retirementAgeMen;
  if (arduous) return v.arduousRetirementAgeWomen;
  return p.cadre ? v.retirementAgeWomenCadres : v.retirementAgeWomenWorkers;
}

export function earliestRetirementAge(p: PersonaData, v: Values): number {
  return statutoryAge(p, v) - v.earlyRetirementWindowYears;
}

/** Why this persona cannot take early/internal retirement at this age, or null when eligible. */
export function retirementRefusal(p: PersonaData | Persona, ageYears: number, contributionYears: number, v: Values): Reason | null {
  const statutory = statutoryAge(p, v);
  const earliest = statutory - v.earlyRetirementWindowYears;
  if (ageYears < earliest) {
    return { key: 'reason.tooYoungToRetire', params: { age: ageYears, statutoryAge: statutory, earliestAge: earliest } };
  }
  if (ageYears >= statutory && contributionYears < v.minContributionYears) {
    return { key: 'reason.notEnoughContributionYears', params: { years: Math.floor(contributionYears), required: v.minContributionYears } };
  }
  return null;
}

export function livingAllowance(monthlyWage: number, v: Values): number {
  return Math.round(Math.max(monthlyWage * v.livingAllowanceShareOfWage, v.minimumWage * v.livingAllowanceFloorShareOfMinWage));
}

/** Basic pension + personal account, simplified from Guofa [2005] No. 38 (no interest, no indexation of past wages). */
export function pensionAmount(monthlyWage: number, contributionYears: number, retirementAge: number, v: Values): number {
  if (contributionYears < v.minContributionYears) return 0;
  const avg = v.cityAverageWage;
  const basic = ((avg + monthlyWage) / 2) * contributionYears * LABOUR.pensionBasicRate;
  const divisor = retirementAge >= 60 ? v.pensionDivisor60 : retirementAge >= 55 ? v.pensionDivisor55 : v.pensionDivisor50;
  const account = (monthlyWage * v.pensionAccountRate * 12 * contributionYears) / divisor;
  return Math.round(basic + account);
}
