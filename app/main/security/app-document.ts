// "Is this URL our own page?" — the one question behind the navigation guard and the IPC sender check.
// The app is a single document, app://game/index.html (served from dist/renderer); query and fragment do
// not change that. A file:// index (older builds, tests) is compared the same way, scheme included.

export interface AppDocumentOptions {
  /** Windows file systems are case-insensitive, so C:\Game and c:\game are the same document. */
  caseInsensitive?: boolean;
}

export function isAppDocumentUrl(candidate: string, indexUrl: string, options: AppDocumentOptions = {}): boolean {
  const a = parseFileUrl(candidate);
  const b = parseFileUrl(indexUrl);
  if (!a || !b || a.protocol !== b.protocol) return false;
  const fold = (s: string) => (options.caseInsensitive ? s.toLowerCase() : s);
  return fold(a.host) === fold(b.host) && fold(a.path) === fold(b.path);
}

function parseFileUrl(raw: string): { protocol: string; host: string; path: string } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'file:' && url.protocol !== 'app:') return null;
  try {
    return { protocol: url.protocol, host: url.host, path: decodeURIComponent(url.pathname) };
  } catch {
    return null; // malformed percent-encoding is never our page
  }
}
