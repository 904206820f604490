// Autopilot hand-back (design/class-market.md §4): while a student was away the host played their seat ('autopilot',
// or 'auto': last choice kept), and the class market counted that choice. The student's own game has not lived
// those months. When the student comes back (rounds caught up on a resync, never a round delivered live), their
// game plays each such round's months with the model's automatic player: the round's market enters first, the
// household follows the business the class counted for it, and the class bar then says which months were played
// for them. Rounds already lived are not taken in again (the old resync added the last round's entrants a second
// time to the next month).
import { autoPolicy } from '../game/sim-api';
import type { Action, ClassTick, GameState } from '../game/sim-api';
import type { RoundChoice } from '../../shared/class-protocol';
import { classMarketAction } from './adapter';

export type PlayedForFlag = 'autopilot' | 'auto';

export const isPlayedFor = (c: RoundChoice | null | undefined): c is RoundChoice & { flag: PlayedForFlag } =>
  !!c && (c.flag === 'autopilot' || c.flag === 'auto');

/** What to do with one round's result in the student's game. */
export type HandBack = 'apply' | 'catchUp' | 'skip';

/**
 * - `apply`: hand the round's market to the game's next month (every round delivered live; a caught-up round
 *   whose months the game has not reached yet).
 * - `catchUp`: a round played for the student whose months the game is in or before the end of: play them.
 * - `skip`: a caught-up round whose first month the game has already played (it took that market then).
 */
export function handBackOf(month: number, tick: ClassTick, mine: RoundChoice | null, live: boolean, monthsPerRound: number): HandBack {
  if (live) return 'apply';
  const end = tick.month + Math.max(1, monthsPerRound);
  if (isPlayedFor(mine) && month >= tick.month && month < end) return 'catchUp';
  return month > tick.month ? 'skip' : 'apply';
}

/**
 * The automatic player's next action in a month played for the student, following the class's choice; null when
 * the household has not chosen its way yet and the class counted no business for it: the game cannot pass a month
 * before that first choice, and choosing retirement, retraining or migration is left to the student.
 */
export function nextActionFor(s: GameState, mine: RoundChoice): Action | null {
  // events are answered as the automatic player would (its path argument only matters for a first choice)
  if (s.pendingEvent) return autoPolicy(s, 'business');
  if (s.pathsTaken.length === 0) {
    // a household that had not chosen yet opens the trade the class counted for it
    return mine.trade !== null ? autoPolicy(s, 'business', { businessId: mine.trade }) : null;
  }
  // a household on its way keeps its course, run by the automatic player's rules (it closes a losing business)
  return autoPolicy(s, s.path?.path ?? 'business');
}

export interface CaughtUp {
  round: number;
  /** Months (from 0) played for the student: [from, to). */
  from: number;
  to: number;
  flag: PlayedForFlag;
}

/**
 * Plays a round's remaining months for the student through `dispatch` (the session's own, so every step is saved
 * and shown): the round's market first, then the automatic player until the round's last month has ended.
 */
export function playRoundFor(
  getState: () => GameState | null,
  dispatch: (a: Action) => { ok: boolean },
  tick: ClassTick,
  mine: RoundChoice & { flag: PlayedForFlag },
  monthsPerRound: number,
): CaughtUp | null {
  const start = getState();
  if (!start || start.ended) return null;
  const end = tick.month + Math.max(1, monthsPerRound);
  dispatch(classMarketAction(tick)); // an engine without class mode refuses it; the months are still played
  let guard = 0;
  for (let s = getState(); s && !s.ended && s.month < end && guard < 400; s = getState(), guard++) {
    const a = nextActionFor(s, mine);
    if (!a || (!dispatch(a).ok && !dispatch({ type: 'endMonth' }).ok)) break;
  }
  const after = getState();
  return after && after.month > start.month ? { round: tick.round, from: start.month, to: after.month, flag: mine.flag } : null;
}

/** Months (1-based, as the play screen counts them) of the rounds the host played for this seat, in order. */
export function monthsPlayedFor(ticks: readonly ClassTick[], mine: readonly RoundChoice[], monthsPerRound: number): { round: number; first: number; last: number; flag: PlayedForFlag }[] {
  const k = Math.max(1, monthsPerRound);
  const out: { round: number; first: number; last: number; flag: PlayedForFlag }[] = [];
  for (const t of ticks) {
    const c = mine.find((x) => x.round === t.round);
    if (isPlayedFor(c)) out.push({ round: t.round, first: t.month + 1, last: t.month + k, flag: c.flag });
  }
  return out;
}

/**
 * On coming back to the game (a resumed household while seated in a class): every round the host played for the
 * student whose months the game has not lived is played now, in order, and the market of the round the game then
 * stands at the start of is handed to its coming month. Returns what was played.
 */
export function catchUpAll(
  getState: () => GameState | null,
  dispatch: (a: Action) => { ok: boolean },
  ticks: readonly ClassTick[],
  mine: readonly RoundChoice[],
  monthsPerRound: number,
): CaughtUp[] {
  const out: CaughtUp[] = [];
  if (monthsPerRound < 1) return out;
  for (const t of [...ticks].sort((a, b) => a.round - b.round)) {
    const s = getState();
    if (!s || s.ended) break;
    const c = mine.find((x) => x.round === t.round) ?? null;
    if (!isPlayedFor(c) || handBackOf(s.month, t, c, false, monthsPerRound) !== 'catchUp') continue;
    const r = playRoundFor(getState, dispatch, t, c, monthsPerRound);
    if (r) out.push(r);
  }
  // the round the game now stands at the start of, if it is resolved, sends its market into the coming month (a
  // reload lost it: the resync arrived before the household was open again; setting it twice changes nothing)
  const s = getState();
  const next = s && !s.ended ? ticks.find((t) => t.month === s.month) : undefined;
  if (next && !out.some((x) => x.round === next.round)) dispatch(classMarketAction(next));
  return out;
}
