// Parses JSON text that must hold an object (a save or the settings), without throwing.

export type JsonObjectParse = { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

export function parseJsonObject(text: string): JsonObjectParse {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, '')); // tolerate a BOM left by a text editor
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: 'not a JSON object' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}
