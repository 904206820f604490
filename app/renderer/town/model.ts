// What the town shows, as plain data: turns a GameState (or none, for the title) into stalls with a visible
// state, the player's marks and the month's light. Pure (no Phaser, no DOM) so it is unit-tested.
import type { FirmOwner, GameState, LocationId } from '../game/sim-api';

/** What the town needs to know about a business type (from the sim's business list). */
export interface TownBusinessType {
  id: string;
  category: string;
  baselineProfit: number;
  incumbents: number;
}

export type StallForm = 'shop' | 'stall' | 'kerb';
export type StallStatus = 'busy' | 'steady' | 'struggling' | 'closed';

export interface TownFirm {
  id: number;
  businessId: string;
  category: string;
  owner: FirmOwner;
  formerCoworker: boolean;
  form: StallForm;
  status: StallStatus;
  /** 1 = the price before the layoffs. */
  priceIndex: number;
  /** Bars on the price sign (5 at the normal price). */
  priceBars: number;
  /** Customers waiting in front. */
  queue: number;
  openedMonth: number;
  closedMonth: number | null;
  /** Opened this month (drawn with a gentle fade-in when motion is allowed). */
  isNew: boolean;
  /** A shutter left by a firm that closed months ago: the model only counts these (closedByType). */
  past?: boolean;
}

/** At most this many old shutters per trade, so a long game's street stays walkable. */
export const MAX_PAST_SHUTTERS = 12;

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

export interface PlayerMarks {
  businessFirmId: number | null;
  /** Working or living away (migration): the home is shown with the door closed and no figure. */
  away: boolean;
  overdue: boolean;
  defaulted: boolean;
  guarantorVisiting: boolean;
  blacklisted: boolean;
  /** Owes an informal lender. */
  loanShark: boolean;
}

export interface TownView {
  /** The title backdrop: the town before the layoffs. */
  preLayoff: boolean;
  month: number;
  calendarMonth: number;
  season: Season;
  lanterns: boolean;
  snow: boolean;
  chimneySmoke: boolean;
  firms: TownFirm[];
  /** People walking along the street. */
  walkers: number;
  /** Share of walkers still in mill/mine work clothes. */
  workerShare: number;
  /** People waiting outside the job centre. */
  jobCentreQueue: number;
  player: PlayerMarks | null;
}

export const NORMAL_PRICE_BARS = 5;

export function priceBars(priceIndex: number): number {
  return Math.max(1, Math.min(6, Math.round(priceIndex * NORMAL_PRICE_BARS)));
}

export function formOf(businessId: string, location: LocationId): StallForm {
  if (businessId === 'motorbikeTaxi' || businessId === 'renovationCrew') return 'kerb';
  return location === 'streetStall' ? 'stall' : 'shop';
}

export function seasonOf(calendarMonth: number): Season {
  if (calendarMonth === 12 || calendarMonth <= 2) return 'winter';
  if (calendarMonth <= 5) return 'spring';
  if (calendarMonth <= 8) return 'summer';
  return 'autumn';
}

/** How a firm looks from its last month's profit against what a typical firm of its type earned before. */
export function statusOf(lastProfit: number, baselineProfit: number, closed: boolean, justOpened: boolean): StallStatus {
  if (closed) return 'closed';
  if (justOpened) return 'steady';
  if (lastProfit >= 0.85 * baselineProfit) return 'busy';
  if (lastProfit >= 0.35 * baselineProfit) return 'steady';
  return 'struggling';
}

const QUEUE: Record<StallStatus, number> = { busy: 3, steady: 1, struggling: 0, closed: 0 };

/** Calendar month (1..12) of game month `month` when the game starts in `startMonthOfYear`. */
export const calendarMonthOf = (startMonthOfYear: number, month: number): number => ((((startMonthOfYear - 1 + month) % 12) + 12) % 12) + 1;

function light(calendarMonth: number): Pick<TownView, 'calendarMonth' | 'season' | 'lanterns' | 'snow'> {
  const season = seasonOf(calendarMonth);
  // Spring Festival falls in late January or February: lanterns in the first month of the lunar year, shown in February.
  return { calendarMonth, season, lanterns: calendarMonth === 2, snow: season === 'winter' };
}

/** The town before the layoffs: every incumbent open at the normal price, the mill working. */
export function preLayoffTown(types: readonly TownBusinessType[], calendarMonth = 4): TownView {
  const firms: TownFirm[] = [];
  let id = 1;
  for (const t of types) {
    for (let i = 0; i < t.incumbents; i++) {
      const loc: LocationId = i % 3 === 2 ? 'streetStall' : 'mainStreet';
      firms.push({
        id: id++, businessId: t.id, category: t.category, owner: 'incumbent', formerCoworker: false,
        form: formOf(t.id, loc), status: i % 2 === 0 ? 'busy' : 'steady', priceIndex: 1, priceBars: NORMAL_PRICE_BARS,
        queue: i % 2 === 0 ? 2 : 1, openedMonth: -1, closedMonth: null, isNew: false,
      });
    }
  }
  return {
    preLayoff: true, month: 0, ...light(calendarMonth), chimneySmoke: true, firms,
    walkers: 70, workerShare: 0.45, jobCentreQueue: 0, player: null,
  };
}

