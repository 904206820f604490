// The town's main street: spending pools fed by wages, pensions and remittances; incumbent firms; a cohort of
// other laid-off workers who choose paths and crowd into the same low-barrier trades; Salop-like prices that
// fall as firms enter (price = c + (1-c)(n0/n)^g); firms that run out of cash close. The player's firm is one of them.
import type { Category, CohortState, Firm, GameState, LocationId, MarketState, TownState } from './types';
import { CATEGORIES, PATH_IDS } from './types';
import { BUSINESSES, BUSINESS_INDEX, LOCATIONS } from './data/businesses';
import type { Ctx } from './ctx';
import type { Rng } from './rng';
import type { Values } from './values';

/** Where each category's spending comes from: shares of wages, pensions and remittances (model assumption, L;
 * construction leans on remittances after the seed essay's township, where >31% of businesses built houses for migrants' families). */
export const SPENDING_SOURCES: Readonly<Record<Category, { wages: number; pensions: number; remittances: number }>> = {
  food: { wages: 0.55, pensions: 0.3, remittances: 0.15 },
  retail: { wages: 0.55, pensions: 0.25, remittances: 0.2 },
  services: { wages: 0.6, pensions: 0.25, remittances: 0.15 },
  transport: { wages: 0.6, pensions: 0.2, remittances: 0.2 },
  construction: { wages: 0.2, pensions: 0.05, remittances: 0.75 },
};

/** Owners take most of a good month's profit home; what stays is the firm's cash buffer. */
const INCUMBENT_DRAW = 0.8;
const COHORT_DRAW = 0.7;

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
    lastProfit: f.lastProfit, formerCoworker: f.formerCoworker,
  };
}

function initTown(): TownState {
  const categoryIndex = {} as Record<Category, number>;
  for (const c of CATEGORIES) categoryIndex[c] = 1;
  return { wageIndex: 1, remittanceIndex: 1, pensionIndex: 1, categoryIndex };
}

function pickLocation(rng: Rng, stallAllowed: boolean): LocationId {
  const r = rng.float();
  if (stallAllowed && r < 0.2) return 'streetStall';
  return r < 0.5 ? 'mainStreet' : 'sideStreet';
}

export function initMarket(v: Values, cohortSize: number, rng: Rng, ws: number): MarketState {
  const firms: Firm[] = [];
  let id = 1;
  for (const b of BUSINESSES) {
    for (let k = 0; k < b.incumbents; k++) {
      firms.push(makeFirm({
        id: id++, businessId: b.id, bi: BUSINESS_INDEX.get(b.id)!, owner: 'incumbent', location: pickLocation(rng, b.stallAllowed), openedMonth: -1 - rng.int(6, 120),
        closedMonth: null, cash: Math.round(b.baselineProfit * ws * rng.range(2, 8)), quality: rng.range(0.85, 1.15),
        loanBalance: 0, loanInstalment: 0, lastRevenue: 0, lastProfit: 0, formerCoworker: false,
      }));
    }
  }
  // The cohort's plan: each member's path and the month they act on it. Business founders need a loan approved,
  // so they open over the first ten months; planned types follow the low-barrier weights.
  const shares = [v.cohortShareRetire, v.cohortShareRetrain, v.cohortShareMigrate, v.cohortShareBusiness];
  const idle = Math.max(0, 1 - shares.reduce((a, b) => a + b, 0));
  const weights = [...shares, idle];
  const bizWeights = BUSINESSES.map((b) => b.cohortWeight);
  const members: Array<[number, number, number]> = [];
  for (let i = 0; i < cohortSize; i++) {
    const path = rng.weighted(weights);
    const pathIdx = path >= 4 ? -1 : path;
    let month = 0;
    let biz = -1;
    if (pathIdx === 1) month = rng.int(0, 2);
    else if (pathIdx === 2) month = rng.int(1, 8);
    else if (pathIdx === 3) {
      month = rng.int(1, 10);
      biz = rng.weighted(bizWeights);
    } else if (pathIdx === -1) month = rng.int(0, 3);
    members.push([month, pathIdx, biz]);
  }
  members.sort((a, b) => a[0] - b[0]);
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
  };
  const priceIndex: Record<string, number> = {};
  const closedByType: Record<string, number> = {};
  for (const b of BUSINESSES) {
    priceIndex[b.id] = 1;
    closedByType[b.id] = 0;
  }
  return { firms, nextFirmId: id, cohort, town: initTown(), modifiers: [], priceIndex, closedByType };
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

