import { describe, expect, it } from 'vitest';
import { encodeDecisionCode } from '../../../app/shared/market-code';
import { splitCodes, tallyDecisionCodes } from '../../../app/shared/decision-tally';

const seed = 123456;

describe('decision code tally (code mode, small classes)', () => {
  it('counts each trade once per code and the students without a business', () => {
    const codes = [
      encodeDecisionCode({ round: 2, trade: 0, location: 1 }, seed),
      encodeDecisionCode({ round: 2, trade: 0, location: 2 }, seed),
      encodeDecisionCode({ round: 2, trade: 5, location: 0 }, seed),
      encodeDecisionCode({ round: 2, trade: null, location: 0 }, seed),
    ];
    const r = tallyDecisionCodes(`${codes[0]}, ${codes[1]!.toLowerCase()}\n${codes[2]}；${codes[3]}`, 2, seed);
    expect(r.counts).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(r.valid).toBe(4);
    expect(r.noBusiness).toBe(1);
    expect(r.problems).toEqual([]);
  });

  it('lists codes from another round, another class, or mistyped, and does not count them', () => {
    const other = encodeDecisionCode({ round: 1, trade: 3, location: 0 }, seed);
    const foreign = encodeDecisionCode({ round: 2, trade: 3, location: 0 }, seed + 1);
    const good = encodeDecisionCode({ round: 2, trade: 3, location: 0 }, seed);
    const typo = good.slice(0, 3) + (good[3] === 'A' ? 'B' : 'A');
    const r = tallyDecisionCodes([other, foreign, good, typo, 'U#!?', 'AB'].join(' '), 2, seed);
    expect(r.counts[3]).toBe(1);
    expect(r.valid).toBe(1);
    expect(r.problems.map((p) => p.error)).toEqual(['round', 'check', 'check', 'character', 'length']);
  });

  it('splits on spaces, commas and Chinese punctuation, full-width letters folded', () => {
    expect(splitCodes(' AB12，CD34、ＥＦ56\n\nGH78 ')).toEqual(['AB12', 'CD34', 'EF56', 'GH78']);
    expect(tallyDecisionCodes('', 1, seed)).toEqual({ counts: [0, 0, 0, 0, 0, 0, 0, 0, 0], valid: 0, noBusiness: 0, problems: [] });
  });
});
