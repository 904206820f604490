// The table of life events: when each can happen (a condition), how likely it is per month, what it does, and
// the choices it offers. Texts live in locales: content:event.<id>.title / .body / .choice.<choiceId>
// (and .outcome.<key> for results reported after a choice). Effects are small declarative operations; a few
// events that reach deeper into the model use `run`.
import type { GameState, Meters, PendingEvent, Reason } from './types';
import { addFlow, addTimeline, ageYears, calendarMonth, clamp, is4050, type Ctx } from './ctx';
import { findBusiness, LOCATIONS } from './data/businesses';
import { DESTINATIONS, findDestination } from './data/destinations';
import { openCount, openFirm } from './market';
import { deriveSeed, Rng } from './rng';
import { applyChoosePath, applyPublicWelfare, checkChoosePath, checkPublicWelfare } from './paths';
import { informalInterest, loanDue, missInstalment, missPlan, payInstalment, relativesCanLend, reschedule, settleCalledIn, settlement, type Settlement } from './rules/loan';

import { schoolAgesHighSchoolFrom, schoolAgesSchoolFrom, schoolAgesSchoolTo } from './data/household';
import type { ChoiceFigures } from './choice-figures';
import * as CREDIT from './data/credit';
import * as EV from './data/events';

/** The instalment waiting for the household's decision. */
const dueNow = (s: GameState) => s.household.loan?.pendingDue ?? 0;
/** What the household must borrow to pay it: the part its cash does not cover. */
const gapNow = (s: GameState) => dueNow(s) - Math.max(0, s.household.cash);
/** What paying it takes: this month's principal and any interest the state does not pay. */
const paymentNow = (s: GameState) => {
  const due = loanDue(s);
  return due.principal + due.interest;
};
function payDue(s: GameState, c: Ctx): void {
  const due = loanDue(s);
  payInstalment(s, c, due.principal, due.interest);
}
/** Paying an instalment with borrowed money: what is borrowed, what is paid, and what borrowing costs a month. */
function borrowToPayFigures(s: GameState, monthlyRate: number): ChoiceFigures {
  const gap = gapNow(s);
  if (gap <= 0) return {};
  return { borrowed: gap, cost: paymentNow(s), monthlyRate, interestPerMonth: informalInterest(gap, monthlyRate) };
}
/** What the household pays itself when the loan is called in: all its cash, up to the arrears. */
const ownPaymentNow = (s: GameState) => Math.min(Math.max(0, s.household.cash), s.household.debts.arrears);
/** A called-in loan's settlement as card figures. */
function settlementFigures(st: Settlement, c: Ctx): ChoiceFigures {
  const f: ChoiceFigures = { guarantorPays: st.guarantorPays, owedToGuarantor: st.owedToGuarantor, leftUnpaid: st.leftUnpaid };
  if (st.listed) f.blacklistMonths = c.v.blacklistMonths;
  if (st.guarantorListed) f.guarantorListed = 1;
  if (st.wellbeing) f.wellbeing = st.wellbeing;
  if (st.ties) f.ties = st.ties;
  return f;
}

type Params = Record<string, string | number>;

export type Effect =
  | { t: 'pay'; key: string; param: string }
  | { t: 'receive'; key: string; param: string }
  | { t: 'meter'; meter: keyof Meters; delta: number }
  | { t: 'market'; kind: 'demand' | 'cost' | 'rent' | 'entry' | 'price' | 'remittance'; target: string; factor: number; months: number }
  | { t: 'householdCost'; key: string; factor: number; months: number }
  | { t: 'chance'; p: number; then: Effect[]; else?: Effect[]; outcome?: [string, string] }
  | { t: 'run'; fn: (s: GameState, c: Ctx, params: Params) => void };

export interface ChoiceDef {
  id: string;
  /** Param holding the cash this choice needs up front (the choice is refused without it). */
  costParam?: string;
  check?: (s: GameState, c: Ctx, params: Params) => Reason | null;
  effects: Effect[];
  /** What a choice whose effects run model code will do, computed with the functions that do it (the card shows
   * these; cost and top-level meter effects are added from the declarative data). */
  figures?: (s: GameState, c: Ctx, params: Params) => ChoiceFigures;
}

export interface EventDef {
  id: string;
  kind: 'health' | 'family' | 'money' | 'market' | 'business' | 'debt' | 'work' | 'collective' | 'migration';
  chance: (s: GameState, c: Ctx) => number;
  when: (s: GameState, c: Ctx) => boolean;
  cooldown: number;
  maxTimes?: number;
  params?: (s: GameState, c: Ctx) => Params;
  /** Applied at once (events without choices). */
  effects?: Effect[];
  choices?: ChoiceDef[];
  /** The choice the automatic player prefers when it is eligible (otherwise the last eligible one). */
  autoChoice?: string;
}

