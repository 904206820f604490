// Facts about the player's trade that the results file and the report compare with the student's predictions:
// how many others opened the same trade within a year of the player's choice, and whether the player's business
// beat the trade's average. Read from the month records only (pure; no model internals).
import type { GameState } from '../game/sim-api';

export interface BusinessFacts {
  businessId: string;
  openedMonth: number;
  monthsOpen: number;
  meanMonthlyProfit: number | null;
  /** Mean of the trade's average profit over the months the player's business was open. */
  tradeMeanProfit: number | null;
  closed: boolean;
}

/** The first business the player opened, and how it did. */
export function businessFacts(s: GameState): BusinessFacts | null {
  const taken = s.pathsTaken.find((p) => p.path === 'business');
  if (!taken?.detail) return null;
  let profit = 0;
  let trade = 0;
  let n = 0;
  for (const r of s.history) {
    if (r.month < taken.month || r.businessProfit === null || r.avgProfitSameType === null) continue;
    profit += r.businessProfit;
    trade += r.avgProfitSameType;
    n++;
  }
  return {
    businessId: taken.detail,
    openedMonth: taken.month,
    monthsOpen: n,
    meanMonthlyProfit: n ? Math.round(profit / n) : null,
    tradeMeanProfit: n ? Math.round(trade / n) : null,
    closed: !(s.path?.path === 'business' && s.path.businessId === taken.detail),
  };
}

/**
 * Others who opened `businessId` in the twelve months from `month` (the player's own shop not counted): each
 * month's rise in open shops of that trade plus that month's closures, which the month records carry while the
 * player follows that trade. Without closure figures for a month, only a rise counts (so never an overcount).
 */
export function entrantsWithinYear(s: GameState, businessId: string, month: number, ownShop: boolean): number | null {
  const base = s.history.find((r) => r.month === month - 1);
  const inYear = s.history.filter((r) => r.month >= month && r.month < month + 12);
  // A choice in the first month has no record before it: that month's own rise (which holds the player's shop) is not counted.
  const recs = base ? [base, ...inYear] : inYear;
  if (recs.length < 2) return null;
  let total = 0;
  for (let i = 1; i < recs.length; i++) {
    const a = recs[i - 1]!;
    const b = recs[i]!;
    const dOpen = (b.openByType[businessId] ?? 0) - (a.openByType[businessId] ?? 0);
    const dClosed = b.closedSameType !== null && a.closedSameType !== null ? b.closedSameType - a.closedSameType : 0;
    total += Math.max(0, dOpen + Math.max(0, dClosed));
  }
  return Math.max(0, total - (ownShop && base ? 1 : 0));
}
