// Argument schemas for every IPC method (Electron security checklist #17's other half: treat what the
// renderer sends as untrusted). Each schema is a tuple, so extra or missing arguments fail too.
import { isIP } from 'node:net';
import { z } from 'zod';
import { CLASS_PRESETS } from '../class-host/presets';
import { choiceSchema, hostCommandSchema, NICK_MAX, predictSchema } from '../shared/class-protocol';
import {
  MAX_JSON_BYTES,
  SAVE_SLOT_PATTERN,
  type ClassHostStartRequest,
  type ClassJoinRequest,
  type ClassSubmitRequest,
  type ExportRequest,
  type IrbMethod,
} from '../shared/ipc';
import { normaliseJoinCode } from '../shared/market-code';
import { LOCALES } from '../shared/locales';
import { TEXT_SIZES, type Settings } from '../shared/settings';
import { parseJsonObject } from './json-text';

export const saveSlotSchema = z.string().regex(SAVE_SLOT_PATTERN, 'slot must be 1-32 characters of a-z, 0-9 and inner "-"');

const withinJsonLimit = (s: string) => Buffer.byteLength(s, 'utf8') <= MAX_JSON_BYTES;

export const saveJsonSchema = z
  .string()
  .refine(withinJsonLimit, `save is larger than ${MAX_JSON_BYTES} bytes`)
  .refine((s) => parseJsonObject(s).ok, 'save must be the JSON text of an object');

export const settingsPatchSchema = z.strictObject({
  language: z.enum(LOCALES).nullable().optional(),
  textSize: z.number().int().min(0).max(TEXT_SIZES.length - 1).optional(),
  reducedMotion: z.boolean().nullable().optional(),
  sound: z.boolean().optional(),
}) satisfies z.ZodType<Partial<Settings>>;

const suggestedNameSchema = z.string().min(1).max(200);

export const exportRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('json'),
    suggestedName: suggestedNameSchema,
    data: z
      .string()
      .refine(withinJsonLimit, `export is larger than ${MAX_JSON_BYTES} bytes`)
      .refine(isJsonText, 'data must be JSON text'),
  }),
  z.strictObject({
    kind: z.literal('pdf'),
    suggestedName: suggestedNameSchema,
    pageSize: z.enum(['A4', 'Letter']).optional(),
  }),
]) satisfies z.ZodType<ExportRequest>;

const classCodeSchema = z.string().max(16).refine((s) => normaliseJoinCode(s) !== null, 'class code must be six letters or digits (e.g. K7Q-2MX)');

export const classHostStartSchema = z.strictObject({
  preset: z.enum(CLASS_PRESETS.map((p) => p.id) as [string, ...string[]]).optional(),
  code: classCodeSchema.optional(),
  port: z.number().int().min(1024).max(65535).optional(),
}) satisfies z.ZodType<ClassHostStartRequest>;

/** "192.168.1.20", "192.168.1.20:43210", "[fe80::1]:43210": an IP literal (no names, so no DNS surprises) and a port. */
export function parseClassAddress(text: string): { host: string; port: number | null } | null {
  const m = /^\[([0-9a-fA-F:.%\w-]+)\](?::(\d{1,5}))?$/.exec(text) ?? /^([0-9.]+)(?::(\d{1,5}))?$/.exec(text) ?? /^([0-9a-fA-F:]+)()$/.exec(text);
  if (!m) return null;
  const port = m[2] ? Number(m[2]) : null;
  if (port !== null && (port < 1 || port > 65535)) return null;
  return isIP(m[1]!.split('%')[0]!) ? { host: m[1]!, port } : null;
}

export const classJoinSchema = z.strictObject({
  address: z
    .string()
    .max(64)
    // the school-network check (private, link-local or loopback) is made by the join itself, which names that refusal
    .refine((s) => parseClassAddress(s.trim()) !== null, 'address must be an IP address, optionally with :port'),
  code: classCodeSchema,
  nick: z.string().min(1).max(NICK_MAX * 4),
  scenarioId: z.string().min(1).max(40),
}) satisfies z.ZodType<ClassJoinRequest>;

export const classSubmitSchema = z.strictObject({ choice: choiceSchema, predict: predictSchema.optional() }) satisfies z.ZodType<ClassSubmitRequest>;

/** The argument tuple each method accepts. */
export const argumentSchemas = {
  getSettings: z.tuple([]),
  setSettings: z.tuple([settingsPatchSchema]),
  loadSave: z.tuple([saveSlotSchema]),
  writeSave: z.tuple([saveSlotSchema, saveJsonSchema]),
  listSaves: z.tuple([]),
  quarantineSave: z.tuple([saveSlotSchema]),
  exportFile: z.tuple([exportRequestSchema]),
  getPlatformInfo: z.tuple([]),
  classHostStart: z.tuple([classHostStartSchema]),
  classHostCommand: z.tuple([hostCommandSchema]),
  classHostStop: z.tuple([]),
  classHostExport: z.tuple([z.enum(['session', 'students', 'rounds'])]),
  classHostSaved: z.tuple([]),
  classDiscover: z.tuple([classCodeSchema]),
  classLinkJoin: z.tuple([classJoinSchema]),
  classLinkSubmit: z.tuple([classSubmitSchema]),
  classLinkLeave: z.tuple([]),
} as const satisfies Record<IrbMethod, z.ZodTuple>;

/** A short one-line description of what was wrong, for the error message. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `argument ${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

function isJsonText(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}