const bizOpen = (s: GameState) => s.path?.path === 'business';
const atHome = (s: GameState) => s.household.location === 'home';
const schoolKids = (s: GameState) => s.household.children.filter((ch) => ch.age >= schoolAgesSchoolFrom && ch.age <= schoolAgesSchoolTo).length;
const highSchooler = (s: GameState) => s.household.children.some((ch) => ch.age >= schoolAgesHighSchoolFrom && ch.age <= schoolAgesSchoolTo);
/** A percentage shown on a card, from the factor the effect applies (1.15 -> 15, 0.7 -> 30). */
const percentOf = (factor: number) => Math.round(Math.abs(factor - 1) * 100);
const round100 = (x: number) => Math.round(x / 100) * 100;
const insured = (s: GameState) => s.household.retirement !== 'none' || s.household.payingContributions || (s.household.job?.kind === 'local' && s.household.job.courseId !== null);

export const EVENTS: readonly EventDef[] = [
  {
    id: 'illness', kind: 'health', cooldown: 6,
    when: () => true,
    chance: (s) => EV.illnessBaseChance + (100 - s.household.meters.health) * EV.illnessChancePerHealthPointLost,
    // Internal retirees, pensioners, formal employees and those paying their own contributions have medical
    // insurance, which roughly halves the bill.
    params: (s, c) => ({ cost: round100(c.rng.range(...EV.illnessCost) * c.ps * (insured(s) ? EV.illnessInsuredShare : 1)) }),
    choices: [
      { id: 'hospital', costParam: 'cost', effects: [{ t: 'pay', key: 'medical', param: 'cost' }, { t: 'meter', meter: 'health', delta: 8 }] },
      { id: 'endure', effects: [{ t: 'meter', meter: 'health', delta: -12 }, { t: 'meter', meter: 'wellbeing', delta: -4 }] },
    ],
    autoChoice: 'hospital',
  },
  {
    id: 'elderIllness', kind: 'family', cooldown: 8,
    when: (s) => s.household.sickElders > 0,
    chance: () => EV.elderIllnessChance,
    params: (s, c) => ({ cost: round100(c.rng.range(...EV.elderIllnessCost) * c.ps) }),
    choices: [
      { id: 'payTreatment', costParam: 'cost', effects: [{ t: 'pay', key: 'medical', param: 'cost' }, { t: 'meter', meter: 'wellbeing', delta: 2 }] },
      { id: 'careAtHome', effects: [{ t: 'meter', meter: 'wellbeing', delta: -8 }, { t: 'meter', meter: 'health', delta: -3 }] },
    ],
    autoChoice: 'payTreatment',
  },
  {
    id: 'schoolTerm', kind: 'family', cooldown: 4,
    when: (s, c) => schoolKids(s) > 0 && EV.schoolTermTermMonths.includes(calendarMonth(s, c)),
    chance: () => 1,
    params: (s, c) => ({ cost: round100((schoolKids(s) * EV.schoolTermPerChild + (highSchooler(s) ? EV.schoolTermHighSchoolExtra : 0)) * c.ps), count: schoolKids(s) }),
    choices: [
      { id: 'payFees', costParam: 'cost', effects: [{ t: 'pay', key: 'schoolFees', param: 'cost' }, { t: 'meter', meter: 'wellbeing', delta: 2 }] },
      { id: 'cutBack', effects: [{ t: 'meter', meter: 'wellbeing', delta: -7 }] },
    ],
    autoChoice: 'payFees',
  },
  {
    id: 'privateSchoolBarred', kind: 'family', cooldown: 12, maxTimes: 1,
    when: (s) => s.household.blacklisted && s.household.children.length > 0,
    chance: () => EV.privateSchoolBarredChance,
    effects: [{ t: 'meter', meter: 'wellbeing', delta: -10 }],
  },
  {
    id: 'springFestival', kind: 'family', cooldown: 10,
    when: (s, c) => calendarMonth(s, c) === EV.springFestivalCalendarMonth,
    chance: () => 1,
    params: (s, c) => {
      const d = s.path?.path === 'migrate' ? findDestination(s.path.destinationId) : undefined;
      const travel = d ? d.travel * 2 : 0;
      return { cost: round100((EV.springFestivalBase + s.household.children.length * EV.springFestivalPerChild + travel) * c.ps) };
    },
    choices: [
      { id: 'celebrate', costParam: 'cost', effects: [{ t: 'pay', key: 'festival', param: 'cost' }, { t: 'meter', meter: 'wellbeing', delta: 8 }, { t: 'meter', meter: 'ties', delta: 4 }] },
      { id: 'quietYear', effects: [{ t: 'meter', meter: 'wellbeing', delta: -6 }, { t: 'meter', meter: 'ties', delta: -2 }] },
    ],
    autoChoice: 'celebrate',
  },
  {
    id: 'priceShock', kind: 'market', cooldown: 12,
    when: () => true,
    chance: () => EV.priceShockChance,
    params: () => ({ percent: percentOf(EV.priceShockFactor), months: EV.priceShockMonths }),
    effects: [
      { t: 'householdCost', key: 'food', factor: EV.priceShockFactor, months: EV.priceShockMonths },
      { t: 'market', kind: 'cost', target: 'food', factor: EV.priceShockFactor, months: EV.priceShockMonths },
    ],
  },
  {
    id: 'rentRise', kind: 'business', cooldown: 12,
    when: (s) => s.path?.path === 'business' && s.path.location !== 'streetStall' && (findBusiness(s.path.businessId)?.rent ?? 0) > 0,
    chance: () => EV.rentRiseChance,
    params: (s, c) => ({ percent: percentOf(EV.rentRiseFactor), movingCost: round100(EV.rentRiseMovingCost * c.ws) }),
    choices: [
      { id: 'acceptRise', effects: [{ t: 'market', kind: 'rent', target: 'player', factor: EV.rentRiseFactor, months: 999 }] },
      { id: 'moveCheaper', costParam: 'movingCost', effects: [{ t: 'pay', key: 'businessCosts', param: 'movingCost' }, { t: 'market', kind: 'demand', target: 'player', factor: 0.9, months: 999 }] },
    ],
    autoChoice: 'acceptRise',
  },
  {
    id: 'competitorNextDoor', kind: 'business', cooldown: 6, maxTimes: 3,
    when: (s) => bizOpen(s),
    chance: (s) => (s.path?.path === 'business'
      ? Math.min(EV.competitorNextDoorMaxChance, EV.competitorNextDoorBaseChance + EV.competitorNextDoorChancePerFirm * openCount(s, s.path.businessId)) : 0),
    params: (s) => ({ businessId: s.path?.path === 'business' ? s.path.businessId : '' }),
    effects: [{ t: 'run', fn: (s, c) => {
      if (s.path?.path !== 'business') return;
      openFirm(s, s.path.businessId, 'cohort', s.path.location, c.rng.range(...EV.competitorNextDoorRivalCash) * c.ws, c.rng.range(...EV.competitorNextDoorRivalQuality), 0, 0, true);
    } }],
    choices: [
      { id: 'priceWar', effects: [{ t: 'market', kind: 'demand', target: 'player', factor: 1.25, months: 6 }, { t: 'market', kind: 'price', target: 'player', factor: 0.9, months: 6 }, { t: 'meter', meter: 'ties', delta: -10 }] },
      { id: 'shareHours', effects: [{ t: 'market', kind: 'demand', target: 'player', factor: 0.93, months: 6 }, { t: 'meter', meter: 'ties', delta: 8 }, { t: 'meter', meter: 'wellbeing', delta: 2 }] },
      { id: 'carryOn', effects: [{ t: 'meter', meter: 'wellbeing', delta: -3 }] },
    ],
    autoChoice: 'carryOn',
  },
  {
    id: 'chengguan', kind: 'business', cooldown: 3,
    when: (s) => s.path?.path === 'business' && s.path.location === 'streetStall',
    chance: () => LOCATIONS.streetStall.chengguanRisk,
    params: (s, c) => ({ fine: round100(EV.chengguanFine * c.ws) }),
    choices: [
      { id: 'payFine', costParam: 'fine', effects: [{ t: 'pay', key: 'fines', param: 'fine' }] },
      { id: 'moveOn', effects: [{ t: 'market', kind: 'demand', target: 'player', factor: 0.5, months: 1 }, { t: 'meter', meter: 'wellbeing', delta: -3 }] },
      { id: 'argue', effects: [{ t: 'chance', p: 0.35, then: [{ t: 'meter', meter: 'health', delta: -6 }, { t: 'market', kind: 'demand', target: 'player', factor: 0.3, months: 1 }], else: [{ t: 'meter', meter: 'ties', delta: 3 }], outcome: ['equipmentSeized', 'leftAlone'] }] },
    ],
    autoChoice: 'payFine',
  },
  {
    id: 'remittancesDry', kind: 'market', cooldown: 12, maxTimes: 2,
    when: (s) => s.month >= EV.remittancesDryFromMonth,
    chance: () => EV.remittancesDryChance,
    params: () => ({ percent: percentOf(EV.remittancesDryFactor), months: EV.remittancesDryMonths }),
    effects: [
      { t: 'market', kind: 'remittance', target: 'all', factor: EV.remittancesDryFactor, months: EV.remittancesDryMonths },
      { t: 'run', fn: (s, c) => {
        if (s.household.remittanceIn > 0) {
          s.household.remittanceIn = Math.round(s.household.remittanceIn * EV.remittancesDryHouseholdShare);
          addTimeline(s, c, 'timeline.remittanceCut', { amount: s.household.remittanceIn }, true);
        }
      } },
    ],
  },
  {
    id: 'guarantorTrouble', kind: 'debt', cooldown: 12, maxTimes: 1,
    when: (s, c) => !!s.guarantor && s.guarantor.bound && c.persona.guarantor.jobAtRisk && !s.guarantor.laidOff,
    chance: () => EV.guarantorTroubleChance,
    params: (s, c) => ({ relation: s.guarantor?.relation ?? '', help: round100(EV.guarantorTroubleHelp * c.ws) }),
    effects: [{ t: 'run', fn: (s) => {
      const g = s.guarantor;
      if (g) {
        g.laidOff = true;
        g.income = Math.round(g.income * EV.guarantorTroubleIncomeKept);
        g.hardship = Math.min(100, g.hardship + EV.guarantorTroubleHardship);
      }
    } }],
    choices: [
      { id: 'helpGuarantor', costParam: 'help', effects: [{ t: 'pay', key: 'giftsToFamily', param: 'help' }, { t: 'run', fn: (s, _c, p) => {
        if (s.guarantor) {
          s.guarantor.savings += Number(p.help);
          s.guarantor.relationship = clamp(s.guarantor.relationship + EV.guarantorTroubleHelpRelationship, 0, 100);
        }
      } }] },
      { id: 'cannotHelp', effects: [{ t: 'run', fn: (s) => {
        if (s.guarantor) s.guarantor.relationship = clamp(s.guarantor.relationship - EV.guarantorTroubleRefuseRelationship, 0, 100);
      } }, { t: 'meter', meter: 'wellbeing', delta: -3 }] },
    ],
    autoChoice: 'cannotHelp',
  },
  {
    id: 'petition', kind: 'collective', cooldown: 10, maxTimes: 2,
    when: (s) => s.month >= EV.petitionFromMonth && atHome(s),
    chance: () => EV.petitionChance,
    params: (s, c) => ({ years: c.rng.int(...EV.petitionYears), backPay: round100(c.rng.range(...EV.petitionBackPay) * c.ws) }),
    choices: [
      { id: 'join', effects: [
        { t: 'meter', meter: 'ties', delta: 15 },
        { t: 'run', fn: (s) => { if (s.path?.path === 'business') s.market.modifiers.push({ kind: 'demand', target: 'player', factor: EV.petitionBusinessDemand, untilMonth: s.month }); } },
        { t: 'chance', p: 0.35, outcome: ['won', 'notYet'], then: [
          { t: 'receive', key: 'backPay', param: 'backPay' },
          { t: 'run', fn: (s, _c, p) => { s.household.contributionYears += Number(p.years); } },
        ] },
        { t: 'chance', p: 0.15, outcome: ['warned', 'noTrouble'], then: [{ t: 'meter', meter: 'wellbeing', delta: -8 }, { t: 'meter', meter: 'health', delta: -3 }] },
      ] },
      { id: 'stayOut', effects: [{ t: 'meter', meter: 'ties', delta: -8 }] },
    ],
    autoChoice: 'stayOut',
  },
  {
    id: 'jobOfferElsewhere', kind: 'work', cooldown: 8, maxTimes: 2,
    when: (s) => atHome(s) && !s.household.employed && s.household.retirement === 'none' && (s.household.severancePaid || s.household.leftNeitui),
    chance: (s) => (ageYears(s) < EV.jobOfferElsewhereOldFrom ? EV.jobOfferElsewhereChanceYoung : EV.jobOfferElsewhereChanceOld),
    params: (s, c) => {
      const age = ageYears(s);
      const ok = DESTINATIONS.filter((d) => d.maxHireAge >= age && d.genderFactor[c.persona.gender] >= EV.jobOfferElsewhereMinGenderFactor);
      const d = ok.length ? ok[c.rng.int(0, ok.length - 1)]! : DESTINATIONS[1]!;
      return { destinationId: d.id, wage: round100(d.wage * c.v.migrantWageScale) };
    },
    choices: [
      { id: 'accept',
        check: (s, c, p) => checkChoosePath(s, c, { type: 'choosePath', path: 'migrate', destinationId: String(p.destinationId), bringChildren: false }),
        effects: [{ t: 'run', fn: (s, c, p) => {
          applyChoosePath(s, c, { type: 'choosePath', path: 'migrate', destinationId: String(p.destinationId), bringChildren: false });
          s.household.job = { kind: 'migrant', wage: Number(p.wage), sinceMonth: s.month, courseId: null, destinationId: String(p.destinationId), withheld: 0 };
          s.household.employed = true;
        } }] },
      { id: 'decline', effects: [] },
    ],
    autoChoice: 'decline',
  },
  {
    id: 'bankCallsLoan', kind: 'debt', cooldown: 6, maxTimes: 2,
    when: (s) => !!s.household.loan && (s.household.loan.status === 'current' || s.household.loan.status === 'arrears') && s.household.debts.bankLoan > 0
      && (s.household.debts.arrears > 0 || (s.market.cohort.businessesOpened > EV.bankCallsLoanMinCohortFirms
        && s.market.cohort.loanDefaults / s.market.cohort.businessesOpened > EV.bankCallsLoanCohortDefaultShare)),
    chance: () => EV.bankCallsLoanChance,
    params: (s) => ({ amount: round100(s.household.debts.bankLoan * EV.bankCallsLoanShare) }),
    choices: [
      { id: 'repayPart', costParam: 'amount', effects: [{ t: 'run', fn: (s, _c, p) => {
        const amt = Math.min(Number(p.amount), s.household.debts.bankLoan);
        addFlow(s, 'loanRepayment', -amt);
        s.household.debts.bankLoan -= amt;
        reschedule(s);
      } }] },
      { id: 'restructure', effects: [{ t: 'run', fn: (s, c) => {
        const loan = s.household.loan;
        if (loan) {
          loan.subsidised = false;
          reschedule(s, 6);
          addTimeline(s, c, 'timeline.loanRestructured', { months: 6 }, true);
        }
      } }, { t: 'meter', meter: 'wellbeing', delta: -4 }] },
    ],
    autoChoice: 'restructure',
  },
  {
    id: 'wageArrears', kind: 'migration', cooldown: 6,
    when: (s) => s.household.job?.kind === 'migrant',
    chance: (s) => findDestination(s.household.job?.destinationId ?? '')?.wageArrearsRisk ?? EV.wageArrearsFallbackChance,
    params: (s) => ({ amount: s.household.job?.wage ?? 0 }),
    effects: [{ t: 'run', fn: (s) => { if (s.household.job) s.household.job.withheld = 1; } }],
    choices: [
      { id: 'protestTogether', effects: [{ t: 'meter', meter: 'ties', delta: 5 }, { t: 'chance', p: 0.6, outcome: ['wagesPaid', 'wagesLost'], then: [{ t: 'run', fn: (s) => { if (s.household.job) s.household.job.withheld = 0; } }], else: [{ t: 'meter', meter: 'wellbeing', delta: -4 }] }] },
      { id: 'waitQuietly', effects: [{ t: 'meter', meter: 'wellbeing', delta: -6 }] },
    ],
    autoChoice: 'protestTogether',
  },
  {
    id: 'migrantJobLost', kind: 'migration', cooldown: 6,
    when: (s) => s.household.job?.kind === 'migrant',
    chance: () => EV.migrantJobLostChance,
    effects: [{ t: 'run', fn: (s, c) => {
      s.household.job = null;
      s.household.employed = false;
      addTimeline(s, c, 'timeline.jobLost', {}, true);
    } }, { t: 'meter', meter: 'wellbeing', delta: -6 }],
  },
  {
    id: 'childLeftBehind', kind: 'migration', cooldown: 6,
    when: (s) => s.household.location === 'away' && s.household.children.some((ch) => !ch.withMigrant),
    chance: () => EV.childLeftBehindChance,
    params: (s, c) => {
      const d = s.path?.path === 'migrate' ? findDestination(s.path.destinationId) : undefined;
      return { travel: round100((d?.travel ?? EV.childLeftBehindFallbackTravel) * 2 * c.ps), money: round100(EV.childLeftBehindMoney * c.ps) };
    },
    choices: [
      { id: 'visitHome', costParam: 'travel', effects: [{ t: 'pay', key: 'travel', param: 'travel' }, { t: 'meter', meter: 'wellbeing', delta: 6 }] },
      { id: 'sendMoney', costParam: 'money', effects: [{ t: 'pay', key: 'remittanceOut', param: 'money' }, { t: 'meter', meter: 'wellbeing', delta: 1 }] },
      { id: 'callMore', effects: [{ t: 'meter', meter: 'wellbeing', delta: -6 }] },
    ],
    autoChoice: 'sendMoney',
  },
  {
    id: 'hukouSchool', kind: 'migration', cooldown: 12, maxTimes: 1,
    when: (s) => s.path?.path === 'migrate' && s.path.bringChildren && s.household.children.some((ch) => ch.withMigrant && ch.age >= 6),
    chance: (s) => {
      const d = s.path?.path === 'migrate' ? findDestination(s.path.destinationId) : undefined;
      return EV.hukouSchoolChanceWithoutPlace * (1 - (d?.publicSchoolOdds ?? 0));
    },
    params: (_s, c) => ({ cost: round100(EV.hukouSchoolCost * c.ps) }),
    choices: [
      { id: 'privateSchool', costParam: 'cost', check: (s) => (s.household.blacklisted ? { key: 'reason.blacklistedSchool' } : null), effects: [{ t: 'pay', key: 'schoolFees', param: 'cost' }] },
      { id: 'sendChildrenHome', effects: [{ t: 'run', fn: (s) => {
        for (const ch of s.household.children) ch.withMigrant = false;
        if (s.path?.path === 'migrate') s.path.bringChildren = false;
      } }, { t: 'meter', meter: 'wellbeing', delta: -10 }] },
    ],
    autoChoice: 'privateSchool',
  },
  {
    id: 'equipmentBreakdown', kind: 'business', cooldown: 5,
    when: (s) => bizOpen(s),
    chance: () => EV.equipmentBreakdownChance,
    params: (_s, c) => ({ cost: round100(c.rng.range(...EV.equipmentBreakdownCost) * c.ws) }),
    choices: [
      { id: 'repair', costParam: 'cost', effects: [{ t: 'pay', key: 'businessCosts', param: 'cost' }] },
      { id: 'makeDo', effects: [{ t: 'market', kind: 'demand', target: 'player', factor: 0.85, months: 3 }] },
    ],
    autoChoice: 'repair',
  },
  {
    id: 'bigOrder', kind: 'business', cooldown: 6,
    when: (s) => bizOpen(s),
    chance: (s) => (s.path?.path === 'business' && findBusiness(s.path.businessId)?.constructionLinked ? EV.bigOrderChanceConstruction : EV.bigOrderChance),
    params: () => ({}),
    // A canteen or a building site orders in bulk: next month's custom is taken from rivals, not made from nothing.
    effects: [{ t: 'market', kind: 'demand', target: 'player', factor: 1.6, months: 1 }, { t: 'meter', meter: 'wellbeing', delta: 4 }],
  },
  {
    id: 'loanSharkCollectors', kind: 'debt', cooldown: 2,
    when: (s) => s.household.debts.loanShark > 0,
    chance: () => EV.loanSharkCollectorsChance,
    params: (s) => ({ amount: Math.max(1, Math.round(s.household.debts.loanShark * EV.loanSharkCollectorsShare)) }),
    choices: [
      { id: 'payThem', costParam: 'amount', effects: [{ t: 'run', fn: (s, _c, p) => {
        const amt = Math.min(Number(p.amount), s.household.debts.loanShark);
        addFlow(s, 'loanSharkRepayment', -amt);
        s.household.debts.loanShark -= amt;
      } }] },
      { id: 'hide', effects: [{ t: 'meter', meter: 'health', delta: -6 }, { t: 'meter', meter: 'wellbeing', delta: -10 }, { t: 'meter', meter: 'ties', delta: -3 }] },
    ],
    autoChoice: 'payThem',
  },
  {
    id: 'relativesWantMoneyBack', kind: 'debt', cooldown: 8,
    when: (s) => s.household.debts.informalRelatives > 0,
    chance: () => EV.relativesWantMoneyBackChance,
    params: (s, c) => ({ amount: Math.min(s.household.debts.informalRelatives, round100(EV.relativesWantMoneyBackAmount * c.ws) || 100) }),
    choices: [
      { id: 'repayRelatives', costParam: 'amount', effects: [{ t: 'run', fn: (s, _c, p) => {
        const amt = Math.min(Number(p.amount), s.household.debts.informalRelatives);
        addFlow(s, 'relativesRepayment', -amt);
        s.household.debts.informalRelatives -= amt;
        s.household.relativesCapacity += amt;
      } }] },
      { id: 'askForTime', effects: [{ t: 'meter', meter: 'wellbeing', delta: -6 }, { t: 'run', fn: (s) => { s.household.relativesCapacity = Math.round(s.household.relativesCapacity * 0.5); } }] },
    ],
    autoChoice: 'repayRelatives',
  },
  {
    id: 'occupationalDisease', kind: 'health', cooldown: 36, maxTimes: 1,
    when: (s, c) => c.persona.arduous && s.month >= EV.occupationalDiseaseFromMonth,
    chance: () => EV.occupationalDiseaseChance,
    params: (_s, c) => ({ compensation: round100(EV.occupationalDiseaseCompensation * c.ws), cost: round100(EV.occupationalDiseaseCost * c.ps) }),
    effects: [{ t: 'meter', meter: 'health', delta: -15 }],
    choices: [
      { id: 'claimCompensation', effects: [{ t: 'meter', meter: 'ties', delta: 4 }, { t: 'chance', p: 0.4, outcome: ['compensated', 'claimRejected'], then: [{ t: 'receive', key: 'compensation', param: 'compensation' }], else: [{ t: 'meter', meter: 'wellbeing', delta: -5 }] }] },
      { id: 'treatOnly', costParam: 'cost', effects: [{ t: 'pay', key: 'medical', param: 'cost' }, { t: 'meter', meter: 'health', delta: 6 }] },
    ],
    autoChoice: 'claimCompensation',
  },
  {
    id: 'familyFindsWork', kind: 'family', cooldown: 36, maxTimes: 1,
    when: (_s, c) => c.persona.family.spouse === 'laidOff',
    chance: () => EV.familyFindsWorkChance,
    params: (_s, c) => ({ amount: round100(EV.familyFindsWorkWage * c.ws) }),
    effects: [{ t: 'run', fn: (s, _c, p) => { s.household.familyIncome += Number(p.amount); } }, { t: 'meter', meter: 'wellbeing', delta: 6 }],
  },
  {
    id: 'publicWelfareOffer', kind: 'work', cooldown: 8, maxTimes: 2,
    when: (s, c) => s.month >= EV.publicWelfareOfferFromMonth && checkPublicWelfare(s, c) === null && is4050(c, ageYears(s)),
    chance: () => EV.publicWelfareOfferChance,
    params: (_s, c) => ({ wage: Math.round(c.v.publicWelfareWage) }),
    choices: [
      { id: 'acceptPost', check: (s, c) => checkPublicWelfare(s, c), effects: [{ t: 'run', fn: (s, c) => applyPublicWelfare(s, c) }] },
      { id: 'declinePost', effects: [] },
    ],
    autoChoice: 'acceptPost',
  },
  // ---- debt decisions raised by the loan rules (rules/loan.ts), never drawn at random
  {
    id: 'debt.instalmentShort', kind: 'debt', cooldown: 0, when: () => false, chance: () => 0,
    choices: [
      { id: 'paySavings', check: (s) => (s.household.cash >= dueNow(s) ? null : { key: 'reason.notEnoughCash', params: { needed: dueNow(s), have: s.household.cash } }),
        figures: (s) => ({ cost: paymentNow(s), cashLeft: s.household.cash - paymentNow(s), payFromSavings: 1 }),
        effects: [{ t: 'run', fn: (s, c) => {
          s.household.payFromSavings = true;
          payDue(s, c);
        } }] },
      { id: 'askRelatives', check: (s) => {
        const gap = gapNow(s);
        if (gap <= 0) return { key: 'reason.canPayFromSavings' };
        return relativesCanLend(s) >= gap ? null : { key: 'reason.relativesCannotLend', params: { max: relativesCanLend(s) } };
      }, figures: (s) => borrowToPayFigures(s, 0),
      effects: [{ t: 'run', fn: (s, c) => {
        const gap = gapNow(s);
        addFlow(s, 'informalBorrowing', gap);
        s.household.debts.informalRelatives += gap;
        s.household.relativesCapacity -= gap;
        payDue(s, c);
      } }, { t: 'meter', meter: 'ties', delta: -CREDIT.relativesLoanTiesCost }] },
      { id: 'loanShark', check: (s, c) => {
        const gap = gapNow(s);
        if (gap <= 0) return { key: 'reason.canPayFromSavings' };
        const room = Math.max(0, Math.round(c.v.loanSharkCap) - s.household.debts.loanShark);
        return room >= gap ? null : { key: 'reason.loanSharkLimit', params: { max: room } };
      }, figures: (s, c) => borrowToPayFigures(s, c.v.loanSharkMonthlyRate),
      effects: [{ t: 'run', fn: (s, c) => {
        const gap = gapNow(s);
        if (s.household.debts.loanShark === 0) addTimeline(s, c, 'timeline.loanShark', { amount: gap }, true);
        addFlow(s, 'loanSharkBorrowing', gap);
        s.household.debts.loanShark += gap;
        payDue(s, c);
      } }] },
      { id: 'letArrears', figures: (s, c) => {
        if (!s.household.loan) return {};
        const m = missPlan(s, c);
        const f: ChoiceFigures = { toArrears: m.principal, interestCharged: m.interest, subsidyLost: m.subsidyLost ? 1 : 0, missesLeft: m.missesLeft, defaultsNow: m.defaults ? 1 : 0 };
        if (m.defaults) f.calledIn = m.calledIn;
        else f.penaltyPerMonth = m.penalty;
        return f;
      }, effects: [{ t: 'run', fn: (s, c) => missInstalment(s, c) }, { t: 'meter', meter: 'wellbeing', delta: -CREDIT.missedPaymentWellbeingCost }] },
    ],
  },
  {
    id: 'debt.calledIn', kind: 'debt', cooldown: 0, when: () => false, chance: () => 0,
    choices: [
      { id: 'payWhatYouCan', check: (s) => (s.household.cash > 0 ? null : { key: 'reason.notEnoughCash', params: { needed: 1, have: s.household.cash } }),
        figures: (s, c) => ({ cost: ownPaymentNow(s), ...settlementFigures(settlement(s, s.household.debts.arrears - ownPaymentNow(s)), c) }),
        effects: [{ t: 'run', fn: (s, c) => {
          const amt = ownPaymentNow(s);
          addFlow(s, 'arrearsRepayment', -amt);
          s.household.debts.arrears -= amt;
          settleCalledIn(s, c);
        } }] },
      { id: 'cannotPay', figures: (s, c) => settlementFigures(settlement(s, s.household.debts.arrears), c), effects: [{ t: 'run', fn: (s, c) => settleCalledIn(s, c) }] },
    ],
  },
  // Two notices: carrying on changes nothing; the figures state where things now stand.
  { id: 'debt.guarantorPaid', kind: 'debt', cooldown: 0, when: () => false, chance: () => 0,
    choices: [{ id: 'understood', figures: (s) => ({ owedToGuarantor: s.household.debts.owedToGuarantor }), effects: [] }] },
  { id: 'debt.blacklisted', kind: 'debt', cooldown: 0, when: () => false, chance: () => 0,
    choices: [{ id: 'understood', figures: (s) => ({ blacklistMonths: Math.max(0, (s.household.blacklistUntil ?? s.month) - s.month) }), effects: [] }] },
];

