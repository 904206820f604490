// The town's main street: spending pools fed by wages, pensions and remittances; incumbent firms; a cohort of
// other laid-off workers who choose paths and crowd into the same low-barrier trades; Salop-like prices that
// fall as firms enter (price = c + (1-c)(n0/n)^g); firms that run out of cash close. The player's firm is one of them.
import type { Category, CohortState, Firm, GameState, LocationId, MarketState, TownState } from './types';
import { CATEGORIES, PATH_IDS } from './types';
import { BUSINESSES, BUSINESS_INDEX, LOCATIONS } from './data/businesses';
import { addTimeline, type Ctx } from './ctx';
import type { Rng } from './rng';
import type { Values } from './values';
import { SPENDING_SOURCES } from './data/town';
import * as TOWN from './data/town';

export { SPENDING_SOURCES };

/** Owners take most of a good month's profit home; what stays is the firm's cash buffer. */
const INCUMBENT_DRAW = TOWN.firmsIncumbentDraw;
const COHORT_DRAW = TOWN.firmsFounderDraw;

export interface TypeStats {
  open: number;
  profitSum: number;
  closedThisMonth: number;
}

/** The one place firm objects are built (also used to copy them), so they all share one hidden shape; the
 * market loop runs several times faster on objects of a single shape. */
export function makeFirm(f: Firm): Firm {
  return {
    id: f.id, businessId: f.businessId, bi: f.bi, owner: f.owner, location: f.location, openedMonth: f.openedMonth, closedMonth: f.closedMonth,
    cash: f.cash, quality: f.quality, loanBalance: f.loanBalance, loanInstalment: f.loanInstalment, lastRevenue: f.lastRevenue,
    lastProfit: f.lastProfit, formerCoworker: f.formerCoworker, shock: f.shock, missedInRow: f.missedInRow, reserve: f.reserve,
  };
}

function initTown(v: Values, cohortSize: number, rng: Rng, year: number): TownState {
  const categoryIndex = {} as Record<Category, number>;
  for (const c of CATEGORIES) categoryIndex[c] = 1;
  // A television success story about a low-barrier trade runs in the first year about half the time (the old
  // event's 6% a month over twelve months), drawn from the town's stream so every path of a seed sees it.
  const low = BUSINESSES.filter((b) => b.lowBarrier && tradeExists(b, year));
  const story = rng.chance(TOWN.tvStoryFirstYearChance);
  const tvStoryMonth = story ? rng.int(1, TOWN.tvStoryWindowMonths) : -1;
  const tvStoryBusiness = low[rng.int(0, low.length - 1)]!.id;
  return {
    wageIndex: 1, remittanceIndex: 1, pensionIndex: 1, categoryIndex, labourIndex: 1, migrantDemandIndex: 1,
    welfarePostsFree: Math.round((v.welfarePostsPer100 * (cohortSize + 1)) / 100), tvStoryMonth, tvStoryBusiness,
  };
}

/** Whether a trade existed in the scenario's year (no phone repair in 1998). */
export function tradeExists(b: { sinceYear?: number }, year: number): boolean {
  return (b.sinceYear ?? 0) <= year;
}

function pickLocation(rng: Rng, stallAllowed: boolean): LocationId {
  const r = rng.float();
  if (stallAllowed && r < TOWN.firmsStallDrawBelow) return 'streetStall';
  return r < TOWN.firmsMainStreetDrawBelow ? 'mainStreet' : 'sideStreet';
}

/** An incumbent's demand shock: a draw from the monthly process's long-run spread (it has already survived). */
function startShock(v: Values, rng: Rng): number {
  return (rng.normal() * v.firmShockSd) / Math.sqrt(1 - v.firmShockPersistence * v.firmShockPersistence);
}

/** A new firm's fit with its market, unknown until it trades (Jovanovic 1982): on average an entrant has no more
 * custom than an established firm, and most have less; a stall cannot serve more than about twice an ordinary
 * one's custom (capped at +0.7 in logs, L). */
