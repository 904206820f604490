// The four paths (and switching between them): each `check*` says why an option is refused (a Reason) or
// returns null; each `apply*` changes a draft state and records flows and timeline entries.
// Switching costs are real: a closed business still owes its loan; a returning migrant has spent the move;
// leaving internal retirement gives up the allowance for good.
import type { Action, GameState, LocationId, PathId, Reason } from './types';
import { LOCATION_IDS } from './types';
import { addFlow, addTimeline, ageYears, is4050, type Ctx } from './ctx';
import { findBusiness, LOCATIONS, playerBusinessMissingSkillQuality, playerBusinessPoorHealthHoursLoss, playerBusinessSalvageShare } from './data/businesses';
import { findCourse } from './data/courses';
import { findDestination, migrationBlacklistedExtraLivingShare, migrationChildFareShare, migrationDepositBackShare } from './data/destinations';


import { livingAllowance, pensionAmount, retirementRefusal, statutoryAge } from './rules/retirement';
import { newLoan } from './rules/loan';
import { closePlayerFirm, entryShock, openFirm, projectLoanLimit, tradeExists } from './market';
import { personaWage, severanceAmount } from './rules/labour';
import * as CREDIT from './data/credit';
import * as LABOUR from './data/labour';
import * as METERS from './data/meters';

type ChooseAction = Extract<Action, { type: 'choosePath' }>;

export { personaWage };

/** The half of a migrant's deposit that comes back on leaving; the rest is lost to the landlord or agent. */
function depositBack(c: Ctx, destinationId: string): number {
  return Math.round((findDestination(destinationId)?.deposit ?? 0) * c.ps * migrationDepositBackShare);
}

export function uiMonthsFor(contributionYears: number, c: Ctx): number {
  if (contributionYears >= LABOUR.uiYearsLong) return c.v.uiMonthsLong;
  if (contributionYears >= LABOUR.uiYearsMid) return c.v.uiMonthsMid;
  if (contributionYears >= LABOUR.uiYearsShort) return c.v.uiMonthsShort;
  return 0;
}

export function businessOpen(s: GameState): boolean {
  return s.path?.path === 'business';
}

function commonRefusal(s: GameState, a: ChooseAction): Reason | null {
  if (s.pendingEvent) return { key: 'reason.resolveEventFirst' };
  if (s.path?.path === 'business' && a.path !== 'business') return { key: 'reason.closeBusinessFirst' };
  if (s.path?.path === 'business') return { key: 'reason.alreadyRunningBusiness' };
  if (s.household.location === 'away') return { key: 'reason.returnHomeFirst' };
  return null;
}

