// The game loop: newGame builds the opening state; step(state, action) validates the action (refusing it with a
// Reason), applies it to a copy, and returns the new state plus what happened. endMonth closes the month's ledger:
// market, incomes, living costs, informal borrowing, the bank loan, meters, ageing, job search, then the record.
import type { Action, Firm, Flow, GameConfig, GameState, MonthRecord, NewGameResult, Reason, StepResult } from './types';
import { CATEGORIES } from './types';
import { addFlow, addTimeline, chargeInterest, clamp, findPersonaData, makeCtx, type Ctx } from './ctx';
import { findScenario } from './data/scenarios';
import { BUSINESSES, BUSINESS_INDEX, findBusiness, LOCATIONS } from './data/businesses';
import { findCourse } from './data/courses';
import { findDestination } from './data/destinations';
import { HOUSEHOLD_COSTS, schoolAgesHighSchoolFrom, schoolAgesKindergartenFrom, schoolAgesSchoolFrom, schoolAgesSchoolTo } from './data/household';
import { deriveSeed, Rng } from './rng';
import { valuesOf } from './values';
import { initMarket, makeFirm, modifierFactor, stepMarket, type TypeStats } from './market';
import { pensionAmount, statutoryAge } from './rules/retirement';
import { informalInterest, relativesCanLend, reschedule, serviceLoan, updateBlacklist } from './rules/loan';
import {
  contributionCost, finishedCourse, healthFactor, localJobOdds, localWageRange, migrantJobOdds, migrantWageRange,
} from './rules/labour';
import {
  applyChoosePath, applyCloseBusiness, applyPublicWelfare, applyReturnHome, checkChoosePath, checkCloseBusiness, checkPublicWelfare,
  checkReturnHome, leaveCentre, personaWage, playerQuality,
} from './paths';
import { applyResolve, checkResolve, drawEvents, EVENTS, refreshPending } from './events';
import * as METERS from './data/meters';

export const STATE_VERSION = 2 as const;

/** Flow keys that move debt rather than income or spending (left out of a month's income and expenses). */
/** Offset for the town's random stream, derived from the game's seed. */
const TOWN_STREAM = 0x70e1;

export const FINANCING_FLOWS: ReadonlySet<string> = new Set([
  'loanDisbursed', 'informalBorrowing', 'loanSharkBorrowing', 'loanRepayment', 'arrearsRepayment', 'relativesRepayment',
  'loanSharkRepayment', 'guarantorRepayment', 'deposit', 'depositReturned', 'unpaidBills', 'billsRepayment',
]);

export function newGame(cfg: GameConfig): NewGameResult {
  const scenario = findScenario(String(cfg?.scenarioId));
  if (!scenario) return { ok: false, reason: { key: 'reason.unknownScenario', params: { id: String(cfg?.scenarioId) } } };
  const persona = findPersonaData(String(cfg.personaId));
  if (!persona) return { ok: false, reason: { key: 'reason.unknownPersona', params: { id: String(cfg.personaId) } } };
  if (!Number.isInteger(cfg.seed)) return { ok: false, reason: { key: 'reason.badSeed' } };
  const v = valuesOf(scenario, cfg.policy);
  const cohortSize = cfg.cohortSize ?? v.cohortSize;
  if (!Number.isInteger(cohortSize) || cohortSize < 0 || cohortSize > 5000) return { ok: false, reason: { key: 'reason.badCohortSize', params: { max: 5000 } } };
  const months = cfg.months ?? v.months;
  if (!Number.isInteger(months) || months < 1 || months > 120) return { ok: false, reason: { key: 'reason.badMonths', params: { max: 120 } } };
  const rng = Rng.fromSeed(cfg.seed);
  const townRng = Rng.fromSeed(deriveSeed(cfg.seed, TOWN_STREAM));
  const ws = v.wageScale;
  const market = initMarket(v, cohortSize, townRng, ws, scenario.year);
  const cash = Math.round(persona.savings * ws);
  const state: GameState = {
    version: STATE_VERSION,
    config: { scenarioId: scenario.id, personaId: persona.id, seed: cfg.seed, cohortSize, months, ...(cfg.policy ? { policy: { ...cfg.policy } } : {}) },
    scenarioId: scenario.id,
    personaId: persona.id,
    month: 0,
    monthsTotal: months,
    rng: [],
    townRng: townRng.state(),
    household: {
      ageMonths: persona.age * 12 + METERS.startAgeMonthsIntoYear,
      cash,
      debts: { bankLoan: 0, arrears: 0, informalRelatives: 0, loanShark: 0, owedToGuarantor: 0, unpaidBills: 0 },
      relativesCapacity: Math.round(persona.relativesCanLend * ws),
      meters: { wellbeing: METERS.startWellbeing, health: persona.healthStart, ties: METERS.startTies },
      employed: false,
      job: null,
      severancePaid: false,
      uiMonthsLeft: 0,
      uiMonthly: 0,
      retirement: 'none',
      leftNeitui: false,
      livingAllowance: 0,
      pension: 0,
      contributionYears: persona.contributionYears,
      payingContributions: false,
      familyIncome: Math.round(persona.family.familyIncome * ws),
      remittanceIn: Math.round(persona.family.remittanceIn * ws),
      children: persona.family.children.map((ch) => ({ age: ch.age, withMigrant: false })),
      sickElders: persona.family.elders.filter((e) => e.sick).length,
      adultsAtHome: persona.family.adultsAtHome,
      location: 'home',
      loan: null,
      defaulted: false,
      blacklisted: false,
      blacklistUntil: null,
      goingWithout: false,
      monthsGoingWithout: 0,
      payFromSavings: false,
      coursesTaken: 0,
      centreMonthsLeft: 0,
      costShocks: [],
    },
    path: null,
    pathsTaken: [],
    market,
    guarantor: {
      relation: persona.guarantor.relation,
      income: Math.round(persona.guarantor.monthlyIncome * ws),
      savings: Math.round(persona.guarantor.savings * ws),
      relationship: METERS.startGuarantorRelationship,
      hardship: 0,
      paid: 0,
      laidOff: false,
      blacklisted: false,
      bound: false,
    },
    pendingEvent: null,
    current: { cashStart: cash, flows: [], interest: 0 },
    eventLastFired: EVENTS.map(() => -1000),
    eventCount: EVENTS.map(() => 0),
    history: [],
    timeline: [],
    ended: null,
  };
  state.rng = rng.state();
  state.timeline.push({ month: 0, key: 'timeline.laidOff', params: { personaId: persona.id, scenarioId: scenario.id }, turningPoint: true });
  return { ok: true, state };
}