export function entryShock(v: Values, rng: Rng): number {
  return Math.min(TOWN.firmsEntryShockCap, rng.normal() * v.firmEntrySd - (v.firmEntrySd * v.firmEntrySd) / 2);
}

/** The loan a project needs: start-up, licence and a few months of rent and running costs, capped by the scheme
 * (Yinfa [2002] No. 394; Caijin [2016] No. 85: loans finance the project). One rule for the player and the cohort. */
export function projectLoanLimit(v: Values, ws: number, businessId: string, location: LocationId): number {
  const b = BUSINESSES[BUSINESS_INDEX.get(businessId) ?? -1];
  if (!b) return 0;
  const startup = (b.startupCost + b.licence) * ws;
  const running = (b.rent * LOCATIONS[location].rentFactor + b.fixedMonthly) * ws * v.workingCapitalMonths;
  return Math.min(Math.round(v.loanCap), Math.round(startup + running));
}

export function initMarket(v: Values, cohortSize: number, rng: Rng, ws: number, year: number): MarketState {
  const firms: Firm[] = [];
  let id = 1;
  for (const b of BUSINESSES) {
    if (!tradeExists(b, year)) continue;
    for (let k = 0; k < b.incumbents; k++) {
      firms.push(makeFirm({
        id: id++, businessId: b.id, bi: BUSINESS_INDEX.get(b.id)!, owner: 'incumbent', location: pickLocation(rng, b.stallAllowed), openedMonth: -1 - rng.int(...TOWN.firmsIncumbentAgeMonths),
        closedMonth: null, cash: Math.round(b.baselineProfit * ws * rng.range(...TOWN.firmsIncumbentCashMonths)), quality: rng.range(...TOWN.firmsIncumbentQuality),
        loanBalance: 0, loanInstalment: 0, lastRevenue: 0, lastProfit: 0, formerCoworker: false, shock: startShock(v, rng), missedInRow: 0, reserve: 0,
      }));
    }
  }
  // The cohort's plan: each member's path and the month they act on it. Business founders need a loan approved,
  // so they open over the first ten months; planned types follow the low-barrier weights.
  const shares = [v.cohortShareRetire, v.cohortShareRetrain, v.cohortShareMigrate, v.cohortShareBusiness];
  const idle = Math.max(0, 1 - shares.reduce((a, b) => a + b, 0));
  const weights = [...shares, idle];
  const bizWeights = BUSINESSES.map((b) => (tradeExists(b, year) ? b.cohortWeight : 0));
  const members: Array<[number, number, number]> = [];
  for (let i = 0; i < cohortSize; i++) {
    const path = rng.weighted(weights);
    const pathIdx = path >= 4 ? -1 : path;
    let month = 0;
    let biz = -1;
    if (pathIdx === 1) month = rng.int(...TOWN.cohortRetrainMonths);
    else if (pathIdx === 2) month = rng.int(...TOWN.cohortMigrateMonths);
    else if (pathIdx === 3) {
      month = rng.int(...TOWN.cohortBusinessMonths);
      biz = rng.weighted(bizWeights);
    } else if (pathIdx === -1) month = rng.int(...TOWN.cohortIdleMonths);
    members.push([month, pathIdx, biz]);
  }
  // Members in the order of the month they act, in draw order within a month: exactly what a stable sort by
  // month gives, done by bucketing (months are a few small whole numbers) instead of a comparison sort.
  const buckets: Array<Array<[number, number, number]>> = [];
  for (const mem of members) (buckets[mem[0]] ??= []).push(mem);
  members.length = 0;
  for (const b of buckets) if (b) members.push(...b);
  const cohort: CohortState = {
    size: cohortSize,
    planMonth: members.map((m) => m[0]),
    planPath: members.map((m) => m[1]),
    planBusiness: members.map((m) => m[2]),
    next: 0,
    counts: { retire: 0, retrain: 0, migrate: 0, business: 0, idle: 0 },
    businessesOpened: 0,
    businessesFailed: 0,
    loanDefaults: 0,
    seekers: 0, employedLocal: 0, migrantsAway: 0, migrantsEmployed: 0, welfarePosts: 0, debtors: [], loansRepaid: 0, borrowers: 0,
  };
  const priceIndex: Record<string, number> = {};
  const closedByType: Record<string, number> = {};
  for (const b of BUSINESSES) {
    priceIndex[b.id] = 1;
    closedByType[b.id] = 0;
  }
  return { firms, nextFirmId: id, cohort, town: initTown(v, cohortSize, rng, year), modifiers: [], priceIndex, closedByType, classEntrants: null };
}