export const EVENT_INDEX: ReadonlyMap<string, EventDef> = new Map(EVENTS.map((e) => [e.id, e]));

function applyEffects(s: GameState, c: Ctx, eventId: string, effects: readonly Effect[], params: Params): void {
  for (const e of effects) {
    switch (e.t) {
      case 'pay': {
        const amt = Math.min(Number(params[e.param] ?? 0), Math.max(0, s.household.cash));
        addFlow(s, e.key, -amt);
        break;
      }
      case 'receive':
        addFlow(s, e.key, Number(params[e.param] ?? 0));
        break;
      case 'meter':
        s.household.meters[e.meter] = clamp(s.household.meters[e.meter] + e.delta, 0, 100);
        break;
      case 'market':
        s.market.modifiers.push({ kind: e.kind, target: e.target, factor: e.factor, untilMonth: s.month + e.months - 1 + (e.target === 'player' ? 0 : 0) });
        break;
      case 'householdCost':
        s.household.costShocks.push({ key: e.key, factor: e.factor, untilMonth: s.month + e.months - 1 });
        break;
      case 'chance': {
        const hit = c.rng.chance(e.p);
        applyEffects(s, c, eventId, hit ? e.then : (e.else ?? []), params);
        if (e.outcome) addTimeline(s, c, `event.${eventId}.outcome.${hit ? e.outcome[0] : e.outcome[1]}`, params, false);
        break;
      }
      case 'run':
        e.fn(s, c, params);
        break;
    }
  }
}