export function checkChoosePath(s: GameState, c: Ctx, a: ChooseAction): Reason | null {
  const common = commonRefusal(s, a);
  if (common) return common;
  const h = s.household;
  const age = ageYears(s);
  switch (a.path) {
    case 'retire': {
      if (h.retirement === 'pension') return { key: 'reason.alreadyRetired' };
      if (h.retirement === 'neitui') return { key: 'reason.alreadyRetired' };
      const refusal = retirementRefusal(c.persona, age, h.contributionYears, c.v);
      if (refusal) return refusal;
      const statutory = statutoryAge(c.persona, c.v);
      if (age < statutory && (h.severancePaid || h.leftNeitui)) return { key: 'reason.neituiOnlyAtLayoff' };
      return null;
    }
    case 'retrain': {
      const course = findCourse(a.courseId);
      if (!course || !tradeExists(course, c.scenario.year)) return { key: 'reason.unknownCourse', params: { id: String(a.courseId) } };
      if (s.path?.path === 'retrain' && s.path.courseId === a.courseId && s.month < s.path.courseEndsMonth) return { key: 'reason.alreadyOnCourse' };
      // Subsidised courses are for the registered unemployed, one per spell without work.
      if (h.retirement === 'pension') return { key: 'reason.retiredNotEligible' };
      if (h.job && h.job.kind !== 'publicWelfare') return { key: 'reason.quitJobFirst' };
      if (h.coursesTaken >= 1) return { key: 'reason.oneCoursePerSpell' };
      const fee = Math.round(course.fee * c.ws);
      if (fee > h.cash) return { key: 'reason.notEnoughCash', params: { needed: fee, have: h.cash } };
      return null;
    }
    case 'migrate': {
      const d = findDestination(a.destinationId);
      if (!d) return { key: 'reason.unknownDestination', params: { id: String(a.destinationId) } };
      if (a.bringChildren && h.children.length === 0) return { key: 'reason.noChildrenToBring' };
      const cost = migrationCost(s, c, a.destinationId, a.bringChildren);
      if (cost > h.cash) return { key: 'reason.notEnoughCash', params: { needed: cost, have: h.cash } };
      return null;
    }
    case 'business': {
      const b = findBusiness(a.businessId);
      if (!b || !tradeExists(b, c.scenario.year)) return { key: 'reason.unknownBusiness', params: { id: String(a.businessId) } };
      const location: LocationId = a.location ?? (b.stallAllowed && b.rent === 0 ? 'streetStall' : 'sideStreet');
      if (!LOCATION_IDS.includes(location)) return { key: 'reason.unknownLocation', params: { id: String(location) } };
      if (location === 'streetStall' && !b.stallAllowed) return { key: 'reason.noStallForThisBusiness' };
      const loanAmount = a.loanAmount;
      if (!Number.isFinite(loanAmount) || loanAmount < 0 || Math.round(loanAmount) !== loanAmount) return { key: 'reason.badAmount' };
      if (loanAmount > 0) {
        if (h.blacklisted) return { key: 'reason.blacklistedNoCredit' };
        if (h.defaulted || (h.loan && h.loan.status !== 'repaid')) return { key: 'reason.existingLoan' };
        if (age > c.v.borrowerMaxAge) return { key: 'reason.tooOldForLoan', params: { age, maxAge: c.v.borrowerMaxAge } };
        if (loanAmount > c.v.loanCap) return { key: 'reason.loanAboveCap', params: { cap: c.v.loanCap } };
        // The scheme lends for the project: start-up costs and a few months' working capital, no more.
        const limit = projectLoanLimit(c.v, c.ws, b.id, location);
        if (loanAmount > limit) return { key: 'reason.loanAboveProject', params: { limit } };
        // A guarantor signs for someone they still trust, and a household cut off from its old workmates and
        // neighbours (ties under 20) finds nobody to vouch for it.
        if (!s.guarantor || s.guarantor.blacklisted || s.guarantor.relationship < METERS.guarantorMinRelationship || s.guarantor.laidOff || h.meters.ties < METERS.guarantorMinTies) return { key: 'reason.noGuarantor' };
        const term = a.termMonths;
        if (!Number.isInteger(term) || term < CREDIT.loanFormMinTermMonths || term > c.v.loanMaxTermMonths) return { key: 'reason.badTerm', params: { max: c.v.loanMaxTermMonths } };
      }
      const needed = startupNeeded(c, a.businessId);
      if (needed > h.cash + loanAmount) return { key: 'reason.cannotAffordStartup', params: { needed, have: h.cash + loanAmount } };
      return null;
    }
    default:
      return { key: 'reason.unknownPath', params: { path: String((a as { path: unknown }).path) } };
  }
}

export function startupNeeded(c: Ctx, businessId: string): number {
  const b = findBusiness(businessId);
  if (!b) return 0;
  return Math.round((b.startupCost + b.licence) * c.ws);
}

export function migrationCost(s: GameState, c: Ctx, destinationId: string, bringChildren: boolean): number {
  const d = findDestination(destinationId);
  if (!d) return 0;
  const kids = bringChildren ? s.household.children.length : 0;
  // Blacklisted people cannot buy high-speed rail or plane tickets: the slow train costs less money but more days
  // (modelled as an extra week's living cost on the road).
  return travelCost(s, c, destinationId, kids) + Math.round(d.deposit * c.ps);
}

/** The fare for the worker and the children who go along. Blacklisted people cannot buy plane or high-speed rail
 * tickets (ordinary trains stay allowed): the slow train costs more days on the road (an extra week's living cost). */
