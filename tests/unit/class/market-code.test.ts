// Market and decision codes for code mode: round trips, what typing may fold, and codes of another class refused.
import { describe, expect, it } from 'vitest';
import {
  decodeDecisionCode, decodeMarketCode, encodeDecisionCode, encodeMarketCode, joinCodeFromBytes, normaliseCode, normaliseJoinCode,
} from '../../../app/shared/market-code';

const seed = 20161104;

describe('market code', () => {
  it('has the 4-4-4-1 shape and round-trips', () => {
    const counts = [5, 1, 3, 0, 0, 63, 0, 9, 2];
    const code = encodeMarketCode({ round: 7, counts }, seed);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/);
    expect(decodeMarketCode(code, seed)).toEqual({ ok: true, value: { round: 7, counts } });
  });

  it('reads lower case, full-width characters, spaces, and I/L/O typed for 1/1/0', () => {
    const code = encodeMarketCode({ round: 1, counts: [1, 0, 0, 0, 0, 0, 0, 0, 0] }, seed);
    const typed = code.toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o').replace(/-/g, ' ');
    expect(decodeMarketCode(typed, seed).ok).toBe(true);
    const fullWidth = [...code].map((ch) => (ch === '-' ? '－' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0))).join('');
    expect(decodeMarketCode(fullWidth, seed).ok).toBe(true);
  });

  it('refuses another class\'s code, a wrong length and foreign characters with a reason', () => {
    const code = encodeMarketCode({ round: 2, counts: [3, 3, 3, 3, 3, 3, 3, 3, 3] }, seed);
    expect(decodeMarketCode(code, seed + 1)).toEqual({ ok: false, error: 'check' });
    expect(decodeMarketCode(code.slice(0, -2), seed)).toEqual({ ok: false, error: 'length' });
    expect(decodeMarketCode(code.replace(/-/, '$'), seed)).toEqual({ ok: false, error: 'character' });
    expect(decodeMarketCode('   ', seed)).toEqual({ ok: false, error: 'empty' });
  });

  it('refuses values it cannot carry', () => {
    expect(() => encodeMarketCode({ round: 0, counts: [] }, seed)).toThrow(RangeError);
    expect(() => encodeMarketCode({ round: 1, counts: [64] }, seed)).toThrow(RangeError);
  });
});

describe('decision code', () => {
  it('round-trips every trade and location, and no business', () => {
    for (let trade = 0; trade < 9; trade++) {
      for (let location = 0; location < 3; location++) {
        const c = encodeDecisionCode({ round: 12, trade, location }, seed);
        expect(c).toHaveLength(4);
        expect(decodeDecisionCode(c, seed)).toEqual({ ok: true, value: { round: 12, trade, location } });
      }
    }
    expect(decodeDecisionCode(encodeDecisionCode({ round: 3, trade: null, location: 2 }, seed), seed)).toEqual({ ok: true, value: { round: 3, trade: null, location: 0 } });
  });
});

describe('join code', () => {
  it('is six symbols shown as 3-3 and compared after folding', () => {
    const c = joinCodeFromBytes(new Uint8Array([1, 2, 3, 30, 31, 0]));
    expect(c).toBe('123-YZ0');
    expect(normaliseJoinCode('l23 yzo')).toBe('123YZ0');
    expect(normaliseJoinCode('123')).toBeNull();
    expect(normaliseCode('a-b c')).toBe('ABC');
  });
});
