// Electron security checklist #17 "Validate the sender of all IPC messages": a handler only answers the
// top frame of our own index.html, never a subframe or a page the window was somehow navigated to.
import { isAppDocumentUrl, type AppDocumentOptions } from './app-document';

/** The parts of Electron's WebFrameMain this check reads. */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

export function isTrustedSender(frame: SenderFrameLike | null | undefined, indexUrl: string, options?: AppDocumentOptions): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAppDocumentUrl(frame.url, indexUrl, options);
}
