// Every action the player could take now, each with eligible/reason and the numbers the UI can show.
import type { Action, ActionOption, GameState } from './types';
import { LOCATION_IDS, PATH_IDS } from './types';
import { ageYears, makeCtx, type Ctx } from './ctx';
import { BUSINESSES, LOCATIONS } from './data/businesses';
import { COURSES } from './data/courses';
import { DESTINATIONS } from './data/destinations';
import type { LocationId } from './types';
import { checkAction } from './engine';
import { loanDue, relativesCanLend } from './rules/loan';
import { livingAllowance, pensionAmount, statutoryAge } from './rules/retirement';
import { contributionCost, localJobOdds, localWageRange, migrantJobOdds, severanceAmount } from './rules/labour';
import { projectLoanLimit, tradeExists } from './market';
import { migrationCost, personaWage, startupNeeded, uiMonthsFor } from './paths';
import * as CREDIT from './data/credit';

/** What paying one's own contributions costs and what it does to the pension: the figures the contributions
 * choice shows (pension with contributions to the statutory age, and with none from now). */
export function contributionFigures(s: GameState, c: Ctx): Record<string, number> {
  const h = s.household;
  const statutory = statutoryAge(c.persona, c.v);
  const yearsLeft = Math.max(0, statutory - h.ageMonths / 12);
  const wage = personaWage(c);
  return {
    monthly: contributionCost(c),
    pensionIfPaying: pensionAmount(wage, h.contributionYears + yearsLeft, statutory, c.v),
    pensionIfStopped: pensionAmount(wage, h.contributionYears, statutory, c.v),
    contributionYears: Math.round(h.contributionYears * 10) / 10,
    minYears: c.v.minContributionYears,
    statutoryAge: statutory,
  };
}

function option(s: GameState, c: Ctx, action: Action, figures: Record<string, number>): ActionOption {
  const reason = checkAction(s, c, action);
  return reason ? { action, eligible: false, reason, figures } : { action, eligible: true, figures };
}

/** The loan the form starts at, and the automatic player and the cohort take: sized to the project (start-up,
 * licence and a few months' running costs), as the scheme lends; never above it. */
export function defaultLoanAmount(_s: GameState, c: Ctx, businessId: string, location?: LocationId): number {
  const b = BUSINESSES.find((x) => x.id === businessId);
  if (!b) return 0;
  return projectLoanLimit(c.v, c.ws, businessId, location ?? defaultLocation(b));
}

/** Where a trade sets up unless the player says otherwise: a stall if it needs no shop, else a side street. */
export function defaultLocation(b: { stallAllowed: boolean; rent: number }): LocationId {
  return b.stallAllowed && b.rent === 0 ? 'streetStall' : 'sideStreet';
}