/** The town in a running game. `startMonthOfYear` comes from the scenario. */
export function townFromState(state: GameState, types: readonly TownBusinessType[], startMonthOfYear: number): TownView {
  const byId = new Map(types.map((t) => [t.id, t]));
  const month = state.month;
  const playerFirmId = state.path?.path === 'business' ? state.path.firmId : null;
  const firms: TownFirm[] = [];
  for (const f of state.market.firms) {
    const t = byId.get(f.businessId);
    if (!t) continue;
    const closed = f.closedMonth !== null && f.closedMonth <= month;
    const priceIndex = state.market.priceIndex[f.businessId] ?? 1;
    const justOpened = f.owner !== 'incumbent' && f.openedMonth >= month - 1 && f.lastRevenue === 0;
    const status = statusOf(f.lastProfit, t.baselineProfit, closed, justOpened);
    firms.push({
      id: f.id, businessId: f.businessId, category: t.category, owner: f.owner, formerCoworker: f.formerCoworker,
      form: formOf(f.businessId, f.location), status, priceIndex, priceBars: priceBars(priceIndex),
      queue: QUEUE[status], openedMonth: f.openedMonth, closedMonth: f.closedMonth,
      isNew: !closed && f.owner !== 'incumbent' && f.openedMonth >= month - 1,
    });
  }
  // The model forgets firms closed more than three months ago but counts them; their shutters stay on the street.
  let ghostId = -1;
  for (const t of types) {
    const listed = firms.filter((f) => f.businessId === t.id && f.status === 'closed').length;
    const past = Math.min(MAX_PAST_SHUTTERS, Math.max(0, (state.market.closedByType[t.id] ?? 0) - listed));
    for (let i = 0; i < past; i++) {
      const loc: LocationId = t.id === 'motorbikeTaxi' || t.id === 'renovationCrew' || i % 3 !== 2 ? 'mainStreet' : 'streetStall';
      firms.push({
        id: ghostId--, businessId: t.id, category: t.category, owner: 'cohort', formerCoworker: false, form: formOf(t.id, loc),
        status: 'closed', priceIndex: 1, priceBars: NORMAL_PRICE_BARS, queue: 0, openedMonth: -1000 + i, closedMonth: null, isNew: false, past: true,
      });
    }
  }
  const hh = state.household;
  const loan = hh.loan;
  const overdue = hh.debts.arrears > 0 || loan?.status === 'arrears' || (loan?.missedPayments ?? 0) > 0;
  const g = state.guarantor;
  const guarantorVisiting = !!g && g.bound && (overdue || hh.defaulted || g.paid > 0) && hh.location === 'home';
  const town = state.market.town;
  const spending = Math.max(0, Math.min(1.2, (town.wageIndex + town.remittanceIndex) / 2));
  const layoffFade = Math.max(0, 1 - month / 12);
  const idle = state.market.cohort.counts.idle;
  return {
    preLayoff: false, month, ...light(calendarMonthOf(startMonthOfYear, month)),
    chimneySmoke: false,
    firms,
    walkers: Math.round(30 + 40 * spending + 0.2 * firms.filter((f) => f.status !== 'closed').length),
    workerShare: 0.35 * layoffFade,
    jobCentreQueue: Math.max(0, Math.min(8, Math.round(idle / 10) + (month < 6 ? 2 : 0))),
    player: {
      businessFirmId: playerFirmId,
      away: hh.location === 'away',
      overdue,
      defaulted: hh.defaulted,
      guarantorVisiting,
      blacklisted: hh.blacklisted,
      loanShark: hh.debts.loanShark > 0,
    },
  };
}

/** The most crowded street the game can show, for the frame-rate benchmark: a large cohort that went into
 * business, many closures and falling prices, and a full pavement. Deterministic. */
export function crowdedTown(types: readonly TownBusinessType[], firmCount = 220, walkers = 160): TownView {
  const firms: TownFirm[] = [];
  const weights = types.map((t) => t.incumbents + 1);
  const total = weights.reduce((a, b) => a + b, 0);
  let id = 1;
  types.forEach((t, ti) => {
    const n = Math.max(2, Math.round((firmCount * (weights[ti] ?? 1)) / total));
    const pi = 0.55 + 0.05 * (ti % 4);
    for (let i = 0; i < n; i++) {
      const owner: FirmOwner = i < t.incumbents ? 'incumbent' : 'cohort';
      const loc: LocationId = i % 3 === 2 ? 'streetStall' : i % 3 === 1 ? 'sideStreet' : 'mainStreet';
      const r = (i * 7 + ti * 3) % 10;
      const status: StallStatus = r < 3 ? 'closed' : r < 6 ? 'struggling' : r < 9 ? 'steady' : 'busy';
      firms.push({
        id: id++, businessId: t.id, category: t.category, owner, formerCoworker: owner === 'cohort' && i % 2 === 0,
        form: formOf(t.id, loc), status, priceIndex: pi, priceBars: priceBars(pi), queue: QUEUE[status],
        openedMonth: owner === 'incumbent' ? -1 : i % 30, closedMonth: status === 'closed' ? 20 : null, isNew: false,
      });
    }
  });
  const firstBreakfast = firms.find((f) => f.owner === 'cohort' && f.status !== 'closed');
  return {
    preLayoff: false, month: 22, ...light(2), chimneySmoke: false, firms, walkers, workerShare: 0.05, jobCentreQueue: 8,
    player: {
      businessFirmId: firstBreakfast?.id ?? null, away: false, overdue: true, defaulted: false,
      guarantorVisiting: true, blacklisted: true, loanShark: false,
    },
  };
}
