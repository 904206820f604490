// Helpers for the class-market tests: a reducer state with seats, and choices that produce given counts.
import { initialState, reduce } from '../../../app/class-host/reducer';
import type { HostEvent, HostState, ReduceResult } from '../../../app/class-host/reducer';
import { APP_VERSION, PROTOCOL_VERSION, TRADE_IDS, scenarioHash } from '../../../app/shared/class-protocol';
import type { ClientFrame } from '../../../app/shared/class-protocol';

export const CODE = 'K7Q-2MX';

export function hostState(over: Partial<HostState['config']> = {}): HostState {
  return initialState({
    code: CODE, classSeed: 20161104, scenarioId: '2016-steel-coal', appVersion: APP_VERSION, monthsPerRound: 3, rounds: 12, maxSeats: 64, autoRounds: false, ...over,
  });
}

export function hello(conn: string, nick: string, token: string, resume?: { seat: number; token: string }): HostEvent {
  const frame: Extract<ClientFrame, { t: 'hello' }> = {
    t: 'hello', v: PROTOCOL_VERSION, appVersion: APP_VERSION, scenarioHash: scenarioHash('2016-steel-coal'), joinCode: 'k7q2mx', nick, ...(resume ? { resume } : {}),
  };
  return { e: 'hello', conn, frame, token, at: 1000 };
}

export function submit(conn: string, round: number, seq: number, trade: (typeof TRADE_IDS)[number] | null): HostEvent {
  return { e: 'submit', conn, frame: { t: 'submit', round, seq, choice: trade === null ? { trade: null } : { trade, location: 'sideStreet' } }, at: 2000 };
}

export const cmd = (command: Extract<HostEvent, { e: 'command' }>['command'], at = 3000): HostEvent => ({ e: 'command', command, at });

export function run(s: HostState, events: HostEvent[]): { state: HostState; results: ReduceResult[] } {
  const results: ReduceResult[] = [];
  for (const ev of events) {
    const r = reduce(s, ev);
    results.push(r);
    s = r.state;
  }
  return { state: s, results };
}

/** Seat choices (trade per seat, null = none) whose counts per trade are `counts`, padded to `seats`. */
export function choicesFor(counts: readonly number[], seats: number): ((typeof TRADE_IDS)[number] | null)[] {
  const out: ((typeof TRADE_IDS)[number] | null)[] = [];
  counts.forEach((n, i) => {
    for (let k = 0; k < n; k++) out.push(TRADE_IDS[i]!);
  });
  while (out.length < seats) out.push(null);
  if (out.length > seats) throw new Error('more choices than seats');
  return out;
}

export const token = (i: number) => i.toString(16).padStart(32, '0');
