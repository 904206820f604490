// Debt decisions the model raises itself (not drawn at random): an instalment the business cannot cover, the bank
// calling in a defaulted loan, the guarantor paying, the defaulters' list. Each becomes the pending event, so the
// household decides before the next month, and the renderer shows it as a card like any other event.
import type { GameState } from './types';
import { addTimeline, type Ctx } from './ctx';
import { EVENT_INDEX, EVENTS, refreshPending } from './events';

export function raiseDebtEvent(s: GameState, c: Ctx, id: string, params: Record<string, string | number>): void {
  const def = EVENT_INDEX.get(id);
  if (!def) return;
  const i = EVENTS.indexOf(def);
  s.eventLastFired[i] = s.month;
  s.eventCount[i] = (s.eventCount[i] ?? 0) + 1;
  s.pendingEvent = { id, kind: 'debt', month: s.month, params, choices: [] };
  refreshPending(s, c);
  addTimeline(s, c, `event.${id}.title`, params, true);
  if (c.emit) c.events.push({ type: 'eventStarted', month: s.month, key: `event.${id}.title`, params });
}
