// What debt does to people beyond the money: the strain when a bank turns to a guarantor, and the cost in ties of
// borrowing from relatives. No source measures these in meter points; each is a model assumption (L), listed in
// docs/model.md's parameter table so a class can question it.
import type { Param } from '../types';

const p = (value: number, unit: string, source: string): Param => ({ value, unit, source });

const JOINT = 'Guarantee contracts make the guarantor jointly liable (H, domain-parameters); the size of the strain is a model assumption (L)';

/** When the bank makes the guarantor pay (rules/loan.ts settleCalledIn). */
export const GUARANTOR_CALLED = {
  wellbeingLoss: p(15, 'meter points', JOINT),
  tiesLoss: p(10, 'meter points', JOINT + '; word gets round among former co-workers'),
  relationshipLoss: p(45, 'meter points (guarantor)', JOINT),
  hardshipBase: p(30, 'meter points (guarantor)', JOINT),
  hardshipPerShare: p(40, 'meter points per share of savings paid', JOINT + '; more hardship the larger the share of their savings taken'),
};

/** Asking relatives to cover an instalment (events.ts debt.instalmentShort). */
export const RELATIVES_LOAN = {
  tiesCost: p(2, 'meter points', 'Model assumption: asking for money strains family ties a little; loans among relatives are usually interest-free (M) (L)'),
};

/** Letting an instalment go unpaid (events.ts debt.instalmentShort). */
export const MISSED_PAYMENT = {
  wellbeingCost: p(3, 'meter points', 'Model assumption: worry over a missed payment and the bank\'s letters (L)'),
};

/** The loan form (paths.ts, actions.ts). */
export const LOAN_FORM = {
  minTermMonths: p(6, 'months', 'Model assumption, no source (L): the shortest term the form accepts'),
  suggestedInformalLoan: p(2000, '2016 yuan', 'Interface default, not a model parameter (L): the amount first offered in the borrowing form'),
};