export function travelCost(s: GameState, c: Ctx, destinationId: string, kids: number): number {
  const d = findDestination(destinationId);
  if (!d) return 0;
  const slow = s.household.blacklisted ? Math.round(d.livingCost * c.ps * migrationBlacklistedExtraLivingShare) : 0;
  return Math.round(d.travel * (1 + kids * migrationChildFareShare) * c.ps) + slow;
}

/** The 1998 re-employment service centre: leaving it (a job, a business, leaving town, or the end of its three
 * years) ends the basic living allowance; the unit then buys out the years of service and unemployment insurance
 * follows for those still without work. */
export function leaveCentre(s: GameState, c: Ctx): void {
  const h = s.household;
  h.centreMonthsLeft = 0;
  if (h.severancePaid) return;
  h.severancePaid = true;
  const buyOut = severanceAmount(c);
  addFlow(s, 'severance', buyOut);
  h.uiMonthsLeft = uiMonthsFor(h.contributionYears, c);
  h.uiMonthly = Math.round(c.v.uiMonthly);
  addTimeline(s, c, 'timeline.leftCentre', { severance: buyOut, uiMonths: h.uiMonthsLeft }, true);
}

/** Severance and unemployment insurance when the contract ends (any path but internal retirement). */
function terminateContract(s: GameState, c: Ctx, leavingTown: boolean): void {
  const h = s.household;
  if (h.centreMonthsLeft > 0) {
    // 1998: a worker in the re-employment centre who opens a business or leaves town is bought out.
    if (leavingTown) leaveCentre(s, c);
    return;
  }
  if (h.severancePaid || h.retirement !== 'none' || h.leftNeitui) return;
  if (c.v.xiagangCentre > 0) {
    // 1998: xiagang workers stayed attached to the unit, on the centre's basic living allowance, for up to three
    // years; contributions continued. A business or a move away means leaving the centre with a buy-out.
    h.centreMonthsLeft = Math.round(c.v.centreMonths);
    addTimeline(s, c, 'timeline.enteredCentre', { allowance: Math.round(c.v.centreAllowance), months: h.centreMonthsLeft }, true);
    if (leavingTown) leaveCentre(s, c);
    return;
  }
  h.severancePaid = true;
  const severance = severanceAmount(c);
  addFlow(s, 'severance', severance);
  h.uiMonthsLeft = uiMonthsFor(h.contributionYears, c);
  h.uiMonthly = Math.round(c.v.uiMonthly);
  // Paying one's own contributions is a choice the household makes (the contributions card / action).
  h.payingContributions = false;
  addTimeline(s, c, 'timeline.contractEnded', { severance, uiMonths: h.uiMonthsLeft }, true);
}

function leaveCurrentPath(s: GameState, c: Ctx, next: PathId): void {
  const h = s.household;
  if (h.retirement === 'neitui' && next !== 'retire') {
    h.retirement = 'none';
    h.leftNeitui = true;
    h.livingAllowance = 0;
    h.payingContributions = false;
    addTimeline(s, c, 'timeline.leftNeitui', {}, true);
  }
  if (h.job && h.job.kind === 'publicWelfare' && next !== 'retrain') {
    s.market.town.welfarePostsFree++;
    h.job = null;
    h.employed = false;
  }
}

