// Figures the month screen's forms show before a choice, so each choice states its trade-off: what internal
// retirement gives up and gains, what paying one's own pension contributions costs and adds, and a loan sized
// to the project against what a firm of that trade now earns. Pure, read-only: computed from the state and the
// same rules the engine applies (rules/retirement.ts, paths.ts), never changing the state.
import type { GameState } from './types';
import { ageYears, makeCtx } from './ctx';
import { personaWage, startupNeeded, uiMonthsFor } from './paths';
import { livingAllowance, pensionAmount, statutoryAge } from './rules/retirement';
import { BUSINESSES } from './data/businesses';

export interface RetirementTradeoff {
  /** Severance the household would have on any other path, given up by internal retirement (0 if already paid). */
  severanceGivenUp: number;
  /** Unemployment insurance months and amount also given up with the contract. */
  uiMonthsGivenUp: number;
  uiMonthly: number;
  /** Living allowance a month until the statutory age, and for how many months. */
  allowance: number;
  allowanceMonths: number;
  /** Pension a month from the statutory age (the firm keeps contributing meanwhile). */
  pensionAtStatutoryAge: number;
  statutoryAge: number;
}

export function retirementTradeoff(s: GameState): RetirementTradeoff {
  const c = makeCtx(s);
  const h = s.household;
  const wage = personaWage(c);
  const statutory = statutoryAge(c.persona, c.v);
  const months = Math.max(0, statutory * 12 - h.ageMonths);
  const notPaid = !h.severancePaid && !h.leftNeitui;
  return {
    severanceGivenUp: notPaid ? Math.round(wage * c.persona.yearsOfService * c.v.severanceMonthsPerYear) : 0,
    uiMonthsGivenUp: notPaid ? uiMonthsFor(h.contributionYears, c) : 0,
    uiMonthly: Math.round(c.v.uiMonthly),
    allowance: livingAllowance(wage, c.v),
    allowanceMonths: months,
    pensionAtStatutoryAge: pensionAmount(wage, h.contributionYears + months / 12, statutory, c.v),
    statutoryAge: statutory,
  };
}

export interface ContributionFigures {
  /** What paying one's own contributions costs a month. */
  monthly: number;
  /** Pension a month at the statutory age if contributions stop now, and if they go on until then. */
  pensionIfStop: number;
  pensionIfPay: number;
  /** Contribution years now and the minimum a pension needs. */
  years: number;
  minYears: number;
  yearsToStatutory: number;
}

export function contributionFigures(s: GameState): ContributionFigures {
  const c = makeCtx(s);
  const h = s.household;
  const wage = personaWage(c);
  const statutory = statutoryAge(c.persona, c.v);
  const yearsLeft = Math.max(0, statutory - ageYears(s));
  return {
    monthly: Math.round(c.v.cityAverageWage * c.v.selfContributionBaseShare * c.v.selfContributionRate),
    pensionIfStop: pensionAmount(wage, h.contributionYears, statutory, c.v),
    pensionIfPay: pensionAmount(wage, h.contributionYears + yearsLeft, statutory, c.v),
    years: Math.floor(h.contributionYears),
    minYears: c.v.minContributionYears,
    yearsToStatutory: yearsLeft,
  };
}

export interface LoanFigures {
  /** Start-up and licence, and the monthly rent and running costs of the trade. */
  startup: number;
  monthlyCosts: number;
  /** A loan sized to the project: start-up + licence + `months` of costs, rounded up to 1,000, within the cap. */
  projectLoan: number;
  months: number;
  /** Average last-month profit of the trade's open firms (what a firm now earns on a crowded street), or null with none open. */
  expectedProfit: number | null;
  openFirms: number;
  /** What a typical firm of the trade made a month before the layoffs (the data's baseline), for month one. */
  baselineProfit: number;
}

/** How many months of running costs the suggested loan carries. */
export const PROJECT_LOAN_MONTHS = 3;

export function loanFigures(s: GameState, businessId: string): LoanFigures {
  const c = makeCtx(s);
  const b = BUSINESSES.find((x) => x.id === businessId);
  const startup = startupNeeded(c, businessId);
  const monthlyCosts = b ? Math.round((b.rent + b.fixedMonthly) * c.ws) : 0;
  const need = startup + PROJECT_LOAN_MONTHS * monthlyCosts;
  const projectLoan = Math.min(Math.round(c.v.loanCap), Math.ceil(need / 1000) * 1000);
  let sum = 0;
  let n = 0;
  // Before the first month ends no firm has a month's profit to show.
  if (s.history.length) for (const f of s.market.firms) {
    if (f.closedMonth !== null || f.businessId !== businessId) continue;
    // A firm's first month is still filling shelves; its profit says little about the trade.
    if (f.openedMonth >= s.month - 1) continue;
    sum += f.lastProfit;
    n++;
  }
  const open = s.market.firms.reduce((k, f) => k + (f.closedMonth === null && f.businessId === businessId ? 1 : 0), 0);
  return { startup, monthlyCosts, projectLoan, months: PROJECT_LOAN_MONTHS, expectedProfit: n ? Math.round(sum / n) : null, openFirms: open,
    baselineProfit: b ? Math.round(b.baselineProfit * c.ws) : 0 };
}
