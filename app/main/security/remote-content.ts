// Electron security checklist #1 "Only load secure content" (taken further: load no remote content at all).
// The game is fully offline; any http(s)/ws(s)/ftp request from a page is cancelled in onBeforeRequest,
// and so is file://: the page and its files come from app:// (security/app-protocol.ts) only.

const LOCAL_PROTOCOLS = new Set(['app:', 'data:', 'blob:', 'devtools:']);

export function isAllowedRequestUrl(url: string): boolean {
  try {
    return LOCAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