/** Product of active modifiers of a kind for a business (matching its id, its category, or 'all'). */
export function modifierFactor(m: MarketState, kind: string, businessId: string, category: string, month: number): number {
  let f = 1;
  for (const mod of m.modifiers) {
    if (mod.kind !== kind || mod.untilMonth < month) continue;
    if (mod.target === businessId || mod.target === category || mod.target === 'all') f *= mod.factor;
  }
  return f;
}

export function openFirm(s: GameState, businessId: string, owner: Firm['owner'], location: LocationId, cash: number, quality: number, loan: number, term: number, formerCoworker: boolean, shock = 0, reserve = 0): Firm {
  const firm: Firm = makeFirm({
    id: s.market.nextFirmId++, businessId, bi: BUSINESS_INDEX.get(businessId) ?? 0, owner, location, openedMonth: s.month, closedMonth: null, cash: Math.round(cash), quality,
    loanBalance: Math.round(loan), loanInstalment: term > 0 ? Math.ceil(loan / term) : 0, lastRevenue: 0, lastProfit: 0, formerCoworker, shock, missedInRow: 0, reserve: Math.round(reserve),
  });
  s.market.firms.push(firm);
  return firm;
}

function closeFirm(s: GameState, c: Ctx, f: Firm, stats: TypeStats[]): void {
  f.closedMonth = s.month;
  s.market.closedByType[f.businessId] = (s.market.closedByType[f.businessId] ?? 0) + 1;
  const st = stats[f.bi];
  if (st) st.closedThisMonth++;
  if (f.owner === 'cohort') {
    const co = s.market.cohort;
    co.businessesFailed++;
    // The founder goes back to looking for work, and still owes what the bank lent.
    co.seekers++;
    if (f.loanBalance > 0) co.debtors.push([f.loanBalance, f.loanInstalment, f.reserve, f.missedInRow, 0]);
  }
}

/** The one cash-flow rule for a loan instalment, for the player and every cohort founder: paid in full when the
 * money is there; otherwise missed, and the third miss in a row is a default (the 90-day rule). */
/** What a household will put towards an instalment from its savings: what lies above two months' needs (the same
 * rule the automatic player follows; two minimum wages stand for a month's needs, L). */
export function payableFromSavings(savings: number, c: Ctx): number {
  return Math.max(0, savings - TOWN.cohortSavingsFloorMinWages * c.v.minimumWage);
}

export function instalmentOutcome(available: number, due: number, missedInRow: number, missesToDefault: number): { paid: boolean; missedInRow: number; defaulted: boolean } {
  if (available >= due) return { paid: true, missedInRow: 0, defaulted: false };
  const n = missedInRow + 1;
  return { paid: false, missedInRow: n, defaulted: n >= missesToDefault };
}

/** Founders whose business has closed keep repaying from their reserve and what the household can spare. */
function serviceCohortDebtors(s: GameState, c: Ctx): void {
  const co = s.market.cohort;
  if (co.debtors.length === 0) return;
  const keep: number[][] = [];
  for (const d of co.debtors) {
    // The household lives on its reserve until someone finds work in the same crowded labour pool.
    if (!d[4] && c.trng.chance(c.v.jobSearchBase * s.market.town.labourIndex)) d[4] = 1;
    const income = d[4] ? c.v.minimumWage * TOWN.labourPoolClosedFounderWageShareOfMinimum : 0;
    const available = d[2]! + income - c.v.founderNeeds * c.ws;
    const due = Math.min(d[1]!, d[0]!);
    const r = instalmentOutcome(payableFromSavings(available, c), due, d[3]!, c.v.missedPaymentsToDefault);
    if (r.paid) {
      d[0] = d[0]! - due;
      d[2] = available - due;
    } else d[2] = available;
    d[3] = r.missedInRow;
    if (r.defaulted) co.loanDefaults++;
    else if (d[0]! <= 0) co.loansRepaid++;
    else keep.push(d);
  }
  co.debtors = keep;
}

