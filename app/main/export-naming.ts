// Turns a renderer-suggested name into a file name that is safe on Windows, macOS and Linux: no path
// separators or reserved characters, no reserved device names, a bounded length and the right extension.
import type { ExportRequest } from '../shared/ipc';

export type ExportKind = ExportRequest['kind'];

export const EXPORT_EXTENSIONS: Record<ExportKind, string> = { json: '.json', pdf: '.pdf' };
export const FALLBACK_EXPORT_NAME = 'iron-rice-bowl-export';
const MAX_STEM_CHARS = 100;

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export function exportFileName(suggested: string, kind: ExportKind): string {
  const ext = EXPORT_EXTENSIONS[kind];
  let stem = suggested.normalize('NFC').replace(/\s+/g, ' ').replace(UNSAFE_CHARS, '-').trim();
  if (stem.toLowerCase().endsWith(ext)) stem = stem.slice(0, -ext.length);
  stem = Array.from(stem).slice(0, MAX_STEM_CHARS).join(''); // by code point, so no half surrogate pair
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