/** A copy that can be changed freely. History records and timeline entries are never changed after they are
 * written, so they are shared; everything else is copied. */
export function cloneState(s: GameState): GameState {
  const h = s.household;
  return {
    ...s,
    config: { ...s.config },
    rng: [...s.rng],
    townRng: [...s.townRng],
    household: {
      ...h,
      debts: { ...h.debts },
      meters: { ...h.meters },
      job: h.job ? { ...h.job } : null,
      children: h.children.map((c) => ({ ...c })),
      loan: h.loan ? { ...h.loan } : null,
      costShocks: h.costShocks.map((x) => ({ ...x })),
    },
    path: s.path ? { ...s.path } : null,
    pathsTaken: s.pathsTaken.map((p) => ({ ...p })),
    market: {
      ...s.market,
      firms: s.market.firms.map(makeFirm),
      cohort: {
        ...s.market.cohort,
        planMonth: s.market.cohort.planMonth,
        planPath: s.market.cohort.planPath,
        planBusiness: s.market.cohort.planBusiness,
        counts: { ...s.market.cohort.counts },
        debtors: s.market.cohort.debtors.map((d) => d.slice()),
      },
      town: { ...s.market.town, categoryIndex: { ...s.market.town.categoryIndex } },
      modifiers: s.market.modifiers.map((m) => ({ ...m })),
      priceIndex: { ...s.market.priceIndex },
      closedByType: { ...s.market.closedByType },
      classEntrants: s.market.classEntrants ? { ...s.market.classEntrants } : null,
    },
    guarantor: s.guarantor ? { ...s.guarantor } : null,
    pendingEvent: s.pendingEvent ? { ...s.pendingEvent, params: { ...s.pendingEvent.params }, choices: s.pendingEvent.choices.map((c) => ({ ...c, figures: { ...c.figures } })) } : null,
    current: { cashStart: s.current.cashStart, flows: s.current.flows.map((f) => ({ ...f })), interest: s.current.interest },
    eventLastFired: s.eventLastFired.slice(),
    eventCount: s.eventCount.slice(),
    history: s.history.slice(),
    timeline: s.timeline.slice(),
    ended: s.ended ? { ...s.ended } : null,
  };
}

function isAmount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x > 0 && x <= 1e9;
}

/** One entry per kind of action: `check` says why it is not allowed now (a Reason) or null; `apply` changes a
 * draft state after a successful check. Every action the model knows is a row here (the option lists the
 * player sees come from actions.ts, which asks `check` for each). */
interface ActionRule<A extends Action> {
  check(s: GameState, c: Ctx, a: A): Reason | null;
  apply(s: GameState, c: Ctx, a: A): void;
}
type ActionTable = { [K in Action['type']]: ActionRule<Extract<Action, { type: K }>> };

const noPending = (s: GameState): Reason | null => (s.pendingEvent ? { key: 'reason.resolveEventFirst' } : null);