/** Cohort members act on their plans; would-be founders mostly follow the herd, a few look at last month's profits. */
function cohortActs(s: GameState, c: Ctx, lastAvgProfit: ArrayLike<number>): void {
  const co = s.market.cohort;
  const m = s.market;
  while (co.next < co.size && (co.planMonth[co.next] ?? 0) <= s.month) {
    const i = co.next++;
    const pathIdx = co.planPath[i] ?? -1;
    if (pathIdx < 0) {
      co.counts.idle++;
      co.seekers++;
      continue;
    }
    const path = PATH_IDS[pathIdx]!;
    if (path !== 'business') {
      co.counts[path]++;
      if (path === 'retrain') co.seekers++;
      if (path === 'migrate') co.migrantsAway++;
      continue;
    }
    let bi = co.planBusiness[i] ?? 0;
    // A TV story about a successful shop pulls planned founders into that trade.
    for (const mod of m.modifiers) {
      if (mod.kind === 'entry' && mod.untilMonth >= s.month && c.trng.chance(mod.factor - 1 > TOWN.cohortTvPullStrongAbove ? TOWN.cohortTvPullStrong : TOWN.cohortTvPullWeak)) {
        const t = BUSINESS_INDEX.get(mod.target);
        if (t !== undefined) bi = t;
      }
    }
    if ((lastAvgProfit[bi] ?? 0) < 0 && c.trng.chance(TOWN.cohortFounderStayOutChance)) {
      // Some see the losses and stay out (they join the idle instead).
      co.counts.idle++;
      co.seekers++;
      continue;
    }
    co.counts.business++;
    // In class mode the class round decides who opens what this month (below), not the cohort's own plan.
    if (m.classEntrants) continue;
    openCohortFirm(s, c, bi);
  }
  if (m.classEntrants) {
    for (const [id, n] of Object.entries(m.classEntrants)) {
      const bi = BUSINESS_INDEX.get(id);
      if (bi === undefined) continue;
      for (let k = 0; k < n; k++) openCohortFirm(s, c, bi);
    }
    m.classEntrants = null;
  }
}

/** A cohort founder opens a firm of type `bi` with a project loan and a little of their own money. */
function openCohortFirm(s: GameState, c: Ctx, bi: number): void {
  const co = s.market.cohort;
  const b = BUSINESSES[bi]!;
  co.businessesOpened++;
  co.borrowers++;
  // Founders borrow what the project needs (the scheme lends for the project) and add a little of their own.
  const location = pickLocation(c.trng, b.stallAllowed);
  const loan = projectLoanLimit(c.v, c.ws, b.id, location);
  const startup = (b.startupCost + b.licence) * c.ws;
  const own = c.trng.range(...TOWN.cohortFounderOwnMoney) * c.ws;
  openFirm(s, b.id, 'cohort', location, own + Math.max(0, loan - startup), c.trng.range(...TOWN.cohortFounderQuality), loan, c.v.loanDefaultTermMonths, true, entryShock(c.v, c.trng),
    c.v.founderReserve * c.trng.range(...TOWN.cohortFounderReserveSpread));
}

/** The local labour market and the destination cities, month by month (expected counts, no draws): the cohort's
 * searchers compete with the town's own unemployed for a pool of openings that shrinks with local spending. */