export function applyChoosePath(s: GameState, c: Ctx, a: ChooseAction): void {
  const h = s.household;
  leaveCurrentPath(s, c, a.path);
  let detail: string | null = null;
  switch (a.path) {
    case 'retire': {
      const age = ageYears(s);
      const statutory = statutoryAge(c.persona, c.v);
      if (age >= statutory) {
        h.retirement = 'pension';
        h.pension = pensionAmount(personaWage(c), h.contributionYears, statutory, c.v);
        s.path = { path: 'retire', kind: 'pension', sinceMonth: s.month };
        addTimeline(s, c, 'timeline.pensionStarts', { pension: h.pension }, true);
      } else {
        h.retirement = 'neitui';
        h.livingAllowance = livingAllowance(personaWage(c), c.v);
        s.path = { path: 'retire', kind: 'neitui', sinceMonth: s.month };
        addTimeline(s, c, 'timeline.neituiStarts', { allowance: h.livingAllowance, statutoryAge: statutory }, true);
      }
      detail = s.path.kind;
      break;
    }
    case 'retrain': {
      terminateContract(s, c, false);
      const course = findCourse(a.courseId)!;
      if (h.job?.kind === 'publicWelfare') {
        s.market.town.welfarePostsFree++;
        h.job = null;
        h.employed = false;
      }
      h.coursesTaken++;
      addFlow(s, 'courseFee', -Math.round(course.fee * c.ws));
      s.path = { path: 'retrain', courseId: course.id, sinceMonth: s.month, courseEndsMonth: s.month + course.months };
      detail = course.id;
      addTimeline(s, c, 'timeline.courseStarted', { courseId: course.id, months: course.months }, true);
      break;
    }
    case 'migrate': {
      terminateContract(s, c, true);
      const d = findDestination(a.destinationId)!;
      addFlow(s, 'travel', -travelCost(s, c, d.id, a.bringChildren ? h.children.length : 0));
      addFlow(s, 'deposit', -Math.round(d.deposit * c.ps));
      if (h.job) {
        h.job = null;
        h.employed = false;
      }
      h.location = 'away';
      for (const ch of h.children) ch.withMigrant = a.bringChildren;
      s.path = { path: 'migrate', destinationId: d.id, sinceMonth: s.month, bringChildren: a.bringChildren, monthsUnemployed: 0 };
      detail = d.id;
      addTimeline(s, c, a.bringChildren ? 'timeline.migratedWithChildren' : 'timeline.migrated', { destinationId: d.id }, true);
      break;
    }
    case 'business': {
      terminateContract(s, c, true);
      const b = findBusiness(a.businessId)!;
      const location: LocationId = a.location ?? (b.stallAllowed && b.rent === 0 ? 'streetStall' : 'sideStreet');
      if (h.job) {
        h.job = null;
        h.employed = false;
      }
      if (a.loanAmount > 0) {
        h.loan = newLoan(a.loanAmount, a.termMonths, s.month, c);
        h.debts.bankLoan += a.loanAmount;
        addFlow(s, 'loanDisbursed', a.loanAmount);
        if (s.guarantor) s.guarantor.bound = true;
      }
      addFlow(s, 'businessStartup', -Math.round(b.startupCost * c.ws));
      addFlow(s, 'licence', -Math.round(b.licence * c.ws));
      const firm = openFirm(s, b.id, 'player', location, 0, 1, 0, 0, false, entryShock(c.v, c.rng));
      s.path = { path: 'business', businessId: b.id, firmId: firm.id, location, sinceMonth: s.month, lossMonths: 0, profitSum: 0, profitMonths: 0 };
      detail = b.id;
      addTimeline(s, c, 'timeline.businessOpened', { businessId: b.id, loan: a.loanAmount, location }, true);
      break;
    }
  }
  s.pathsTaken.push({ path: a.path, month: s.month, detail });
  if (c.emit) c.events.push({ type: 'pathChosen', month: s.month, key: `path.${a.path}.name`, params: { path: a.path, detail: detail ?? '' } });
}

export function playerQuality(s: GameState, c: Ctx): number {
  if (s.path?.path !== 'business') return 1;
  const b = findBusiness(s.path.businessId);
  if (!b) return 1;
  // Same scale as cohort founders' quality (0.8-1.2, mean 1): they too open trades they know, so a matching
  // skill is the norm (1.0) and a missing one a handicap (0.8), not a bonus over the market.
  const fit = b.skills.length === 0 || b.skills.some((k) => c.persona.skills.includes(k)) ? 1 : playerBusinessMissingSkillQuality;
  // Poor health limits the hours a one-person business can open (cohort founders are of ordinary health).
  const full = METERS.meterEffectsHealthFullFrom;
  const health = 1 - playerBusinessPoorHealthHoursLoss * Math.max(0, (full - s.household.meters.health) / full);
  return fit * health;
}

