// A sensible automatic player, used for `simulateLife`, batches and the report's "paths not taken".
// It picks the option that fits the persona best, pays what it must, borrows from relatives before loan sharks,
// closes a business after months of losses, and comes home after months without work away.
import type { Action, GameConfig, GameState, PathId } from './types';
import { ageYears, is4050, makeCtx, type Ctx } from './ctx';
import { localJobOdds, localWageRange, migrantJobOdds, migrantWageRange } from './rules/labour';
import { projectLoanLimit, tradeExists } from './market';
import { BUSINESSES, playerBusinessMissingSkillQuality } from './data/businesses';
import { COURSES } from './data/courses';
import { DESTINATIONS } from './data/destinations';

import { EVENT_INDEX } from './events';
import { applyAction, checkAction, cloneState, newGame } from './engine';
import { defaultLoanAmount, defaultLocation } from './actions';
import { migrationCost, startupNeeded } from './paths';
import { deriveSeed, Rng } from './rng';
import * as AUTO from './data/auto-player';
import * as TOWN from './data/town';

export interface PolicyOptions {
  businessId?: string;
}

// One decision standard for every path: the automatic player takes the option with the best expected monthly
// gain for this persona, judged with the same rules the engine uses (labour.ts), net of up-front costs spread
// over two years.

function bestCourse(s: GameState, c: Ctx): string {
  const [lo, hi] = localWageRange(c);
  let best = COURSES[0]!.id;
  let bestScore = -Infinity;
  for (const course of COURSES) {
    if (!tradeExists(course, c.scenario.year)) continue;
    const score = localJobOdds(s, c, course) * ((lo + hi) / 2) - (course.fee * c.ws) / AUTO.paybackMonths;
    if (score > bestScore) {
      bestScore = score;
      best = course.id;
    }
  }
  return best;
}

function bestDestination(s: GameState, c: Ctx): string {
  let best = DESTINATIONS[0]!.id;
  let bestScore = -Infinity;
  for (const d of DESTINATIONS) {
    const [lo, hi] = migrantWageRange(c, d);
    const score = migrantJobOdds(s, c, d) * ((lo + hi) / 2 - d.livingCost * c.ps) - migrationCost(s, c, d.id, false) / AUTO.paybackMonths;
    if (score > bestScore) {
      bestScore = score;
      best = d.id;
    }
  }
  return best;
}

/** The trade with the best expected monthly profit for this persona at today's prices (a missing skill costs a
 * fifth of the custom, as in playerQuality), net of start-up costs spread over two years, among those the
 * household can finance. */
export function bestBusiness(s: GameState, c: Ctx): string {
  let best = BUSINESSES[0]!.id;
  let bestScore = -Infinity;
  for (const b of BUSINESSES) {
    if (!tradeExists(b, c.scenario.year)) continue;
    if (startupNeeded(c, b.id) > s.household.cash + projectLoanLimit(c.v, c.ws, b.id, defaultLocation(b))) continue;
    const fit = b.skills.length === 0 || b.skills.some((k) => c.persona.skills.includes(k)) ? 1 : playerBusinessMissingSkillQuality;
    const price = s.market.priceIndex[b.id] ?? 1;
    const score = b.baselineProfit * c.ws * fit * price - startupNeeded(c, b.id) / AUTO.paybackMonths;
    if (score > bestScore) {
      bestScore = score;
      best = b.id;
    }
  }
  return best;
}

/** Share of a good month's profit the owner takes home to live on: the same as cohort founders (data/town.ts). */
const OWNER_DRAW = TOWN.firmsFounderDraw;

/** The business's own account, kept the way a cohort founder's till is: the owner's own working capital (the
 * same range as a cohort founder's), the working capital borrowed beyond the start-up costs, plus what the business earns after the owner's draw, minus the loan repaid. When it is used
 * up the business is not paying its way, and the owner closes it rather than pour the family's reserve into it. */