const REPAY_FLOW: Record<string, string> = {
  arrears: 'arrearsRepayment', bankLoan: 'loanRepayment', informalRelatives: 'relativesRepayment', loanShark: 'loanSharkRepayment', owedToGuarantor: 'guarantorRepayment', unpaidBills: 'billsRepayment',
};

const ACTIONS: ActionTable = {
  choosePath: { check: checkChoosePath, apply: applyChoosePath },
  resolveEvent: { check: (s, c, a) => checkResolve(s, c, a.choiceId), apply: (s, c, a) => applyResolve(s, c, a.choiceId) },
  endMonth: {
    check: (s) => noPending(s) ?? (s.pathsTaken.length === 0 ? { key: 'reason.choosePathFirst' } : null),
    apply: (s, c) => endMonth(s, c),
  },
  closeBusiness: { check: (s) => checkCloseBusiness(s), apply: (s, c) => applyCloseBusiness(s, c, false) },
  returnHome: { check: (s, c) => checkReturnHome(s, c), apply: (s, c) => applyReturnHome(s, c) },
  takePublicWelfareJob: { check: (s, c) => checkPublicWelfare(s, c), apply: (s, c) => applyPublicWelfare(s, c) },
  quitJob: {
    check: (s) => noPending(s) ?? (s.household.job ? null : { key: 'reason.noJob' }),
    apply: (s, c) => {
      const h = s.household;
      if (h.job?.kind === 'publicWelfare') s.market.town.welfarePostsFree++;
      h.job = null;
      h.employed = false;
      addTimeline(s, c, 'timeline.quitJob', {}, false);
    },
  },
  setContributions: {
    check: (s, _c, a) => {
      const h = s.household;
      if (typeof a.on !== 'boolean') return { key: 'reason.badAmount' };
      if (h.retirement !== 'none') return { key: 'reason.retiredNotEligible' };
      if (a.on === h.payingContributions) return { key: 'reason.noChange' };
      return null;
    },
    apply: (s, c, a) => {
      s.household.payingContributions = a.on;
      addTimeline(s, c, a.on ? 'timeline.contributionsResumed' : 'timeline.contributionsStopped', {}, false);
    },
  },
  borrowInformal: {
    check: (s, c, a) => {
      const pending = noPending(s);
      if (pending) return pending;
      if (!isAmount(a.amount)) return { key: 'reason.badAmount' };
      if (a.source === 'relatives') return a.amount > relativesCanLend(s) ? { key: 'reason.relativesCannotLend', params: { max: relativesCanLend(s) } } : null;
      if (a.source === 'loanShark') {
        const room = Math.max(0, Math.round(c.v.loanSharkCap) - s.household.debts.loanShark);
        return a.amount > room ? { key: 'reason.loanSharkLimit', params: { max: room } } : null;
      }
      return { key: 'reason.unknownLender', params: { source: String((a as { source: unknown }).source) } };
    },
    apply: (s, c, a) => {
      const h = s.household;
      if (a.source === 'relatives') {
        addFlow(s, 'informalBorrowing', a.amount);
        h.debts.informalRelatives += a.amount;
        h.relativesCapacity -= a.amount;
      } else {
        addFlow(s, 'loanSharkBorrowing', a.amount);
        h.debts.loanShark += a.amount;
        addTimeline(s, c, 'timeline.loanShark', { amount: a.amount }, h.debts.loanShark === a.amount);
      }
    },
  },
  repayExtra: {
    check: (s, _c, a) => {
      const pending = noPending(s);
      if (pending) return pending;
      const h = s.household;
      if (!isAmount(a.amount)) return { key: 'reason.badAmount' };
      const owed = (h.debts as unknown as Record<string, number>)[a.target];
      if (owed === undefined || !(a.target in REPAY_FLOW)) return { key: 'reason.unknownDebt', params: { target: String(a.target) } };
      if (owed <= 0) return { key: 'reason.nothingOwed' };
      if (a.amount > h.cash) return { key: 'reason.notEnoughCash', params: { needed: a.amount, have: h.cash } };
      if (a.amount > owed) return { key: 'reason.moreThanOwed', params: { owed } };
      return null;
    },
    apply: (s, c, a) => {
      const h = s.household;
      addFlow(s, REPAY_FLOW[a.target]!, -a.amount);
      h.debts[a.target] -= a.amount;
      if (a.target === 'informalRelatives') h.relativesCapacity += a.amount;
      if (a.target === 'owedToGuarantor' && s.guarantor) {
        s.guarantor.savings += a.amount;
        s.guarantor.relationship = clamp(s.guarantor.relationship + Math.round((a.amount / Math.max(1, s.guarantor.paid)) * METERS.guarantorRelationshipPerRepayment), 0, 100);
      }
      if (a.target === 'bankLoan' && h.loan) reschedule(s);
      if (a.target === 'arrears' && h.loan && h.loan.status === 'arrears' && h.debts.arrears <= 0) h.loan.status = 'current';
      if ((a.target === 'arrears' || a.target === 'bankLoan') && h.loan && h.loan.status !== 'defaulted' && h.debts.arrears <= 0 && h.debts.bankLoan <= 0) {
        h.loan.status = 'repaid';
        addTimeline(s, c, 'timeline.loanRepaid', { principal: h.loan.principal }, true);
      }
      if (a.target === 'owedToGuarantor' && h.debts.owedToGuarantor <= 0) addTimeline(s, c, 'timeline.guarantorRepaid', {}, true);
    },
  },
  setClassMarket: {
    // Class mode: the round's new firms per trade (from the class resolver, never a client's own numbers).
    check: (_s, _c, a) => {
      const e = a.entrants as unknown;
      if (!e || typeof e !== 'object' || Array.isArray(e)) return { key: 'reason.badAmount' };
      for (const [id, n] of Object.entries(e as Record<string, unknown>)) {
        if (!BUSINESSES.some((b) => b.id === id)) return { key: 'reason.unknownBusiness', params: { id } };
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 1000) return { key: 'reason.badAmount' };
      }
      return null;
    },
    apply: (s, _c, a) => { s.market.classEntrants = { ...a.entrants }; },
  },
};

