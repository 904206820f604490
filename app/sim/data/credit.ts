// What debt does to people beyond the money: the strain when a bank turns to a guarantor, and the cost in ties of
// borrowing from relatives. No source measures these in meter points; each is a model assumption (L), listed in
// docs/model.md's parameter table so a class can question it.
import type { ParamDocTable } from './param-docs';

const JOINT = 'Guarantee contracts make the guarantor jointly liable (H, domain-parameters); the size of the strain is a model assumption (L)';

/** When the bank makes the guarantor pay (rules/loan.ts settleCalledIn). */
export const guarantorCalledWellbeingLoss = 15;
export const guarantorCalledTiesLoss = 10;
export const guarantorCalledRelationshipLoss = 45;
export const guarantorCalledHardshipBase = 30;
export const guarantorCalledHardshipPerShare = 40;
export const GUARANTOR_CALLED_DOC: ParamDocTable = {
  guarantorCalledWellbeingLoss: ['meter points', JOINT],
  guarantorCalledTiesLoss: ['meter points', JOINT + '; word gets round among former co-workers'],
  guarantorCalledRelationshipLoss: ['meter points (guarantor)', JOINT],
  guarantorCalledHardshipBase: ['meter points (guarantor)', JOINT],
  guarantorCalledHardshipPerShare: ['meter points per share of savings paid', JOINT + '; more hardship the larger the share of their savings taken'],
};

/** Asking relatives to cover an instalment (events.ts debt.instalmentShort). */
export const relativesLoanTiesCost = 2;
export const RELATIVES_LOAN_DOC: ParamDocTable = {
  relativesLoanTiesCost: ['meter points', 'Model assumption: asking for money strains family ties a little; loans among relatives are usually interest-free (M) (L)'],
};

/** Letting an instalment go unpaid (events.ts debt.instalmentShort). */
export const missedPaymentWellbeingCost = 3;
export const MISSED_PAYMENT_DOC: ParamDocTable = {
  missedPaymentWellbeingCost: ['meter points', 'Model assumption: worry over a missed payment and the bank\'s letters (L)'],
};

/** The loan form (paths.ts, actions.ts). */
export const loanFormMinTermMonths = 6;
export const loanFormSuggestedInformalLoan = 2000;
export const LOAN_FORM_DOC: ParamDocTable = {
  loanFormMinTermMonths: ['months', 'Model assumption, no source (L): the shortest term the form accepts'],
  loanFormSuggestedInformalLoan: ['2016 yuan', 'Interface default, not a model parameter (L): the amount first offered in the borrowing form'],
};
