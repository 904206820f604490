// The one place a student's own game takes in the class market: a round's entrants replace the simulated cohort's
// new businesses through the engine's `setClassMarket` action (GameState.market.classEntrants). Until the engine
// accepts that action, step() refuses it and the game keeps its simulated cohort; nothing else changes.
import { classEntrantsOf } from '../game/sim-api';
import type { Action, ClassTick, GameState } from '../game/sim-api';
import type { Choice } from '../../shared/class-protocol';
import { TRADE_IDS } from '../../shared/class-constants';

/** The action that hands a round's entrants to the student's game. */
export function classMarketAction(tick: ClassTick): Action {
  return { type: 'setClassMarket', entrants: classEntrantsOf(tick) } as unknown as Action;
}

/** The business choice the class market sees: the trade and location of the household's business, or none. */
export function choiceFromState(state: GameState | null): Choice {
  const p = state?.path;
  if (p && p.path === 'business' && (TRADE_IDS as readonly string[]).includes(p.businessId)) {
    return { trade: p.businessId as Choice['trade'], location: p.location };
  }
  return { trade: null };
}