function ruleFor(a: Action): ActionRule<Action> | undefined {
  return Object.prototype.hasOwnProperty.call(ACTIONS, a.type) ? (ACTIONS[a.type] as unknown as ActionRule<Action>) : undefined;
}

/** Why this action is not allowed now, or null. */
export function checkAction(s: GameState, c: Ctx, a: Action): Reason | null {
  if (!a || typeof a !== 'object' || typeof (a as { type?: unknown }).type !== 'string') return { key: 'reason.unknownAction', params: { type: 'none' } };
  if (s.ended) return { key: 'reason.gameOver' };
  const rule = ruleFor(a);
  if (!rule) return { key: 'reason.unknownAction', params: { type: String((a as { type: unknown }).type) } };
  return rule.check(s, c, a);
}

/** Apply an action already checked by checkAction, changing `s` in place. */
export function applyAction(s: GameState, c: Ctx, a: Action): void {
  ruleFor(a)?.apply(s, c, a);
  if (s.pendingEvent) refreshPending(s, c);
}

export function step(state: GameState, action: Action): StepResult {
  let c: Ctx;
  try {
    c = makeCtx(state);
  } catch {
    return { ok: false, reason: { key: 'reason.corruptState' } };
  }
  const reason = checkAction(state, c, action);
  if (reason) return { ok: false, reason };
  const s = cloneState(state);
  c = makeCtx(s);
  applyAction(s, c, action);
  s.rng = c.rng.state();
  s.townRng = c.trng.state();
  return { ok: true, state: s, events: c.events };
}

// ------------------------------------------------------------------------------------------- month end

function costFactor(s: GameState, key: string): number {
  let f = 1;
  for (const x of s.household.costShocks) if (x.key === key && x.untilMonth >= s.month) f *= x.factor;
  return f;
}

function schoolMonthly(age: number, c: Ctx): number {
  if (age < schoolAgesKindergartenFrom) return 0;
  if (age < schoolAgesSchoolFrom) return HOUSEHOLD_COSTS.kindergarten.value * c.ps;
  if (age < schoolAgesHighSchoolFrom) return HOUSEHOLD_COSTS.compulsorySchool.value * c.ps;
  if (age <= schoolAgesSchoolTo) return HOUSEHOLD_COSTS.highSchool.value * c.ps;
  return 0;
}

/** Whether the household is registered unemployed at home: the condition for insurance, the centre's allowance
 * and a course stipend. */
function registeredUnemployed(s: GameState): boolean {
  const h = s.household;
  return !h.job && s.path?.path !== 'business' && h.location === 'home' && h.retirement === 'none';
}

function incomes(s: GameState, c: Ctx): void {
  const h = s.household;
  if (h.job) {
    if (h.job.withheld > 0) {
      h.job.withheld--;
    } else {
      // Poor health means fewer hours and missed shifts.
      addFlow(s, h.job.kind === 'publicWelfare' ? 'publicWelfareWage' : 'wage', h.job.wage * (h.job.kind === 'publicWelfare' ? 1 : healthFactor(s)));
    }
  }
  const jobless = registeredUnemployed(s);
  if (h.centreMonthsLeft > 0) {
    if (jobless) addFlow(s, 'centreAllowance', c.v.centreAllowance);
    h.centreMonthsLeft--;
    if (h.centreMonthsLeft === 0) leaveCentre(s, c);
  } else if (h.severancePaid && h.uiMonthsLeft > 0 && jobless) {
    addFlow(s, 'unemploymentInsurance', h.uiMonthly);
    h.uiMonthsLeft--;
    if (h.uiMonthsLeft === 0) addTimeline(s, c, 'timeline.uiEnded', {}, true);
  }
  if (h.retirement === 'neitui') addFlow(s, 'livingAllowance', h.livingAllowance);
  if (h.retirement === 'pension') addFlow(s, 'pension', h.pension);
  // The stipend is for the registered unemployed while in class: not on top of a wage or a pension.
  if (s.path?.path === 'retrain' && s.month < s.path.courseEndsMonth && jobless) {
    const course = findCourse(s.path.courseId);
    if (course) addFlow(s, 'stipend', course.stipend * c.ws);
  }
  addFlow(s, 'familyIncome', h.familyIncome);
  addFlow(s, 'remittanceIn', h.remittanceIn);
}