/** What a choice will do, as card figures: its up-front cost, its top-level meter effects, and what its own
 * figures function computes (that wins where both give a figure). */
export function choiceFigures(s: GameState, c: Ctx, ch: ChoiceDef, params: Params): ChoiceFigures {
  const figures: ChoiceFigures = {};
  if (ch.costParam) figures.cost = Number(params[ch.costParam] ?? 0);
  for (const e of ch.effects) if (e.t === 'meter') figures[e.meter] = (figures[e.meter] ?? 0) + e.delta;
  return ch.figures ? { ...figures, ...ch.figures(s, c, params) } : figures;
}

function choiceState(s: GameState, c: Ctx, ch: ChoiceDef, params: Params) {
  const figures = choiceFigures(s, c, ch, params) as Record<string, number>;
  let reason: Reason | null = ch.check ? ch.check(s, c, params) : null;
  if (!reason && ch.costParam && figures.cost! > s.household.cash) reason = { key: 'reason.notEnoughCash', params: { needed: figures.cost!, have: s.household.cash } };
  return reason ? { id: ch.id, figures, eligible: false, reason } : { id: ch.id, figures, eligible: true };
}

/** Refresh which choices are affordable (cash changes while an event waits). */
export function refreshPending(s: GameState, c: Ctx): void {
  const p = s.pendingEvent;
  if (!p) return;
  const def = EVENT_INDEX.get(p.id);
  if (!def?.choices) return;
  p.choices = def.choices.map((ch) => choiceState(s, c, ch, p.params));
  if (!p.choices.some((ch) => ch.eligible)) {
    const lastChoice = p.choices[p.choices.length - 1]!;
    lastChoice.eligible = true;
    delete lastChoice.reason;
  }
}


