// Turns a renderer-suggested name into a file name that is safe on Windows, macOS and Linux: no path
// separators or reserved characters, no bidirectional or zero-width characters (which can disguise
// "gnp.json" as "json.png"), no reserved device names, a bounded length in bytes and the right extension.
import type { ExportRequest } from '../shared/ipc';

export type ExportKind = ExportRequest['kind'];

export const EXPORT_EXTENSIONS: Record<ExportKind, string> = { json: '.json', pdf: '.pdf' };
export const FALLBACK_EXPORT_NAME = 'iron-rice-bowl-export';
const MAX_STEM_CHARS = 100;
/** File systems limit a name to 255 bytes (ext4, APFS) or 255 UTF-16 units (NTFS): 200 UTF-8 bytes fits both with the extension. */
export const MAX_STEM_BYTES = 200;

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional controls and marks, zero-width and other invisible format characters. */
// eslint-disable-next-line no-misleading-character-class -- each invisible mark is removed on its own, never as part of a sequence
const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]/g;
/** Windows device names, also with an extension after them: COM¹-³ and LPT¹-³ (superscripts), CONIN$, CONOUT$, CLOCK$ too. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|clock\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])\s*(\..*)?$/i;
const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

export function exportFileName(suggested: string, kind: ExportKind): string {
  const ext = EXPORT_EXTENSIONS[kind];
  let stem = suggested.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').replace(UNSAFE_CHARS, '-').trim();
  if (stem.toLowerCase().endsWith(ext)) stem = stem.slice(0, -ext.length);
  // By code point (no half surrogate pair), then by UTF-8 bytes (a Chinese character is three).
  const kept: string[] = [];
  let bytes = 0;
  for (const ch of Array.from(stem).slice(0, MAX_STEM_CHARS)) {
    bytes += utf8Bytes(ch);
    if (bytes > MAX_STEM_BYTES) break;
    kept.push(ch);
  }
  stem = kept.join('');
  stem = stem.replace(/^[.\s-]+|[.\s]+$/g, ''); // no hidden files, no trailing dots (Windows drops them)
  if (!stem) stem = FALLBACK_EXPORT_NAME;
  if (WINDOWS_DEVICE.test(stem)) stem = `_${stem}`;
  return `${stem}${ext}`;
}

/** The save dialog may return a path without our extension (Linux dialogs do not add it): add it then. */
export function withExportExtension(path: string, kind: ExportKind): string {
  const ext = EXPORT_EXTENSIONS[kind];
  return path.toLowerCase().endsWith(ext) ? path : `${path}${ext}`;
}