function labourMarket(s: GameState, c: Ctx, phase: number): void {
  const co = s.market.cohort;
  const t = s.market.town;
  const searching = Math.max(0, co.seekers - co.employedLocal - co.welfarePosts);
  t.labourIndex = t.wageIndex * (c.v.baselineJobSeekers / (c.v.baselineJobSeekers + searching));
  // The cohort's mix of ages and genders halves the odds for about half of them (the 4050 rule).
  const hires = searching * c.v.jobSearchBase * t.labourIndex * (1 - TOWN.labourPoolShare4050 * (1 - c.v.agePenalty4050));
  co.employedLocal += hires - co.employedLocal * c.v.localJobLossRate;
  // Public-welfare posts go to the hardest cases among those still searching, as long as there are posts.
  const take = Math.min(t.welfarePostsFree, searching * TOWN.labourPoolWelfareHardshipShare * TOWN.labourPoolWelfarePlacementRate);
  co.welfarePosts += take;
  t.welfarePostsFree -= take;
  t.migrantDemandIndex = 1 - c.v.migrantDemandCut * phase;
  const unemployedAway = Math.max(0, co.migrantsAway - co.migrantsEmployed);
  co.migrantsEmployed += unemployedAway * TOWN.labourPoolMigrantHireRate * t.migrantDemandIndex - co.migrantsEmployed * TOWN.labourPoolMigrantJobLossRate;
}

/** The town's wage index: spending falls with the laid-off people not back in work, as a share of the town's
 * workforce, phased in over the first year. One formula for the town and for the class market's resolver. */
export function townWageIndex(v: Values, phase: number, notWorking: number): number {
  return Math.max(TOWN.townSpendingWageIndexFloor, 1 - phase * v.wageLossPerLaidOff * (notWorking / v.townWorkforce));
}

function updateTown(s: GameState, c: Ctx): void {
  const t = s.market.town;
  const co = s.market.cohort;
  const phase = Math.min(1, (s.month + 1) / c.v.layoffPhaseMonths);
  // Spending falls with the share of the town's workforce laid off and not back in work.
  const notWorking = Math.max(0, co.size + 1 - co.employedLocal - co.welfarePosts * TOWN.labourPoolWelfarePostWageShare);
  t.wageIndex = townWageIndex(c.v, phase, notWorking);
  labourMarket(s, c, phase);
  const remMod = modifierFactor(s.market, 'remittance', '', '', s.month);
  t.remittanceIndex = ((1 - c.v.townRemittanceCut * phase) + co.migrantsEmployed * c.v.cohortMigrantRemittanceLift) * remMod;
  t.pensionIndex = 1 + co.counts.retire * TOWN.townSpendingPensionIndexPerRetiree;
  for (const cat of CATEGORIES) {
    const src = SPENDING_SOURCES[cat];
    t.categoryIndex[cat] = src.wages * t.wageIndex + src.pensions * t.pensionIndex + src.remittances * t.remittanceIndex;
  }
  if (s.month === t.tvStoryMonth) {
    addTimeline(s, c, 'event.tvStory.title', { businessId: t.tvStoryBusiness }, false);
    s.market.modifiers.push({ kind: 'entry', target: t.tvStoryBusiness, factor: TOWN.tvStoryEntryFactor, untilMonth: s.month + TOWN.tvStoryEntryMonths - 1 });
    s.market.modifiers.push({ kind: 'demand', target: t.tvStoryBusiness, factor: TOWN.tvStoryDemandFactor, untilMonth: s.month + TOWN.tvStoryDemandMonths - 1 });
  }
}

/** Per-type demand and prices; every open firm's revenue and profit for the month; closures. Returns per-type stats. */
// Scratch buffers reused every month (the model is single-threaded and stepMarket is not re-entrant; every
// entry is overwritten before it is read), so a month allocates almost nothing.
const N_TYPES = BUSINESSES.length;
const lastProfitSum = new Float64Array(N_TYPES);
const lastOpen = new Float64Array(N_TYPES);
const open = new Float64Array(N_TYPES);
const weightSum = new Float64Array(N_TYPES);
const unitCost = new Float64Array(N_TYPES);
const demand = new Float64Array(N_TYPES);
const price = new Float64Array(N_TYPES);
const fixedBase = new Float64Array(N_TYPES);
let weights = new Float64Array(512);
/** Each open firm's location rent factor, read once per firm in the demand pass and reused for its costs. */
let rentFactors = new Float64Array(512);

