// A class nickname as the class sees it, without zod: the join page checks the nickname before it has loaded
// the protocol's schemas (class-protocol.ts re-exports this; issue 15 keeps the join page small).
import { NICK_MAX } from './class-constants';

/**
 * A nickname as the class sees it: NFKC, control and bidi characters stripped, spaces collapsed, 1-16 characters
 * (code points). Null when nothing is left.
 */
export function cleanNick(raw: string): string | null {
  // eslint-disable-next-line no-control-regex
  const s = raw.normalize('NFKC').replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  const chars = [...s].slice(0, NICK_MAX).join('').trim();
  return chars.length ? chars : null;
}
