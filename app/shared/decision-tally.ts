// Code mode for small classes: each student reads out or writes down a four-character decision code (round, trade,
// location, check); the teacher pastes or types them all, and this tally turns them into the round's counts per
// trade, so nobody counts hands. A code that does not add up, or belongs to another round, is listed, not counted.
import { CODE_TRADES, decodeDecisionCode, normaliseCode, type CodeError } from './market-code';

export interface DecisionTally {
  /** Businesses per trade this round (the nine trades in app/sim's order). */
  counts: number[];
  /** Codes counted (students who decided, with or without a business): the class size for this round. */
  valid: number;
  /** Students who chose no business. */
  noBusiness: number;
  /** Codes left out, as typed, with why. */
  problems: { code: string; error: CodeError | 'round' }[];
}

/** Splits what the teacher typed into codes: spaces, commas, semicolons and new lines separate them (also Chinese ones). */
export function splitCodes(text: string): string[] {
  return text.normalize('NFKC').split(/[\s,;、，；]+/u).map((s) => s.trim()).filter(Boolean);
}

export function tallyDecisionCodes(text: string, round: number, classSeed: number): DecisionTally {
  const counts = Array.from({ length: CODE_TRADES }, () => 0);
  const out: DecisionTally = { counts, valid: 0, noBusiness: 0, problems: [] };
  for (const raw of splitCodes(text)) {
    const code = raw.slice(0, 16);
    const r = decodeDecisionCode(code, classSeed);
    if (!r.ok) { out.problems.push({ code, error: normaliseCode(code) === null ? 'character' : r.error }); continue; }
    if (r.value.round !== round) { out.problems.push({ code, error: 'round' }); continue; }
    out.valid++;
    if (r.value.trade === null) out.noBusiness++;
    else counts[r.value.trade]!++;
  }
  return out;
}