/** Last month's average profit per trade (scratch, like the buffers above). */
const lastAvg = new Float64Array(N_TYPES);

/** (incumbents / n)^g for trade `bi` with `n` firms open, remembered per trade and firm count: the market asks for
 * the same few whole-number ratios month after month, and Math.pow is the dearest call of the month's loop. The
 * memo returns the very number Math.pow gave, so results are unchanged; it starts afresh when g changes. */
const crowdMemo: number[][] = BUSINESSES.map(() => []);
let crowdMemoG = NaN;
function crowdingPow(bi: number, incumbents: number, n: number, g: number): number {
  if (g !== crowdMemoG) {
    for (const memo of crowdMemo) memo.length = 0;
    crowdMemoG = g;
  }
  const memo = crowdMemo[bi]!;
  let x = memo[n];
  if (x === undefined) {
    x = Math.pow(incumbents / n, g);
    memo[n] = x;
  }
  return x;
}

export function stepMarket(s: GameState, c: Ctx, playerQuality: number): TypeStats[] {
  const m = s.market;
  const nTypes = N_TYPES;
  // One pass over the firms for two things: firms closed more than three months ago are forgotten (they stay
  // counted in closedByType), and last month's average profit per type, which cohort founders look at before
  // entering, is summed over the open ones.
  const forgetBefore = s.month - 3;
  let keep = 0;
  lastProfitSum.fill(0);
  lastOpen.fill(0);
  for (const f of m.firms) {
    if (f.closedMonth !== null) {
      if (f.closedMonth >= forgetBefore) keep++;
      continue;
    }
    keep++;
    lastProfitSum[f.bi]! += f.lastProfit;
    lastOpen[f.bi]!++;
  }
  if (keep < m.firms.length) m.firms = m.firms.filter((f) => f.closedMonth === null || f.closedMonth >= forgetBefore);
  for (let i = 0; i < nTypes; i++) lastAvg[i] = lastOpen[i]! > 0 ? lastProfitSum[i]! / lastOpen[i]! : 0;

  updateTown(s, c);
  cohortActs(s, c, lastAvg);
  serviceCohortDebtors(s, c);

  const hasMods = m.modifiers.length > 0;
  open.fill(0);
  weightSum.fill(0);
  const firms = m.firms;
  if (weights.length < firms.length) {
    weights = new Float64Array(firms.length * 2);
    rentFactors = new Float64Array(firms.length * 2);
  }
  // The month's constants, read once instead of once per firm (the same numbers, so the same results).
  const persistence = c.v.firmShockPersistence;
  const shockSd = c.v.firmShockSd;
  for (let i = 0; i < firms.length; i++) {
    const f = firms[i]!;
    if (f.closedMonth !== null) continue;
    const bi = f.bi;
    open[bi]!++;
    // Each firm's own luck: a persistent demand shock (a good cook, a bad landlord, a road dug up for months).
    const eps = f.owner === 'player' ? c.rng.normal() : c.trng.normal();
    f.shock = persistence * f.shock + shockSd * eps;
    const loc = LOCATIONS[f.location];
    rentFactors[i] = loc.rentFactor;
    let w = f.quality * loc.footfall * Math.exp(f.shock);
    // Events that bring the player custom (a big order, a price war) take it from rivals: they change the
    // player's share of the trade's spending, never the spending itself.
    if (f.owner === 'player') w *= playerQuality * (hasMods ? modifierFactor(m, 'demand', 'player', 'player', s.month) : 1);
    weights[i] = w;
    weightSum[bi]! += w;
  }
  const stats: TypeStats[] = [];
  for (let bi = 0; bi < nTypes; bi++) {
    const b = BUSINESSES[bi]!;
    const n = Math.max(1, open[bi]!);
    const costIdx = hasMods ? modifierFactor(m, 'cost', b.id, b.category, s.month) : 1;
    const crowd = Math.min(TOWN.firmsCrowdPriceCap, crowdingPow(bi, b.incumbents, n, c.v.crowdingElasticity));
    unitCost[bi] = b.unitCostShare * costIdx;
    price[bi] = unitCost[bi]! + (1 - b.unitCostShare) * crowd;
    m.priceIndex[b.id] = Math.round(price[bi]! * 1000) / 1000;
    demand[bi] = b.baseDemand * c.ws * m.town.categoryIndex[b.category] * (hasMods ? modifierFactor(m, 'demand', b.id, b.category, s.month) : 1);
    fixedBase[bi] = b.fixedMonthly * c.ws;
    stats.push({ open: open[bi]!, profitSum: 0, closedThisMonth: 0 });
  }
  const ws = c.ws;
  const founderNeeds = c.v.founderNeeds * ws;
  const missesToDefault = c.v.missedPaymentsToDefault;
  const exitRate = c.v.incumbentMonthlyExitRate;
  for (let i = 0; i < firms.length; i++) {
    const f = firms[i]!;
    if (f.closedMonth !== null) continue;
    const bi = f.bi;
    const b = BUSINESSES[bi]!;
    const volume = (demand[bi]! * weights[i]!) / weightSum[bi]!;
    const unit = unitCost[bi]!;
    let p = price[bi]!;
    let rentF = 1;
    const isPlayer = f.owner === 'player';
    if (isPlayer && hasMods) {
      p *= modifierFactor(m, 'price', 'player', 'player', s.month);
      rentF = modifierFactor(m, 'rent', 'player', 'player', s.month);
    }
    const revenue = volume * p;
    const fixed = b.rent * rentFactors[i]! * rentF * ws + fixedBase[bi]!;
    const profit = revenue - volume * unit - fixed;
    // `|| 0` turns a rounded -0 into 0, so a saved and reloaded state compares equal.
    f.lastRevenue = Math.round(revenue) || 0;
    f.lastProfit = Math.round(profit) || 0;
    stats[bi]!.profitSum += f.lastProfit;
    if (isPlayer) continue; // the household's ledger carries the player's firm
    const draw = profit > 0 ? profit * (f.owner === 'incumbent' ? INCUMBENT_DRAW : COHORT_DRAW) : 0;
    f.cash = Math.round(f.cash + profit - draw);
    // A founder's household lives on what the business lets it take home; a thin month comes out of its reserve.
    if (f.owner === 'cohort') f.reserve = Math.round(f.reserve + draw - founderNeeds);
    if (f.loanBalance > 0) {
      const due = f.loanInstalment < f.loanBalance ? f.loanInstalment : f.loanBalance;
      // The till pays first; what it cannot, the household pays from savings above two months' needs.
      const fromTill = Math.max(0, Math.min(f.cash, due));
      const r = instalmentOutcome(fromTill + payableFromSavings(f.reserve, c), due, f.missedInRow, missesToDefault);
      f.missedInRow = r.missedInRow;
      if (r.paid) {
        f.cash -= fromTill;
        f.reserve -= due - fromTill;
        f.loanBalance -= due;
        if (f.loanBalance <= 0) m.cohort.loansRepaid++;
      }
      if (r.defaulted) {
        // The bank calls in the loan and the stall's equipment; the founder's business ends here.
        m.cohort.loanDefaults++;
        f.loanBalance = 0;
        closeFirm(s, c, f, stats);
        continue;
      }
    }
    if (f.cash < 0 || (f.owner === 'incumbent' && c.trng.chance(exitRate))) closeFirm(s, c, f, stats);
  }
  // drop expired modifiers so the state stays small
  if (hasMods) m.modifiers = m.modifiers.filter((mod) => mod.untilMonth >= s.month);
  return stats;
}

export function closePlayerFirm(s: GameState, firmId: number): void {
  const f = s.market.firms.find((x) => x.id === firmId);
  if (f && f.closedMonth === null) {
    f.closedMonth = s.month;
    s.market.closedByType[f.businessId] = (s.market.closedByType[f.businessId] ?? 0) + 1;
  }
}

export function openCount(s: GameState, businessId: string): number {
  let n = 0;
  for (const f of s.market.firms) if (f.closedMonth === null && f.businessId === businessId) n++;
  return n;
}