export function businessAccount(s: GameState, c: Ctx): number {
  if (s.path?.path !== 'business') return 0;
  const since = s.path.sinceMonth;
  const loan = s.household.loan;
  // Own money put in: drawn from the same range as a cohort founder's starting till (market.ts), seeded per game.
  let acc = Rng.fromSeed(deriveSeed(s.config.seed, 0x7ad4)).range(...TOWN.cohortFounderOwnMoney) * c.ws;
  if (loan && loan.startMonth === since) acc += Math.max(0, loan.principal - startupNeeded(c, s.path.businessId));
  for (let i = s.history.length - 1; i >= 0; i--) {
    const r = s.history[i]!;
    if (r.month < since) break;
    const p = r.businessProfit ?? 0;
    acc += p > 0 ? p * (1 - OWNER_DRAW) : p;
    for (const f of r.flows) if (f.key === 'loanRepayment' || f.key === 'arrearsRepayment') acc += f.amount;
  }
  return acc;
}

function firstAction(s: GameState, c: Ctx, path: PathId, opts?: PolicyOptions): Action {
  switch (path) {
    case 'retire':
      return { type: 'choosePath', path: 'retire' };
    case 'retrain':
      return { type: 'choosePath', path: 'retrain', courseId: bestCourse(s, c) };
    case 'migrate':
      return { type: 'choosePath', path: 'migrate', destinationId: bestDestination(s, c), bringChildren: false };
    case 'business': {
      const businessId = opts?.businessId ?? bestBusiness(s, c);
      const b = BUSINESSES.find((x) => x.id === businessId);
      const location = b ? defaultLocation(b) : 'sideStreet';
      return { type: 'choosePath', path: 'business', businessId, loanAmount: defaultLoanAmount(s, c, businessId, location), termMonths: Math.round(c.v.loanDefaultTermMonths), location };
    }
  }
}

function monthlyNeeds(s: GameState): number {
  const last = s.history[s.history.length - 1];
  return last ? last.expenses : AUTO.fallbackMonthlyNeeds;
}

function policyWith(s: GameState, c: Ctx, path: PathId, opts?: PolicyOptions): Action {
  if (s.pendingEvent?.kind === 'debt') return { type: 'resolveEvent', choiceId: debtChoice(s) };
  if (s.pendingEvent) {
    const def = EVENT_INDEX.get(s.pendingEvent.id);
    const choices = s.pendingEvent.choices;
    const pref = choices.find((ch) => ch.id === def?.autoChoice && ch.eligible);
    const pick = pref ?? choices.find((ch) => ch.eligible) ?? choices[choices.length - 1]!;
    return { type: 'resolveEvent', choiceId: pick.id };
  }
  if (s.pathsTaken.length === 0) return firstAction(s, c, path, opts);
  const h = s.household;
  const needs = monthlyNeeds(s);
  // Contributions: kept up from 40 while there is a reserve of six months' needs (the persona's own pension is at
  // stake), stopped when the reserve falls under three months.
  if (!h.payingContributions && h.retirement === 'none' && ageYears(s) >= c.v.selfContributionFromAge && h.cash > needs * AUTO.contributionsFromReserveMonths
    && checkAction(s, c, { type: 'setContributions', on: true }) === null) return { type: 'setContributions', on: true };
  if (s.path?.path === 'business') {
    if (s.path.lossMonths >= AUTO.closeAfterLossMonths || (s.path.lossMonths >= AUTO.closeShortAfterLossMonths && h.cash < needs * AUTO.lowReserveMonths)) return { type: 'closeBusiness' };
    if (s.path.lossMonths >= AUTO.accountCheckAfterLossMonths && businessAccount(s, c) < 0) return { type: 'closeBusiness' };
  }
  if (s.path?.path === 'migrate' && !h.employed && s.path.monthsUnemployed >= AUTO.returnHomeAfterMonths) return { type: 'returnHome' };
  if (h.location === 'home' && !h.employed && s.path?.path !== 'business' && h.retirement === 'none' && h.uiMonthsLeft === 0
    && (h.severancePaid || h.leftNeitui) && (is4050(c, ageYears(s)) || s.path === null)) {
    if (checkAction(s, c, { type: 'takePublicWelfareJob' }) === null) return { type: 'takePublicWelfareJob' };
  }
  if (h.payingContributions && h.cash < needs * AUTO.lowReserveMonths) return { type: 'setContributions', on: false };
  if (h.debts.arrears > 0) {
    if (h.cash >= h.debts.arrears) return { type: 'repayExtra', target: 'arrears', amount: h.debts.arrears };
    const gap = h.debts.arrears - Math.max(0, h.cash);
    if (gap > 0 && gap <= h.relativesCapacity) return { type: 'borrowInformal', source: 'relatives', amount: gap };
  }
  const buffer = needs * AUTO.bufferMonths;
  if (h.debts.loanShark > 0 && h.cash - buffer > 0) {
    return { type: 'repayExtra', target: 'loanShark', amount: Math.min(h.debts.loanShark, Math.floor(h.cash - buffer)) };
  }
  if (h.debts.unpaidBills > 0 && h.cash - buffer > 0) {
    return { type: 'repayExtra', target: 'unpaidBills', amount: Math.min(h.debts.unpaidBills, Math.floor(h.cash - buffer)) };
  }
  return { type: 'endMonth' };
}