/** The household's monthly living costs at home (or away), one function for the month and the kept-job baseline. */
export function livingCostItems(s: GameState, c: Ctx): Array<[string, number]> {
  const h = s.household;
  const ps = c.ps;
  const away = h.location === 'away';
  const kidsHome = h.children.filter((ch) => !ch.withMigrant).length;
  const kidsAway = h.children.length - kidsHome;
  const adultsHome = h.adultsAtHome + (away ? 0 : 1);
  const out: Array<[string, number]> = [];
  out.push(['food', (adultsHome * HOUSEHOLD_COSTS.foodPerAdult.value + kidsHome * HOUSEHOLD_COSTS.foodPerChild.value) * ps * costFactor(s, 'food')]);
  out.push(['housing', (c.persona.housing === 'rented' ? HOUSEHOLD_COSTS.housingRented.value : HOUSEHOLD_COSTS.housingOwnFlat.value) * ps]);
  out.push(['utilities', HOUSEHOLD_COSTS.utilities.value * ps]);
  let school = 0;
  for (const ch of h.children) if (!ch.withMigrant) school += schoolMonthly(ch.age, c);
  out.push(['schoolFees', school]);
  out.push(['medical', h.sickElders * HOUSEHOLD_COSTS.sickElderMedical.value * ps]);
  if (away && s.path?.path === 'migrate') {
    const d = findDestination(s.path.destinationId);
    if (d) {
      let cost = d.livingCost * ps;
      if (kidsAway > 0) cost += kidsAway * (d.childCostIfBrought * ps + HOUSEHOLD_COSTS.foodPerChild.value * ps);
      out.push(['migrantLiving', cost]);
      // Children left with relatives who are not part of the household's budget.
      const careGiverAtHome = c.persona.family.spouse === 'employed' || c.persona.family.spouse === 'laidOff';
      if (kidsHome > 0 && !careGiverAtHome) out.push(['remittanceOut', HOUSEHOLD_COSTS.childCareRemittance.value * ps]);
    }
  }
  return out;
}

function livingCosts(s: GameState, c: Ctx): void {
  const h = s.household;
  for (const [key, amount] of livingCostItems(s, c)) addFlow(s, key, -amount);
  if (h.payingContributions && h.retirement === 'none' && !(h.job && h.job.kind !== 'migrant' && h.job.courseId !== null)) {
    addFlow(s, 'socialInsurance', -contributionCost(c));
    h.contributionYears += 1 / 12;
  }
}

/** Cover a shortfall in living costs: relatives first (what they will lend); what cannot be covered is done
 * without (food and heating cut back), which hurts health and wellbeing. The model never goes to a loan shark by
 * itself: that is the household's choice (an action or a debt card). */
function coverShortfall(s: GameState, c: Ctx): void {
  const h = s.household;
  h.goingWithout = false;
  if (h.cash >= 0) return;
  let need = -h.cash;
  const fromRelatives = Math.min(need, relativesCanLend(s));
  if (fromRelatives > 0) {
    addFlow(s, 'informalBorrowing', fromRelatives);
    h.debts.informalRelatives += fromRelatives;
    h.relativesCapacity -= fromRelatives;
    need -= fromRelatives;
    h.meters.ties = clamp(h.meters.ties - METERS.tiesRelativesCoverShortfall, 0, 100);
  }
  if (need > 0) {
    // Spending that could not happen: take it back out of food first, then utilities, then school.
    for (const key of ['food', 'utilities', 'schoolFees', 'medical', 'socialInsurance', 'housing']) {
      if (need <= 0) break;
      const f = s.current.flows.find((x) => x.key === key);
      if (!f || f.amount >= 0) continue;
      const back = Math.min(need, -f.amount);
      f.amount += back;
      h.cash += back;
      need -= back;
    }
    if (need > 0) {
      // Nothing left to cut: the remaining loss is business losses that cannot be paid; a supplier's credit covers it.
      addFlow(s, 'unpaidBills', need);
      h.debts.unpaidBills += need;
    }
    h.goingWithout = true;
    h.monthsGoingWithout++;
    if (h.monthsGoingWithout === 1) addTimeline(s, c, 'timeline.goingWithout', {}, true);
  }
}

