// A sensible automatic player, used for `simulateLife`, batches and the report's "paths not taken".
// It picks the option that fits the persona best, pays what it must, borrows from relatives before loan sharks,
// closes a business after months of losses, and comes home after months without work away.
import type { Action, GameConfig, GameState, PathId } from './types';
import { ageYears, is4050, makeCtx, type Ctx } from './ctx';
import { BUSINESSES } from './data/businesses';
import { COURSES } from './data/courses';
import { DESTINATIONS } from './data/destinations';
import { EVENT_INDEX } from './events';
import { applyAction, checkAction, cloneState, newGame } from './engine';
import { defaultLoanAmount } from './actions';
import { startupNeeded } from './paths';
import { deriveSeed, Rng } from './rng';

export interface PolicyOptions {
  businessId?: string;
}

function bestCourse(s: GameState, c: Ctx): string {
  const age = ageYears(s);
  let best = COURSES[0]!.id;
  let bestScore = -1;
  for (const course of COURSES) {
    let odds = course.placementOdds * course.genderFactor[c.persona.gender];
    if (course.skills.some((k) => c.persona.skills.includes(k))) odds *= 1.25;
    if (age > course.maxAge) odds *= 0.3;
    const score = odds * course.wage - course.fee / 24;
    if (score > bestScore) {
      bestScore = score;
      best = course.id;
    }
  }
  return best;
}

function bestDestination(s: GameState, c: Ctx): string {
  const age = ageYears(s);
  let best = DESTINATIONS[0]!.id;
  let bestScore = -Infinity;
  for (const d of DESTINATIONS) {
    const fit = d.skills.some((k) => c.persona.skills.includes(k)) ? 1.4 : 1;
    const odds = Math.min(0.95, d.hireOdds * fit * (age > d.maxHireAge ? 0.12 : 1) * d.genderFactor[c.persona.gender]);
    const score = odds * (d.wage - d.livingCost) - (d.travel + d.deposit) / 12;
    if (score > bestScore) {
      bestScore = score;
      best = d.id;
    }
  }
  return best;
}

/** The trade a typical laid-off worker with these skills opens: drawn with the same weights the cohort uses
 * (what people like them open, low-barrier trades first), raised for trades that use one of their skills, among
 * those they can afford. The draw uses its own generator seeded from the game's seed, so a life stays reproducible
 * and the game's random stream is untouched. */
export function bestBusiness(s: GameState, c: Ctx): string {
  const weights = BUSINESSES.map((b) => {
    const fit = b.skills.some((k) => c.persona.skills.includes(k)) ? SKILL_PULL : 1;
    const affordable = startupNeeded(c, b.id) <= s.household.cash + c.v.loanCap ? 1 : 0;
    return affordable * fit * b.cohortWeight;
  });
  if (!weights.some((w) => w > 0)) return BUSINESSES[0]!.id;
  return BUSINESSES[Rng.fromSeed(deriveSeed(s.config.seed, 0x7ad3)).weighted(weights)]!.id;
}

/** How much more likely a worker is to open a trade that uses a skill they have (model assumption, L). */
const SKILL_PULL = 3;

/** Share of a good month's profit the owner takes home to live on: the same as cohort founders (market.ts). */
const OWNER_DRAW = 0.7;

/** The business's own account, kept the way a cohort founder's till is: the owner's own working capital (the
 * same range as a cohort founder's), the working capital borrowed beyond the start-up costs, plus what the business earns after the owner's draw, minus the loan repaid. When it is used
 * up the business is not paying its way, and the owner closes it rather than pour the family's reserve into it. */
export function businessAccount(s: GameState, c: Ctx): number {
  if (s.path?.path !== 'business') return 0;
  const since = s.path.sinceMonth;
  const loan = s.household.loan;
  // Own money put in: drawn from the same range as a cohort founder's starting till (market.ts), seeded per game.
  let acc = Rng.fromSeed(deriveSeed(s.config.seed, 0x7ad4)).range(3000, 15000) * c.ws;
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
      const location = b && b.stallAllowed && b.rent === 0 ? 'streetStall' : 'sideStreet';
      return { type: 'choosePath', path: 'business', businessId, loanAmount: defaultLoanAmount(s, c, businessId), termMonths: Math.round(c.v.loanDefaultTermMonths), location };
    }
  }
}

function monthlyNeeds(s: GameState): number {
  const last = s.history[s.history.length - 1];
  return last ? last.expenses : 2000;
}

function policyWith(s: GameState, c: Ctx, path: PathId, opts?: PolicyOptions): Action {
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
  if (s.path?.path === 'business') {
    if (s.path.lossMonths >= 9 || (s.path.lossMonths >= 4 && h.cash < needs * 3)) return { type: 'closeBusiness' };
    if (s.path.lossMonths >= 3 && businessAccount(s, c) < 0) return { type: 'closeBusiness' };
  }
  if (s.path?.path === 'migrate' && !h.employed && s.path.monthsUnemployed >= 3) return { type: 'returnHome' };
  if (h.location === 'home' && !h.employed && s.path?.path !== 'business' && h.retirement === 'none' && h.uiMonthsLeft === 0
    && (h.severancePaid || h.leftNeitui) && (is4050(c, ageYears(s)) || s.path === null)) {
    if (checkAction(s, c, { type: 'takePublicWelfareJob' }) === null) return { type: 'takePublicWelfareJob' };
  }
  if (h.payingContributions && h.cash < needs * 3) return { type: 'setContributions', on: false };
  if (h.debts.arrears > 0) {
    if (h.cash >= h.debts.arrears) return { type: 'repayExtra', target: 'arrears', amount: h.debts.arrears };
    const gap = h.debts.arrears - Math.max(0, h.cash);
    if (gap > 0 && gap <= h.relativesCapacity) return { type: 'borrowInformal', source: 'relatives', amount: gap };
  }
  const buffer = needs * 2;
  if (h.debts.loanShark > 0 && h.cash - buffer > 0) {
    return { type: 'repayExtra', target: 'loanShark', amount: Math.min(h.debts.loanShark, Math.floor(h.cash - buffer)) };
  }
  if (h.debts.unpaidBills > 0 && h.cash - buffer > 0) {
    return { type: 'repayExtra', target: 'unpaidBills', amount: Math.min(h.debts.unpaidBills, Math.floor(h.cash - buffer)) };
  }
  return { type: 'endMonth' };
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
  return s;
}

export function simulateLife(cfg: GameConfig, path: PathId, opts?: PolicyOptions): GameState {
  const g = newGame(cfg);
  if (!g.ok) throw new Error(g.reason.key);
  return playOut(g.state, path, opts, true);
}