export function checkCloseBusiness(s: GameState): Reason | null {
  if (s.pendingEvent) return { key: 'reason.resolveEventFirst' };
  if (s.path?.path !== 'business') return { key: 'reason.noBusiness' };
  return null;
}

export function applyCloseBusiness(s: GameState, c: Ctx, forced: boolean): void {
  if (s.path?.path !== 'business') return;
  const b = findBusiness(s.path.businessId);
  closePlayerFirm(s, s.path.firmId);
  // Second-hand equipment and leftover stock fetch a fraction of what they cost.
  const salvage = b ? Math.round(b.startupCost * c.ws * playerBusinessSalvageShare) : 0;
  addFlow(s, 'salvage', salvage);
  addTimeline(s, c, forced ? 'timeline.businessForcedClosed' : 'timeline.businessClosed', { businessId: s.path.businessId, owed: s.household.debts.bankLoan + s.household.debts.arrears, salvage }, true);
  s.path = null;
}

export function checkReturnHome(s: GameState, c: Ctx): Reason | null {
  if (s.pendingEvent) return { key: 'reason.resolveEventFirst' };
  if (s.household.location !== 'away' || s.path?.path !== 'migrate') return { key: 'reason.notAway' };
  const fare = travelCost(s, c, s.path.destinationId, s.path.bringChildren ? s.household.children.length : 0);
  const back = depositBack(c, s.path.destinationId);
  if (fare > s.household.cash + back) return { key: 'reason.notEnoughCash', params: { needed: fare, have: s.household.cash + back } };
  return null;
}

export function applyReturnHome(s: GameState, c: Ctx): void {
  const h = s.household;
  if (s.path?.path !== 'migrate') return;
  const d = findDestination(s.path.destinationId);
  const kids = s.path.bringChildren ? h.children.length : 0;
  if (d) {
    addFlow(s, 'travel', -travelCost(s, c, d.id, kids));
    addFlow(s, 'depositReturned', depositBack(c, d.id));
  }
  h.location = 'home';
  h.job = null;
  h.employed = false;
  for (const ch of h.children) ch.withMigrant = false;
  addTimeline(s, c, 'timeline.returnedHome', { destinationId: s.path.destinationId }, true);
  s.path = null;
}

export function checkPublicWelfare(s: GameState, c: Ctx): Reason | null {
  const h = s.household;
  if (s.pendingEvent) return { key: 'reason.resolveEventFirst' };
  if (h.location === 'away') return { key: 'reason.returnHomeFirst' };
  if (h.employed) return { key: 'reason.alreadyEmployed' };
  if (s.path?.path === 'business') return { key: 'reason.closeBusinessFirst' };
  if (h.retirement !== 'none') return { key: 'reason.retiredNotEligible' };
  if (!h.severancePaid && !h.leftNeitui && h.centreMonthsLeft <= 0) return { key: 'reason.choosePathFirst' };
  if (!is4050(c, ageYears(s)) && h.uiMonthsLeft > 0) return { key: 'reason.publicWelfareOnlyHardship', params: { uiMonthsLeft: h.uiMonthsLeft } };
  // Posts are few and shared with everyone else laid off in the town.
  if (s.market.town.welfarePostsFree < 1) return { key: 'reason.noWelfarePostFree' };
  return null;
}

export function applyPublicWelfare(s: GameState, c: Ctx): void {
  const h = s.household;
  s.market.town.welfarePostsFree--;
  if (h.centreMonthsLeft > 0) leaveCentre(s, c);
  h.job = { kind: 'publicWelfare', wage: Math.round(c.v.publicWelfareWage), sinceMonth: s.month, courseId: null, destinationId: null, withheld: 0 };
  h.employed = true;
  addTimeline(s, c, 'timeline.publicWelfareJob', { wage: h.job.wage }, true);
}

export function locationOk(id: string): id is LocationId {
  return (LOCATION_IDS as readonly string[]).includes(id) && id in LOCATIONS;
}
