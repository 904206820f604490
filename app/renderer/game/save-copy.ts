// A copy of a saved game the player keeps outside the game's own storage: a download in the browser, the
// save dialog in the desktop app. The way out when storage is full or a save cannot be kept aside in place.
import { t } from '../i18n';
import { downloadText } from '../platform/download';

export type CopyOutcome = 'saved' | 'cancelled' | 'failed';

export function copyFileName(now: Date = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `${t('saves:copy.fileName')}-${stamp}.json`;
}

export async function downloadSaveCopy(text: string): Promise<CopyOutcome> {
  const name = copyFileName();
  try {
    if (window.irb) {
      const r = await window.irb.exportFile({ kind: 'json', suggestedName: name, data: text });
      return !r.ok ? 'failed' : r.value.saved ? 'saved' : 'cancelled';
    }
    downloadText(name, text, 'application/json');
    return 'saved';
  } catch (e) {
    console.warn('save copy failed', e);
    return 'failed';
  }
}