function playerBusiness(s: GameState, c: Ctx): number | null {
  if (s.path?.path !== 'business') return null;
  const path = s.path;
  const firm = s.market.firms.find((f) => f.id === path.firmId);
  const b = findBusiness(path.businessId);
  if (!firm || !b) return null;
  const costs = firm.lastRevenue - firm.lastProfit;
  const rent = Math.round(b.rent * c.ws * LOCATIONS[firm.location].rentFactor * modifierFactor(s.market, 'rent', 'player', 'player', s.month));
  addFlow(s, 'businessRevenue', firm.lastRevenue);
  addFlow(s, 'rent', -Math.min(rent, costs));
  addFlow(s, 'businessCosts', -(costs - Math.min(rent, costs)));
  path.profitSum += firm.lastProfit;
  path.profitMonths++;
  path.lossMonths = firm.lastProfit < 0 ? path.lossMonths + 1 : 0;
  return firm.lastProfit;
}

function updateMeters(s: GameState, c: Ctx, income: number, expenses: number): void {
  const h = s.household;
  const debt = sumDebt(s);
  const steady = h.employed || h.retirement !== 'none' || (s.path?.path === 'business' && income > expenses);
  let target = METERS.wellbeingBase + (steady ? METERS.wellbeingSteadyIncome : 0) - (h.goingWithout ? METERS.wellbeingGoingWithout : 0) - (h.blacklisted ? METERS.wellbeingBlacklisted : 0);
  target -= Math.min(METERS.wellbeingDebtMax, (debt / Math.max(METERS.wellbeingDebtIncomeFloor * c.ws, income * 12)) * METERS.wellbeingDebtPerYearOfIncome);
  target -= h.children.some((ch) => !ch.withMigrant) && h.location === 'away' ? METERS.wellbeingChildrenLeftBehind : 0;
  target += income >= expenses ? METERS.wellbeingMonthInTheBlack : -METERS.wellbeingMonthInTheBlack;
  h.meters.wellbeing = clamp(Math.round((h.meters.wellbeing + (target - h.meters.wellbeing) * METERS.wellbeingAdjustRate) * 10) / 10, 0, 100);
  let dh = -METERS.healthDrift;
  if (c.persona.job === 'undergroundMiner') dh -= METERS.healthUndergroundMinerDrift;
  if (h.goingWithout) dh -= METERS.healthGoingWithout;
  if (h.meters.wellbeing < METERS.healthLowWellbeingBelow) dh -= METERS.healthLowWellbeingDrift;
  h.meters.health = clamp(Math.round((h.meters.health + dh) * 10) / 10, 0, 100);
  // Ties to former co-workers fade when you compete with them or move away, and recover slowly at home.
  let dt = h.location === 'away' ? -METERS.tiesAwayDrift : METERS.tiesHomeDrift;
  if (s.path?.path === 'business') {
    const path = s.path;
    let rivals = 0;
    for (const f of s.market.firms) if (f.closedMonth === null && f.formerCoworker && f.businessId === path.businessId) rivals++;
    dt -= Math.min(METERS.tiesRivalsMax, rivals * METERS.tiesPerFormerCoworkerRival);
  }
  if (h.retirement === 'neitui') dt += METERS.tiesNeitui;
  h.meters.ties = clamp(Math.round((h.meters.ties + dt) * 10) / 10, 0, 100);
}

function jobSearch(s: GameState, c: Ctx): void {
  const h = s.household;
  // Pensioners stop looking; internally retired workers often take informal local work on the side.
  if (h.retirement === 'pension') return;
  if (h.location === 'away' && s.path?.path === 'migrate') {
    const path = s.path;
    if (h.job) return;
    const d = findDestination(path.destinationId);
    if (!d) return;
    if (c.rng.chance(migrantJobOdds(s, c, d))) {
      const [lo, hi] = migrantWageRange(c, d);
      const wage = Math.round(c.rng.range(lo, hi));
      h.job = { kind: 'migrant', wage, sinceMonth: s.month, courseId: null, destinationId: d.id, withheld: 0 };
      h.employed = true;
      h.coursesTaken = 0;
      path.monthsUnemployed = 0;
      addTimeline(s, c, 'timeline.migrantJobFound', { destinationId: d.id, wage }, true);
    } else {
      path.monthsUnemployed++;
    }
    return;
  }
  if (h.location !== 'home' || s.path?.path === 'business') return;
  if (h.job && h.job.kind === 'local') {
    if (c.rng.chance(c.v.localJobLossRate)) {
      h.job = null;
      h.employed = false;
      addTimeline(s, c, 'timeline.jobLost', {}, true);
    }
    return;
  }
  if (!h.severancePaid && !h.leftNeitui && h.retirement !== 'neitui' && h.centreMonthsLeft <= 0) return;
  if (s.path?.path === 'retrain' && s.month < s.path.courseEndsMonth) return; // still in class
  // Unemployed (or in a public-welfare post): look for a regular local job in the shared pool.
  const course = finishedCourse(s);
  if (c.rng.chance(localJobOdds(s, c, course))) {
    const [lo, hi] = localWageRange(c);
    const wage = Math.round(c.rng.range(lo, hi));
    if (h.job?.kind === 'publicWelfare') s.market.town.welfarePostsFree++;
    if (h.centreMonthsLeft > 0) leaveCentre(s, c);
    // A job found after a course is a formal contract (with contributions), as before.
    h.job = { kind: 'local', wage, sinceMonth: s.month, courseId: course?.id ?? (h.payingContributions ? 'formal' : null), destinationId: null, withheld: 0 };
    h.employed = true;
    h.coursesTaken = 0;
    addTimeline(s, c, 'timeline.jobFound', { wage, courseId: course?.id ?? '' }, true);
  }
}

