// A household's monthly costs in 2016 yuan (scaled by the scenario's priceScale), and informal credit terms.
import type { Param } from '../types';
import type { ParamDocTable } from './param-docs';

const p = (value: number, unit: string, source: string): Param => ({ value, unit, source });

export const HOUSEHOLD_COSTS = {
  foodPerAdult: p(520, 'yuan/month', 'NBS 2016 urban food spending ~563 yuan/person/month, lower in coal towns (H/M)'),
  foodPerChild: p(350, 'yuan/month', 'Model estimate from NBS 2016 food spending (M)'),
  housingOwnFlat: p(200, 'yuan/month', 'Former danwei flat: property fees and heating share (L)'),
  housingRented: p(900, 'yuan/month', 'Two-room flat in a northern mining town, 2016 (L)'),
  utilities: p(180, 'yuan/month', 'Water, power, gas, phone (L)'),
  kindergarten: p(400, 'yuan/month', 'Private kindergarten fees in small towns (L)'),
  compulsorySchool: p(150, 'yuan/month', 'Compulsory schooling is free; extras, meals, materials (M)'),
  highSchool: p(600, 'yuan/month', 'Public senior high fees and boarding (M)'),
  sickElderMedical: p(450, 'yuan/month', 'Chronic illness out-of-pocket costs after insurance (M)'),
  childCareRemittance: p(500, 'yuan/month', 'Money sent to relatives who look after left-behind children (M); ACWF 2013: 61m left-behind children (H)'),
  relativesLoanRepayShare: p(0, 'interest per month', 'Loans among relatives are usually interest-free (M)'),
};

/** School stages by a child's age in years (engine.ts school costs, events.ts school terms). */
export const schoolAgesKindergartenFrom = 3;
export const schoolAgesSchoolFrom = 6;
export const schoolAgesHighSchoolFrom = 15;
export const schoolAgesSchoolTo = 18;
export const SCHOOL_AGES_DOC: ParamDocTable = {
  schoolAgesKindergartenFrom: ['years', 'Kindergarten from 3 (M)'],
  schoolAgesSchoolFrom: ['years', 'Compulsory Education Law: schooling from 6 (H)'],
  schoolAgesHighSchoolFrom: ['years', 'Senior high school from about 15, after nine compulsory years (H/M)'],
  schoolAgesSchoolTo: ['years', 'Senior high school ends at about 18 (M)'],
};

export type HouseholdCostKey = keyof typeof HOUSEHOLD_COSTS;
