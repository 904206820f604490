// The main process's check of a save's text: the shared save schema (the renderer runs the same one), told
// to the save store as usable / from a newer version / unusable with a reason.
import { checkSaveText } from '../shared/save-schema';
import type { SaveCheck } from './save-store';

export function checkSaveForStore(text: string): SaveCheck {
  const r = checkSaveText(text);
  return r.ok ? { ok: true } : { ok: false, newer: r.problem === 'newer', reason: `${r.problem}: ${r.reason}` };
}