/** Draw this month's events: at most one that needs a choice, and at most two household events that just happen.
 * Town-wide events (kind 'market') are drawn from a generator of their own for each month and event, so they
 * happen in the same months on every path of one seed (the same town), whatever the household does. */
export function drawEvents(s: GameState, c: Ctx): void {
  let automatic = 0;
  const lastFired = s.eventLastFired;
  const counts = s.eventCount;
  for (let i = 0; i < EVENTS.length; i++) {
    const def = EVENTS[i]!;
    const town = def.kind === 'market';
    if (s.pendingEvent && def.choices) continue;
    if (!town && !def.choices && automatic >= 2) continue;
    if (s.month - (lastFired[i] ?? -1000) < def.cooldown) continue;
    if (def.maxTimes !== undefined && (counts[i] ?? 0) >= def.maxTimes) continue;
    if (!def.when(s, c)) continue;
    const rng = town ? Rng.fromSeed(deriveSeed(s.config.seed ^ TOWN_EVENTS, s.month * 64 + i)) : c.rng;
    if (!rng.chance(def.chance(s, c))) continue;
    const params = def.params ? def.params(s, c) : {};
    lastFired[i] = s.month;
    counts[i] = (counts[i] ?? 0) + 1;
    addTimeline(s, c, `event.${def.id}.title`, params, false);
    if (def.effects) applyEffects(s, c, def.id, def.effects, params);
    if (def.choices) {
      const pending: PendingEvent = { id: def.id, kind: def.kind, month: s.month, params, choices: [] };
      s.pendingEvent = pending;
      // An event whose every choice is refused cannot block the game: refreshPending frees the last choice.
      refreshPending(s, c);
      if (c.emit) c.events.push({ type: 'eventStarted', month: s.month, key: `event.${def.id}.title`, params });
    } else {
      if (!town) automatic++;
      if (c.emit) c.events.push({ type: 'eventHappened', month: s.month, key: `event.${def.id}.title`, params });
    }
  }
}

