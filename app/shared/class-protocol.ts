// The live class market's wire protocol (design/class-market.md §4): JSON frames checked with zod on arrival.
// Clients send only enums and bounded integers; every market number comes from app/sim's resolver.
import { z } from 'zod';

import { LOCATION_IDS, MAX_FRAME_BYTES, MAX_ROUNDS, MAX_SEATS, PROTOCOL_VERSION, TRADE_IDS } from './class-constants';

export { APP_VERSION, LOCATION_IDS, MAX_FRAME_BYTES, MAX_ROUNDS, MAX_SEATS, NICK_MAX, PROTOCOL_VERSION, TRADE_IDS } from './class-constants';

const int = (min: number, max: number) => z.number().int().min(min).max(max);
const token = z.string().regex(/^[0-9a-f]{32}$/);
const seat = int(1, 999);
const round = int(1, MAX_ROUNDS);
const counts = z.array(int(0, 63)).length(TRADE_IDS.length);

export const tradeSchema = z.enum(TRADE_IDS);
export const locationSchema = z.enum(LOCATION_IDS);
export type TradeId = z.infer<typeof tradeSchema>;
export type LocationChoice = z.infer<typeof locationSchema>;

export const choiceSchema = z.object({ trade: tradeSchema.nullable(), location: locationSchema.optional() }).strict();
export type Choice = z.infer<typeof choiceSchema>;
export const predictSchema = z.object({ entrants: int(0, 999), beatAverage: z.boolean() }).strict();

export const clientFrameSchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('hello'), v: z.number().int(), appVersion: z.string().max(32), scenarioHash: z.string().max(64),
    joinCode: z.string().max(16), nick: z.string().max(64), resume: z.object({ seat, token }).strict().optional(),
  }).strict(),
  z.object({ t: z.literal('submit'), round, seq: int(1, 1_000_000), choice: choiceSchema, predict: predictSchema.optional() }).strict(),
  z.object({ t: z.literal('leave') }).strict(),
]);
export type ClientFrame = z.infer<typeof clientFrameSchema>;

export const PHASES = ['lobby', 'open', 'closed', 'resolved', 'ended'] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;
export const MODES = ['live', 'code'] as const;

export const REJECT_REASONS = ['bad-code', 'locked', 'full', 'version', 'scenario', 'kicked', 'seat-in-use', 'paused', 'rate', 'bad-frame', 'ended', 'bad-nick', 'stale-round', 'transferred'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** One seat's record of a round, as the student's own app needs it on resync. */
export const roundChoiceSchema = z.object({
  round, trade: tradeSchema.nullable(), location: locationSchema.nullable(), flag: z.enum(['chosen', 'auto', 'autopilot', 'absent']),
}).strict();
export type RoundChoice = z.infer<typeof roundChoiceSchema>;

export const classParamsSchema = z.object({ scenarioId: z.string().max(40), seats: int(1, MAX_SEATS), monthsPerRound: int(1, 12) }).strict();

export const serverFrameSchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('welcome'), v: z.number().int(), seat, token, nick: z.string().max(64), scenarioId: z.string().max(40), classSeed: z.number().int(),
    params: classParamsSchema.nullable(), seatWeight: z.number(), round: int(0, MAX_ROUNDS), phase: phaseSchema, paused: z.boolean(), mode: z.enum(MODES),
    rounds: int(1, MAX_ROUNDS), myChoices: z.array(roundChoiceSchema).max(MAX_ROUNDS), history: z.array(counts).max(MAX_ROUNDS),
    checks: z.array(z.string().max(8)).max(MAX_ROUNDS), lastSeq: int(0, 1_000_000), now: z.number(),
  }).strict(),
  z.object({
    t: z.literal('reject'), reason: z.enum(REJECT_REASONS), hostVersion: z.string().max(32).optional(), hostScenario: z.string().max(64).optional(),
  }).strict(),
  z.object({ t: z.literal('phase'), round: int(0, MAX_ROUNDS), phase: phaseSchema, paused: z.boolean(), submitted: int(0, 999), total: int(0, 999), mode: z.enum(MODES) }).strict(),
  z.object({ t: z.literal('ack'), round, seq: int(1, 1_000_000) }).strict(),
  z.object({ t: z.literal('tick'), round, counts, check: z.string().max(8), choice: roundChoiceSchema.nullable(), at: z.number(), params: classParamsSchema }).strict(),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;
export type WelcomeFrame = Extract<ServerFrame, { t: 'welcome' }>;
export type TickFrame = Extract<ServerFrame, { t: 'tick' }>;

/** Teacher commands: local only (IPC, stdin, or the loopback dashboard), never from the class network. */
export const hostCommandSchema = z.discriminatedUnion('cmd', [
  z.object({ cmd: z.literal('open'), round }).strict(),
  z.object({ cmd: z.literal('close'), round }).strict(),
  z.object({ cmd: z.literal('pause'), on: z.boolean() }).strict(),
  z.object({ cmd: z.literal('lock'), on: z.boolean() }).strict(),
  z.object({ cmd: z.literal('kick'), seat }).strict(),
  z.object({ cmd: z.literal('autopilot'), seat, on: z.boolean() }).strict(),
  /** Marks a seat for transfer (on) or unmarks it: the next join with that seat's nickname takes the seat. */
  z.object({ cmd: z.literal('transfer'), seat, on: z.boolean() }).strict(),
  z.object({ cmd: z.literal('mode'), mode: z.enum(MODES) }).strict(),
  z.object({ cmd: z.literal('codeCounts'), round, counts, classSize: int(1, MAX_SEATS) }).strict(),
  z.object({ cmd: z.literal('end') }).strict(),
]);
export type HostCommand = z.infer<typeof hostCommandSchema>;

export type ParsedFrame = { ok: true; frame: ClientFrame } | { ok: false; code: 1008 | 1009 };

/** Parses one frame from a client; never throws. 1009 for oversize, 1008 for anything else that is not a valid frame. */
export function parseClientFrame(data: string | Uint8Array): ParsedFrame {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data).length : data.length;
  if (bytes > MAX_FRAME_BYTES) return { ok: false, code: 1009 };
  let text: string;
  try {
    text = typeof data === 'string' ? data : new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return { ok: false, code: 1008 };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, code: 1008 };
  }
  const r = clientFrameSchema.safeParse(json);
  return r.success ? { ok: true, frame: r.data } : { ok: false, code: 1008 };
}

/** Parses one frame from the host; null when it is not a valid frame. */
export function parseServerFrame(text: string): ServerFrame | null {
  if (text.length > MAX_FRAME_BYTES * 2) return null;
  try {
    const r = serverFrameSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export { cleanNick } from './class-nick';

/** The key two nicknames are compared by ("Ｗang" = "wang"). */
export function nickKey(nick: string): string {
  return nick.normalize('NFKC').toLowerCase();
}

/** The scenario hash a client and host compare: scenario id plus protocol version (a change in either refuses the join). */
export function scenarioHash(scenarioId: string): string {
  return `${scenarioId}@p${PROTOCOL_VERSION}`;
}
