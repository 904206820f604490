// Every action the player could take now, each with eligible/reason and the numbers the UI can show.
import type { Action, ActionOption, GameState } from './types';
import { LOCATION_IDS, PATH_IDS } from './types';
import { ageYears, is4050, makeCtx, type Ctx } from './ctx';
import { BUSINESSES, LOCATIONS } from './data/businesses';
import { COURSES } from './data/courses';
import { DESTINATIONS } from './data/destinations';
import { checkAction } from './engine';
import { loanDue } from './rules/loan';
import { livingAllowance, statutoryAge } from './rules/retirement';
import { migrationCost, personaWage, startupNeeded, uiMonthsFor } from './paths';

function option(s: GameState, c: Ctx, action: Action, figures: Record<string, number>): ActionOption {
  const reason = checkAction(s, c, action);
  return reason ? { action, eligible: false, reason, figures } : { action, eligible: true, figures };
}

/** A reasonable default loan: start-up costs plus six months of rent and fixed costs, rounded up to 5,000.
 * While the interest is subsidised the loan costs nothing if repaid on time, so borrowers keep their own
 * savings and severance as the family's reserve and borrow for the business. */
export function defaultLoanAmount(_s: GameState, c: Ctx, businessId: string): number {
  const need = startupNeeded(c, businessId) + 6 * monthlyFixed(c, businessId);
  const step = 5000 * c.ws;
  const rounded = Math.ceil(Math.max(0, need) / step) * step;
  return Math.min(Math.round(c.v.loanCap), Math.round(rounded));
}

function monthlyFixed(c: Ctx, businessId: string): number {
  const b = BUSINESSES.find((x) => x.id === businessId);
  return b ? Math.round((b.rent + b.fixedMonthly) * c.ws) : 0;
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
  }));
  const sev = h.severancePaid || h.leftNeitui ? 0 : Math.round(personaWage(c) * c.persona.yearsOfService * c.v.severanceMonthsPerYear);
  const uiMonths = h.severancePaid ? h.uiMonthsLeft : uiMonthsFor(h.contributionYears, c);
  for (const course of COURSES) {
    out.push(option(s, c, { type: 'choosePath', path: 'retrain', courseId: course.id }, {
      months: course.months, fee: Math.round(course.fee * c.ws), stipend: Math.round(course.stipend * c.ws), wage: Math.round(course.wage * c.ws),
      placementOdds: Math.round(course.placementOdds * course.genderFactor[c.persona.gender] * (is4050(c, age) ? c.v.agePenalty4050 : 1) * 1000) / 1000,
      severance: sev, uiMonths, uiMonthly: Math.round(c.v.uiMonthly),
    }));
  }
  for (const d of DESTINATIONS) {
    for (const bring of h.children.length > 0 ? [false, true] : [false]) {
      out.push(option(s, c, { type: 'choosePath', path: 'migrate', destinationId: d.id, bringChildren: bring }, {
        wage: Math.round(d.wage * c.v.migrantWageScale), livingCost: Math.round(d.livingCost * c.ps), upfrontCost: migrationCost(s, c, d.id, bring),
        maxHireAge: d.maxHireAge, hireOdds: Math.round(d.hireOdds * d.genderFactor[c.persona.gender] * (age > d.maxHireAge ? 0.12 : 1) * 1000) / 1000,
        childCost: bring ? Math.round(d.childCostIfBrought * c.ps * h.children.length) : 0, publicSchoolOdds: d.publicSchoolOdds, severance: sev,
      }));
    }
  }
  for (const b of BUSINESSES) {
    const loanAmount = defaultLoanAmount(s, c, b.id);
    const termMonths = Math.round(c.v.loanDefaultTermMonths);
    const location = b.stallAllowed && b.rent === 0 ? 'streetStall' : 'sideStreet';
    const n = s.market.firms.reduce((k, f) => k + (f.closedMonth === null && f.businessId === b.id ? 1 : 0), 0);
    out.push(option(s, c, { type: 'choosePath', path: 'business', businessId: b.id, loanAmount, termMonths, location }, {
      startupCost: startupNeeded(c, b.id), rent: Math.round(b.rent * c.ws * LOCATIONS[location].rentFactor), loanCap: Math.round(c.v.loanCap),
      maxTermMonths: Math.round(c.v.loanMaxTermMonths), monthlyInstalment: loanAmount > 0 ? Math.ceil(loanAmount / termMonths) : 0,
      openFirms: n, priceIndex: s.market.priceIndex[b.id] ?? 1, severance: sev, annualRate: c.v.loanAnnualRate,
    }));
  }
  void LOCATION_IDS;
  void PATH_IDS;
  out.push(option(s, c, { type: 'closeBusiness' }, { owed: h.debts.bankLoan + h.debts.arrears }));
  out.push(option(s, c, { type: 'returnHome' }, {}));
  out.push(option(s, c, { type: 'takePublicWelfareJob' }, { wage: Math.round(c.v.publicWelfareWage) }));
  if (h.job) out.push(option(s, c, { type: 'quitJob' }, { wage: h.job.wage }));
  out.push(option(s, c, { type: 'setContributions', on: !h.payingContributions }, { monthly: Math.round(c.v.cityAverageWage * c.v.selfContributionBaseShare * c.v.selfContributionRate) }));
  const relAmount = Math.max(1, Math.min(h.relativesCapacity, Math.round(2000 * c.ws)));
  out.push(option(s, c, { type: 'borrowInformal', source: 'relatives', amount: relAmount }, { max: h.relativesCapacity, monthlyRate: 0 }));
  const sharkRoom = Math.max(0, Math.round(c.v.loanSharkCap) - h.debts.loanShark);
  out.push(option(s, c, { type: 'borrowInformal', source: 'loanShark', amount: Math.max(1, Math.min(sharkRoom, Math.round(2000 * c.ws))) }, { max: sharkRoom, monthlyRate: c.v.loanSharkMonthlyRate }));
  for (const target of ['arrears', 'loanShark', 'informalRelatives', 'owedToGuarantor', 'unpaidBills', 'bankLoan'] as const) {
    const owed = h.debts[target];
    const amount = Math.max(1, Math.min(owed, Math.max(0, h.cash)));
    out.push(option(s, c, { type: 'repayExtra', target, amount }, { owed, max: Math.min(owed, Math.max(0, h.cash)) }));
  }
  return out;
}
