// "Is this URL our own page?" — the one question behind the navigation guard and the IPC sender check.
// The app is a single file:// document (dist/renderer/index.html); query and fragment do not change that.

export interface AppDocumentOptions {
  /** Windows file systems are case-insensitive, so C:\Game and c:\game are the same document. */
  caseInsensitive?: boolean;
}

export function isAppDocumentUrl(candidate: string, indexUrl: string, options: AppDocumentOptions = {}): boolean {
  const a = parseFileUrl(candidate);
  const b = parseFileUrl(indexUrl);
  if (!a || !b) return false;
  const fold = (s: string) => (options.caseInsensitive ? s.toLowerCase() : s);
  return fold(a.host) === fold(b.host) && fold(a.path) === fold(b.path);
}

function parseFileUrl(raw: string): { host: string; path: string } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'file:') return null;
  try {
    return { host: url.host, path: decodeURIComponent(url.pathname) };
  } catch {
    return null; // malformed percent-encoding is never our page
  }
}