/** The automatic player's debt rule (docs/model.md): pay an instalment from savings while they exceed two months'
 * needs; otherwise ask relatives when they can cover the gap; otherwise let it fall into arrears. It never
 * borrows from a loan shark. When the loan is called in it pays what it can above two months' needs. */
function debtChoice(s: GameState): string {
  const p = s.pendingEvent!;
  const ok = (id: string) => p.choices.some((ch) => ch.id === id && ch.eligible);
  const reserve = monthlyNeeds(s) * AUTO.bufferMonths;
  if (p.id === 'debt.instalmentShort') {
    const due = s.household.loan?.pendingDue ?? 0;
    if (ok('paySavings') && s.household.cash - due >= reserve) return 'paySavings';
    if (ok('askRelatives')) return 'askRelatives';
    return 'letArrears';
  }
  if (p.id === 'debt.calledIn') return ok('payWhatYouCan') && s.household.cash > reserve ? 'payWhatYouCan' : 'cannotPay';
  return p.choices[p.choices.length - 1]!.id;
}

export function autoPolicy(state: GameState, path: PathId, opts?: PolicyOptions): Action {
  let c: Ctx;
  try {
    c = makeCtx(state);
  } catch {
    return { type: 'endMonth' };
  }
  return policyWith(state, c, path, opts);
}

/** Plays a whole life with the automatic player on one mutable copy (the result equals stepping one action at a
 * time with step(); a test checks this). A refused first choice ends the game at once with the refusal as reason. */
export function playOut(start: GameState, path: PathId, opts?: PolicyOptions, owned = false): GameState {
  // A state nobody else holds (fresh from newGame) can be played on directly.
  const s = owned ? start : cloneState(start);
  const c = makeCtx(s);
  c.emit = false;
  let guard = 0;
  while (!s.ended && guard++ < 100000) {
    let a = policyWith(s, c, path, opts);
    let reason = checkAction(s, c, a);
    if (reason && s.pathsTaken.length === 0) {
      s.ended = { month: s.month, reason };
      break;
    }
    if (reason) {
      a = { type: 'endMonth' };
      reason = checkAction(s, c, a);
      if (reason) break;
    }
    applyAction(s, c, a);
  }
  s.rng = c.rng.state();
  s.townRng = c.trng.state();
  return s;
}

export function simulateLife(cfg: GameConfig, path: PathId, opts?: PolicyOptions): GameState {
  const g = newGame(cfg);
  if (!g.ok) throw new Error(g.reason.key);
  return playOut(g.state, path, opts, true);
}
