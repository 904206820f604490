// The class session file (`irb-class-session` v1): everything a class produced, re-opened by the class results
// view and the debrief. Versioned and validated like the results file; rounds are recomputed from counts on load.
import { z } from 'zod';
import { MAX_ROUNDS, TRADE_IDS, classParamsSchema, roundChoiceSchema } from './class-protocol';

export const CLASS_SESSION_KIND = 'irb-class-session';
export const CLASS_SESSION_VERSION = 1;

export const classSessionSchema = z.object({
  kind: z.literal(CLASS_SESSION_KIND),
  version: z.literal(CLASS_SESSION_VERSION),
  appVersion: z.string().max(32),
  scenarioId: z.string().max(40),
  classSeed: z.number().int(),
  params: classParamsSchema.nullable(),
  rounds: z.array(z.object({
    round: z.number().int().min(1).max(MAX_ROUNDS),
    counts: z.array(z.number().int().min(0).max(63)).length(TRADE_IDS.length),
    check: z.string().max(8),
    source: z.enum(['live', 'code']),
  }).strict()).max(MAX_ROUNDS),
  seats: z.array(z.object({
    seat: z.number().int().min(1),
    nick: z.string().max(64),
    kicked: z.boolean(),
    rounds: z.array(roundChoiceSchema).max(MAX_ROUNDS),
    predictions: z.record(z.string(), z.object({ entrants: z.number().int().min(0), beatAverage: z.boolean() }).strict()),
  }).strict()).max(999),
}).strict();
export type ClassSessionFile = z.infer<typeof classSessionSchema>;

export type SessionParse = { ok: true; session: ClassSessionFile } | { ok: false; detail: string };

export function parseClassSession(text: string): SessionParse {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, detail: 'not JSON' };
  }
  const r = classSessionSchema.safeParse(json);
  if (!r.success) return { ok: false, detail: r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, session: r.data };
}
