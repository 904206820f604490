// A copy of a saved game the player keeps outside the game's own storage: a download in the browser, the
// save dialog in the desktop app. The way out when storage is full or a save cannot be kept aside in place.
import { t } from '../i18n';
import { h } from '../ui/dom';

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
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = h('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return 'saved';
  } catch (e) {
    console.warn('save copy failed', e);
    return 'failed';
  }
}