/** Salt for the town-wide events' generators. */
const TOWN_EVENTS = 0x70e2;

export function checkResolve(s: GameState, c: Ctx, choiceId: string): Reason | null {
  const p = s.pendingEvent;
  if (!p) return { key: 'reason.noPendingEvent' };
  const def = EVENT_INDEX.get(p.id);
  if (!def?.choices) return { key: 'reason.noPendingEvent' };
  // Re-check now (cash may have changed since the event arrived), without touching the state.
  const states = def.choices.map((ch) => choiceState(s, c, ch, p.params));
  const ch = states.find((x) => x.id === choiceId);
  if (!ch) return { key: 'reason.unknownChoice', params: { id: String(choiceId) } };
  if (!ch.eligible) {
    // The last choice is always allowed when nothing else is, so an event can never block the game.
    const anyOther = states.some((x) => x.eligible);
    if (anyOther || ch !== states[states.length - 1]) return ch.reason ?? { key: 'reason.choiceNotAvailable' };
  }
  return null;
}

export function applyResolve(s: GameState, c: Ctx, choiceId: string): void {
  const p = s.pendingEvent!;
  const def = EVENT_INDEX.get(p.id)!;
  const ch = def.choices!.find((x) => x.id === choiceId)!;
  s.pendingEvent = null;
  addTimeline(s, c, `event.${p.id}.choice.${choiceId}`, p.params, false);
  applyEffects(s, c, p.id, ch.effects, p.params);
  if (c.emit) c.events.push({ type: 'eventResolved', month: s.month, key: `event.${p.id}.choice.${choiceId}`, params: p.params });
}
