// Electron security checklist #13 "Disable or limit navigation": the window may only (re)load our own
// index.html; any other target (a link, a form, a script setting location) is cancelled in will-navigate.
import { isAppDocumentUrl, type AppDocumentOptions } from './app-document';

export function isNavigationAllowed(targetUrl: string, indexUrl: string, options?: AppDocumentOptions): boolean {
  return isAppDocumentUrl(targetUrl, indexUrl, options);
}

/** Listener for will-navigate and will-redirect: cancels anything that is not our own document. */
export function navigationGuard(indexUrl: string, options?: AppDocumentOptions) {
  return (event: { url: string; preventDefault(): void }): void => {
    if (!isNavigationAllowed(event.url, indexUrl, options)) event.preventDefault();
  };
}
