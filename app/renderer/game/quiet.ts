// What makes a month "quiet", so that the player can let several of them pass with one press: nothing asks
// for a decision, nothing turned, and the choices open to the household stay the same.
import type { ActionOption, GameState, SimEvent } from './sim-api';

/** A stable signature of which actions are open now (kind + eligibility), ignoring amounts. */
export function openChoicesSignature(options: readonly ActionOption[]): string {
  const parts = options.map((o) => {
    const a = o.action as { type: string; path?: string; courseId?: string; destinationId?: string; businessId?: string; source?: string; target?: string };
    return `${a.type}:${a.path ?? ''}:${a.courseId ?? a.destinationId ?? a.businessId ?? a.source ?? a.target ?? ''}:${o.eligible ? 1 : 0}`;
  });
  return [...new Set(parts)].sort().join('|');
}

export type StopReason = 'event' | 'ended' | 'turningPoint' | 'choicesChanged' | 'cashShort' | 'limit';

/** Why an automatic run of months should stop after this month, or null to keep going. */
export function stopAfterMonth(prev: GameState, next: GameState, events: readonly SimEvent[], prevSig: string, nextSig: string): StopReason | null {
  if (next.ended) return 'ended';
  if (next.pendingEvent) return 'event';
  if (next.timeline.slice(prev.timeline.length).some((e) => e.turningPoint)) return 'turningPoint';
  if (events.some((e) => e.type === 'eventHappened' || e.type === 'gameEnded')) return 'turningPoint';
  if (prevSig !== nextSig) return 'choicesChanged';
  if (next.household.cash < 0 || (next.household.cash < prev.household.cash && next.household.cash < 2000 && prev.household.cash >= 2000)) return 'cashShort';
  return null;
}