function ageAndEntitlements(s: GameState, c: Ctx): void {
  const h = s.household;
  h.ageMonths++;
  if (h.ageMonths % 12 === 0) for (const ch of h.children) ch.age++;
  if (h.retirement === 'neitui' || h.centreMonthsLeft > 0) h.contributionYears += 1 / 12;
  else if (h.job && h.job.kind === 'local' && h.job.courseId !== null) h.contributionYears += 1 / 12;
  const statutory = statutoryAge(c.persona, c.v);
  if (h.retirement !== 'pension' && h.ageMonths >= statutory * 12 && h.contributionYears >= c.v.minContributionYears) {
    h.retirement = 'pension';
    h.livingAllowance = 0;
    h.pension = pensionAmount(personaWage(c), h.contributionYears, statutory, c.v);
    h.payingContributions = false;
    if (s.path?.path === 'retire') s.path = { path: 'retire', kind: 'pension', sinceMonth: s.month };
    addTimeline(s, c, 'timeline.pensionStarts', { pension: h.pension }, true);
  }
  if (s.path?.path === 'retrain' && s.month + 1 === s.path.courseEndsMonth) addTimeline(s, c, 'timeline.courseFinished', { courseId: s.path.courseId }, false);
  const g = s.guarantor;
  if (g) {
    g.savings += Math.round(g.income * METERS.guarantorSavingsRate);
    g.hardship = clamp(g.hardship - METERS.guarantorHardshipRecovery, 0, 100);
  }
}

export function sumDebt(s: GameState): number {
  const d = s.household.debts;
  return d.bankLoan + d.arrears + d.informalRelatives + d.loanShark + d.owedToGuarantor + d.unpaidBills;
}

function sameTypeFigures(s: GameState, stats: TypeStats[]) {
  let mostCrowded: string | null = null;
  let most = -1;
  const openByType: Record<string, number> = {};
  for (let i = 0; i < BUSINESSES.length; i++) {
    const st = stats[i]!;
    const b = BUSINESSES[i]!;
    openByType[b.id] = st.open - st.closedThisMonth;
    const crowd = st.open / Math.max(1, b.incumbents);
    if (crowd > most) {
      most = crowd;
      mostCrowded = b.id;
    }
  }
  const bizId = s.path?.path === 'business' ? s.path.businessId : lastBusinessId(s);
  if (!bizId) return { sameTypeFirms: null, avgProfitSameType: null, closedSameType: null, mostCrowdedBusinessId: mostCrowded, openByType };
  const idx = BUSINESS_INDEX.get(bizId) ?? -1;
  const st = stats[idx]!;
  return {
    sameTypeFirms: st.open,
    avgProfitSameType: st.open > 0 ? Math.round(st.profitSum / st.open) : 0,
    closedSameType: s.market.closedByType[bizId] ?? 0,
    mostCrowdedBusinessId: mostCrowded,
    openByType,
  };
}

function lastBusinessId(s: GameState): string | null {
  for (let i = s.pathsTaken.length - 1; i >= 0; i--) if (s.pathsTaken[i]!.path === 'business') return s.pathsTaken[i]!.detail;
  return null;
}

/** Debt flows (new borrowing and principal repaid) of the month, from its ledger. */
const BORROWING_FLOWS = new Set(['loanDisbursed', 'informalBorrowing', 'loanSharkBorrowing', 'unpaidBills']);
const REPAYMENT_FLOWS = new Set(['loanRepayment', 'arrearsRepayment', 'relativesRepayment', 'loanSharkRepayment', 'guarantorRepayment', 'billsRepayment']);