export function openFirm(s: GameState, businessId: string, owner: Firm['owner'], location: LocationId, cash: number, quality: number, loan: number, term: number, formerCoworker: boolean): Firm {
  const firm: Firm = makeFirm({
    id: s.market.nextFirmId++, businessId, bi: BUSINESS_INDEX.get(businessId) ?? 0, owner, location, openedMonth: s.month, closedMonth: null, cash: Math.round(cash), quality,
    loanBalance: Math.round(loan), loanInstalment: term > 0 ? Math.round(loan / term) : 0, lastRevenue: 0, lastProfit: 0, formerCoworker,
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
    s.market.cohort.businessesFailed++;
    if (f.loanBalance > 0 && c.rng.chance(c.v.cohortDefaultOnFailure)) s.market.cohort.loanDefaults++;
  }
}

/** Cohort members act on their plans; would-be founders mostly follow the herd, a few look at last month's profits. */
function cohortActs(s: GameState, c: Ctx, lastAvgProfit: number[]): void {
  const co = s.market.cohort;
  const m = s.market;
  while (co.next < co.size && (co.planMonth[co.next] ?? 0) <= s.month) {
    const i = co.next++;
    const pathIdx = co.planPath[i] ?? -1;
    if (pathIdx < 0) {
      co.counts.idle++;
      continue;
    }
    const path = PATH_IDS[pathIdx]!;
    if (path !== 'business') {
      co.counts[path]++;
      continue;
    }
    let bi = co.planBusiness[i] ?? 0;
    // A TV story about a successful shop pulls planned founders into that trade.
    for (const mod of m.modifiers) {
      if (mod.kind === 'entry' && mod.untilMonth >= s.month && c.rng.chance(mod.factor - 1 > 0.9 ? 0.6 : 0.3)) {
        const t = BUSINESS_INDEX.get(mod.target);
        if (t !== undefined) bi = t;
      }
    }
    const b = BUSINESSES[bi]!;
    if ((lastAvgProfit[bi] ?? 0) < 0 && c.rng.chance(0.35)) {
      // Some see the losses and stay out (they join the idle instead).
      co.counts.idle++;
      continue;
    }
    co.counts.business++;
    co.businessesOpened++;
    const loan = Math.min(c.v.loanCap, b.startupCost * c.ws * c.rng.range(0.6, 1));
    openFirm(s, b.id, 'cohort', pickLocation(c.rng, b.stallAllowed), c.rng.range(3000, 15000) * c.ws, c.rng.range(0.8, 1.2), loan, c.v.loanDefaultTermMonths, true);
  }
}

function updateTown(s: GameState, c: Ctx): void {
  const t = s.market.town;
  const phase = Math.min(1, (s.month + 1) / c.v.layoffPhaseMonths);
  t.wageIndex = 1 - c.v.townWageCut * phase;
  const migrants = s.market.cohort.counts.migrate;
  const remMod = modifierFactor(s.market, 'remittance', '', '', s.month);
  t.remittanceIndex = ((1 - c.v.townRemittanceCut * phase) + migrants * c.v.cohortMigrantRemittanceLift) * remMod;
  t.pensionIndex = 1 + s.market.cohort.counts.retire * 0.0005;
  for (const cat of CATEGORIES) {
    const src = SPENDING_SOURCES[cat];
    t.categoryIndex[cat] = src.wages * t.wageIndex + src.pensions * t.pensionIndex + src.remittances * t.remittanceIndex;
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

export function stepMarket(s: GameState, c: Ctx, playerQuality: number): TypeStats[] {
  const m = s.market;
  const nTypes = N_TYPES;
  // Forget firms closed more than three months ago (they stay counted in closedByType).
  let keep = 0;
  for (let i = 0; i < m.firms.length; i++) if (m.firms[i]!.closedMonth === null || m.firms[i]!.closedMonth! >= s.month - 3) keep++;
  if (keep < m.firms.length) m.firms = m.firms.filter((f) => f.closedMonth === null || f.closedMonth >= s.month - 3);
  // last month's average profit per type, used by cohort founders deciding whether to enter
  lastProfitSum.fill(0);
  lastOpen.fill(0);
  for (let i = 0; i < m.firms.length; i++) {
    const f = m.firms[i]!;
    if (f.closedMonth !== null) continue;
    lastProfitSum[f.bi]! += f.lastProfit;
    lastOpen[f.bi]!++;
  }
  const lastAvg: number[] = [];
  for (let i = 0; i < nTypes; i++) lastAvg.push(lastOpen[i]! > 0 ? lastProfitSum[i]! / lastOpen[i]! : 0);

  updateTown(s, c);
  cohortActs(s, c, lastAvg);

  open.fill(0);
  weightSum.fill(0);
  const firms = m.firms;
  if (weights.length < firms.length) weights = new Float64Array(firms.length * 2);
  for (let i = 0; i < firms.length; i++) {
    const f = firms[i]!;
    if (f.closedMonth !== null) continue;
    const bi = f.bi;
    open[bi]!++;
    let w = f.quality * LOCATIONS[f.location].footfall * (0.85 + 0.3 * c.rng.float());
    if (f.owner === 'player') w *= playerQuality;
    weights[i] = w;
    weightSum[bi]! += w;
  }
  const stats: TypeStats[] = [];
  const hasMods = m.modifiers.length > 0;
  for (let bi = 0; bi < nTypes; bi++) {
    const b = BUSINESSES[bi]!;
    const n = Math.max(1, open[bi]!);
    const costIdx = hasMods ? modifierFactor(m, 'cost', b.id, b.category, s.month) : 1;
    const crowd = Math.min(1.3, Math.pow(b.incumbents / n, c.v.crowdingElasticity));
    unitCost[bi] = b.unitCostShare * costIdx;
    price[bi] = unitCost[bi]! + (1 - b.unitCostShare) * crowd;
    m.priceIndex[b.id] = Math.round(price[bi]! * 1000) / 1000;
    demand[bi] = b.baseDemand * c.ws * m.town.categoryIndex[b.category] * (hasMods ? modifierFactor(m, 'demand', b.id, b.category, s.month) : 1);
    fixedBase[bi] = b.fixedMonthly * c.ws;
    stats.push({ open: open[bi]!, profitSum: 0, closedThisMonth: 0 });
  }
  for (let i = 0; i < firms.length; i++) {
    const f = firms[i]!;
    if (f.closedMonth !== null) continue;
    const bi = f.bi;
    const b = BUSINESSES[bi]!;
    let volume = (demand[bi]! * weights[i]!) / weightSum[bi]!;
    const unit = unitCost[bi]!;
    let p = price[bi]!;
    let rentF = 1;
    const isPlayer = f.owner === 'player';
    if (isPlayer && hasMods) {
      volume *= modifierFactor(m, 'demand', 'player', 'player', s.month);
      p *= modifierFactor(m, 'price', 'player', 'player', s.month);
      rentF = modifierFactor(m, 'rent', 'player', 'player', s.month);
    }
    const revenue = volume * p;
    const fixed = b.rent * LOCATIONS[f.location].rentFactor * rentF * c.ws + fixedBase[bi]!;
    const profit = revenue - volume * unit - fixed;
    f.lastRevenue = Math.round(revenue);
    f.lastProfit = Math.round(profit);
    stats[bi]!.profitSum += f.lastProfit;
    if (isPlayer) continue; // the household's ledger carries the player's firm
    const draw = profit > 0 ? profit * (f.owner === 'incumbent' ? INCUMBENT_DRAW : COHORT_DRAW) : 0;
    const instalment = f.loanInstalment < f.loanBalance ? f.loanInstalment : f.loanBalance;
    f.loanBalance -= instalment;
    f.cash = Math.round(f.cash + profit - draw - instalment);
    if (f.cash < 0 || (f.owner === 'incumbent' && c.rng.chance(c.v.incumbentMonthlyExitRate))) closeFirm(s, c, f, stats);
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
