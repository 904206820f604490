// Argument schemas for every IPC method (Electron security checklist #17's other half: treat what the
// renderer sends as untrusted). Each schema is a tuple, so extra or missing arguments fail too.
import { z } from 'zod';
import { MAX_JSON_BYTES, SAVE_SLOT_PATTERN, type ExportRequest, type IrbMethod } from '../shared/ipc';
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