/** What one month-end pass carries between its phases. */
interface MonthWork {
  stats: TypeStats[];
  profit: number | null;
  income: number;
  expenses: number;
}

/** Month end as a list of named phases, run in this order. */
const MONTH_PHASES: ReadonlyArray<readonly [string, (s: GameState, c: Ctx, w: MonthWork) => void]> = [
  ['market', (s, c, w) => { w.stats = stepMarket(s, c, playerQuality(s, c)); }],
  ['incomes', (s, c) => incomes(s, c)],
  ['business', (s, c, w) => { w.profit = playerBusiness(s, c); }],
  ['livingCosts', (s, c) => livingCosts(s, c)],
  ['shortfall', (s, c) => coverShortfall(s, c)],
  ['loanShark', (s, c) => {
    // Interest compounds monthly on what was owed before this month's new borrowing.
    const h = s.household;
    const fresh = s.current.flows.find((f) => f.key === 'loanSharkBorrowing')?.amount ?? 0;
    const base = h.debts.loanShark - Math.max(0, fresh);
    if (base > 0) chargeInterest(s, 'loanShark', informalInterest(base, c.v.loanSharkMonthlyRate));
  }],
  ['bankLoan', (s, c, w) => serviceLoan(s, c, w.profit)],
  ['blacklist', (s, c) => updateBlacklist(s, c)],
  ['forcedClosure', (s, c, w) => {
    // A business whose owner has run out of every source of money shuts.
    if (s.path?.path === 'business' && s.household.goingWithout && (w.profit ?? 0) < 0) applyCloseBusiness(s, c, true);
  }],
  ['totals', (s, _c, w) => {
    for (const f of s.current.flows) {
      if (f.amount === 0 || FINANCING_FLOWS.has(f.key)) continue;
      if (f.amount > 0) w.income += f.amount;
      else w.expenses -= f.amount;
    }
  }],
  ['meters', (s, c, w) => updateMeters(s, c, w.income, w.expenses)],
  ['jobSearch', (s, c) => jobSearch(s, c)],
  ['ageing', (s, c) => ageAndEntitlements(s, c)],
];

export function endMonth(s: GameState, c: Ctx): void {
  const w: MonthWork = { stats: [], profit: null, income: 0, expenses: 0 };
  for (const [, run] of MONTH_PHASES) run(s, c, w);
  const h = s.household;
  const flows: Flow[] = [];
  let borrowed = 0;
  let principalRepaid = 0;
  for (const f of s.current.flows) {
    if (f.amount === 0) continue;
    flows.push(f);
    if (BORROWING_FLOWS.has(f.key)) borrowed += f.amount;
    if (REPAYMENT_FLOWS.has(f.key)) principalRepaid -= f.amount;
  }
  const fig = sameTypeFigures(s, w.stats);
  const record: MonthRecord = {
    month: s.month,
    cashStart: s.current.cashStart,
    cash: h.cash,
    debt: sumDebt(s),
    borrowed,
    principalRepaid,
    interestCharged: s.current.interest,
    income: w.income,
    expenses: w.expenses,
    flows,
    employed: h.employed,
    businessProfit: w.profit,
    // Named one by one (in sameTypeFigures' order) rather than spread: every month's record then has one shape.
    sameTypeFirms: fig.sameTypeFirms,
    avgProfitSameType: fig.avgProfitSameType,
    closedSameType: fig.closedSameType,
    mostCrowdedBusinessId: fig.mostCrowdedBusinessId,
    openByType: fig.openByType,
    wellbeing: h.meters.wellbeing,
    health: h.meters.health,
    ties: h.meters.ties,
    goingWithout: h.goingWithout,
    eventId: null,
  };
  s.history.push(record);
  if (c.emit) c.events.push({ type: 'monthEnded', month: s.month, key: 'timeline.monthEnded', params: { cash: h.cash, debt: record.debt } });
  s.month++;
  s.current = { cashStart: h.cash, flows: [], interest: 0 };
  h.costShocks = h.costShocks.filter((x) => x.untilMonth >= s.month);
  if (s.month >= s.monthsTotal) {
    // A decision still open at the end stays in the ledger as debt owed; the game is over.
    if (s.pendingEvent && h.loan) h.loan.pendingDue = 0;
    s.pendingEvent = null;
    s.ended = { month: s.month, reason: { key: 'ending.timeUp', params: { months: s.monthsTotal } } };
    addTimeline(s, c, 'timeline.gameEnded', { months: s.monthsTotal }, false);
    if (c.emit) c.events.push({ type: 'gameEnded', month: s.month, key: 'ending.timeUp', params: { months: s.monthsTotal } });
    return;
  }
  drawEvents(s, c);
  record.eventId = (s.pendingEvent as { id: string } | null)?.id ?? null;
}

export { CATEGORIES };
export type { Firm };
