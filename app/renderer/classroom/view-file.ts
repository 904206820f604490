// The class view saved as a file that reopens: the class code and the students' results (already checked),
// so reopening rebuilds exactly the same view, and a later class can be compared with it.
import { z } from 'zod';
import { validateResults, type ResultsFile } from '../../shared/results';
import type { InputFile } from './aggregate';

export const VIEW_SCHEMA_ID = 'irb-class-view';
export const VIEW_VERSION = 1;
export const VIEW_MAX_BYTES = 64 * 1024 * 1024;

const viewSchema = z.object({
  schema: z.literal(VIEW_SCHEMA_ID),
  version: z.literal(VIEW_VERSION),
  savedAt: z.string().max(40),
  classCode: z.string().max(32).nullable(),
  files: z.array(z.object({ name: z.string().max(260), results: z.unknown() })).max(2000),
});

export interface ClassViewFile {
  schema: typeof VIEW_SCHEMA_ID;
  version: typeof VIEW_VERSION;
  savedAt: string;
  classCode: string | null;
  files: { name: string; results: ResultsFile }[];
}

export function serializeView(classCode: string | null, files: { name: string; results: ResultsFile }[], now = new Date()): string {
  const v: ClassViewFile = { schema: VIEW_SCHEMA_ID, version: VIEW_VERSION, savedAt: now.toISOString(), classCode, files };
  return `${JSON.stringify(v)}\n`;
}

export type ViewParse = { ok: true; classCode: string | null; savedAt: string; files: InputFile[] } | { ok: false; problem: 'json' | 'notView' | 'version' | 'malformed' };

/** Reads a saved class view back into the files it was built from (each still checked as a results file). */
export function parseView(text: string): ViewParse {
  if (text.length > VIEW_MAX_BYTES) return { ok: false, problem: 'malformed' };
  let data: unknown;
  try { data = JSON.parse(text.replace(/^\uFEFF/, '')); } catch { return { ok: false, problem: 'json' }; }
  const o = data as { schema?: unknown; version?: unknown } | null;
  if (!o || typeof o !== 'object' || o.schema !== VIEW_SCHEMA_ID) return { ok: false, problem: 'notView' };
  if (o.version !== VIEW_VERSION) return { ok: false, problem: 'version' };
  const p = viewSchema.safeParse(data);
  if (!p.success) return { ok: false, problem: 'malformed' };
  const files = p.data.files.map((f) => ({ name: f.name, text: JSON.stringify(f.results) }));
  if (!p.data.files.every((f) => validateResults(f.results).ok)) return { ok: false, problem: 'malformed' };
  return { ok: true, classCode: p.data.classCode, savedAt: p.data.savedAt, files };
}

/** Whether a text is a saved class view (rather than a student's results file). */
export function isViewText(text: string): boolean {
  return text.slice(0, 200).includes(`"${VIEW_SCHEMA_ID}"`);
}