export function availableActions(state: GameState): ActionOption[] {
  let c: Ctx;
  try {
    c = makeCtx(state);
  } catch {
    return [];
  }
  const s = state;
  const h = s.household;
  const out: ActionOption[] = [];
  if (s.pendingEvent) {
    for (const ch of s.pendingEvent.choices) out.push(option(s, c, { type: 'resolveEvent', choiceId: ch.id }, ch.figures));
  }
  out.push(option(s, c, { type: 'endMonth' }, { month: s.month, monthsLeft: s.monthsTotal - s.month, loanDue: loanDue(s).total }));
  const age = ageYears(s);
  const statutory = statutoryAge(c.persona, c.v);
  out.push(option(s, c, { type: 'choosePath', path: 'retire' }, {
    age, statutoryAge: statutory, earliestAge: statutory - c.v.earlyRetirementWindowYears,
    livingAllowance: livingAllowance(personaWage(c), c.v), monthsToPension: Math.max(0, statutory * 12 - h.ageMonths),
    // What internal retirement gives up and gains: no severance or insurance; the allowance until the pension,
    // contributions paid by the firm to the statutory age.
    severanceGivenUp: h.severancePaid || h.leftNeitui ? 0 : severanceAmount(c), uiGivenUp: uiMonthsFor(h.contributionYears, c) * Math.round(c.v.uiMonthly),
    pensionAtStatutory: pensionAmount(personaWage(c), h.contributionYears + Math.max(0, statutory - h.ageMonths / 12), statutory, c.v),
  }));
  const sev = h.severancePaid || h.leftNeitui ? 0 : severanceAmount(c);
  const uiMonths = h.severancePaid ? h.uiMonthsLeft : uiMonthsFor(h.contributionYears, c);
  const [wageLo, wageHi] = localWageRange(c);
  const noCourseOdds = localJobOdds(s, c, null);
  for (const course of COURSES) {
    if (!tradeExists(course, c.scenario.year)) continue;
    out.push(option(s, c, { type: 'choosePath', path: 'retrain', courseId: course.id }, {
      months: course.months, fee: Math.round(course.fee * c.ws), stipend: Math.round(course.stipend * c.ws), wage: Math.round((wageLo + wageHi) / 2),
      placementOdds: Math.round(localJobOdds(s, c, course) * 1000) / 1000, noCourseOdds: Math.round(noCourseOdds * 1000) / 1000,
      jobSeekers: Math.round(Math.max(0, s.market.cohort.seekers - s.market.cohort.employedLocal - s.market.cohort.welfarePosts)),
      severance: sev, uiMonths, uiMonthly: Math.round(c.v.uiMonthly),
    }));
  }
  for (const d of DESTINATIONS) {
    for (const bring of h.children.length > 0 ? [false, true] : [false]) {
      out.push(option(s, c, { type: 'choosePath', path: 'migrate', destinationId: d.id, bringChildren: bring }, {
        wage: Math.round(d.wage * c.v.migrantWageScale), livingCost: Math.round(d.livingCost * c.ps), upfrontCost: migrationCost(s, c, d.id, bring),
        maxHireAge: d.maxHireAge, hireOdds: Math.round(migrantJobOdds(s, c, d) * 1000) / 1000,
        childCost: bring ? Math.round(d.childCostIfBrought * c.ps * h.children.length) : 0, publicSchoolOdds: d.publicSchoolOdds, severance: sev,
      }));
    }
  }
  for (const b of BUSINESSES) {
    if (!tradeExists(b, c.scenario.year)) continue;
    const location = defaultLocation(b);
    const loanAmount = defaultLoanAmount(s, c, b.id, location);
    const termMonths = Math.round(c.v.loanDefaultTermMonths);
    const n = s.market.firms.reduce((k, f) => k + (f.closedMonth === null && f.businessId === b.id ? 1 : 0), 0);
    out.push(option(s, c, { type: 'choosePath', path: 'business', businessId: b.id, loanAmount, termMonths, location }, {
      startupCost: startupNeeded(c, b.id), rent: Math.round(b.rent * c.ws * LOCATIONS[location].rentFactor), loanCap: Math.round(c.v.loanCap),
      maxTermMonths: Math.round(c.v.loanMaxTermMonths), monthlyInstalment: loanAmount > 0 ? Math.ceil(loanAmount / termMonths) : 0,
      openFirms: n, priceIndex: s.market.priceIndex[b.id] ?? 1, severance: sev, annualRate: c.v.loanAnnualRate, loanLimit: loanAmount,
    }));
  }
  void LOCATION_IDS;
  void PATH_IDS;
  out.push(option(s, c, { type: 'closeBusiness' }, { owed: h.debts.bankLoan + h.debts.arrears }));
  out.push(option(s, c, { type: 'returnHome' }, {}));
  out.push(option(s, c, { type: 'takePublicWelfareJob' }, { wage: Math.round(c.v.publicWelfareWage), postsFree: Math.floor(s.market.town.welfarePostsFree) }));
  if (h.job) out.push(option(s, c, { type: 'quitJob' }, { wage: h.job.wage }));
  out.push(option(s, c, { type: 'setContributions', on: !h.payingContributions }, contributionFigures(s, c)));
  const relMax = relativesCanLend(s);
  const relAmount = Math.max(1, Math.min(relMax, Math.round(CREDIT.loanFormSuggestedInformalLoan * c.ws)));
  out.push(option(s, c, { type: 'borrowInformal', source: 'relatives', amount: relAmount }, { max: relMax, monthlyRate: 0 }));
  const sharkRoom = Math.max(0, Math.round(c.v.loanSharkCap) - h.debts.loanShark);
  out.push(option(s, c, { type: 'borrowInformal', source: 'loanShark', amount: Math.max(1, Math.min(sharkRoom, Math.round(CREDIT.loanFormSuggestedInformalLoan * c.ws))) }, { max: sharkRoom, monthlyRate: c.v.loanSharkMonthlyRate }));
  for (const target of ['arrears', 'loanShark', 'informalRelatives', 'owedToGuarantor', 'unpaidBills', 'bankLoan'] as const) {
    const owed = h.debts[target];
    const amount = Math.max(1, Math.min(owed, Math.max(0, h.cash)));
    out.push(option(s, c, { type: 'repayExtra', target, amount }, { owed, max: Math.min(owed, Math.max(0, h.cash)) }));
  }
  return out;
}
