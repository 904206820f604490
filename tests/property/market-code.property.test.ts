// Every one-character typo of a market code is caught, most swaps too, and no input makes the parsers throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CROCKFORD, decodeDecisionCode, decodeMarketCode, encodeDecisionCode, encodeMarketCode } from '../../app/shared/market-code';
import { parseClientFrame } from '../../app/shared/class-protocol';
import { luhnCheck } from '../../app/shared/market-code';

/** A market code built from raw symbols (its payload need not decode to valid counts for the check test). */
function encodeFromSymbols(payload: number[], seed: number): string {
  const s = (seed >>> 0) ^ ((seed >>> 0) >>> 10) ^ ((seed >>> 0) >>> 20);
  return payload.map((x) => CROCKFORD[x]).join('') + CROCKFORD[luhnCheck([...payload, s & 31, (s >>> 5) & 31])];
}

const countsArb = fc.array(fc.integer({ min: 0, max: 63 }), { minLength: 9, maxLength: 9 });
const roundArb = fc.integer({ min: 1, max: 63 });
const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });

describe('market code typos', () => {
  it('the one swap it misses is 0 <-> Z, and only that one', () => {
    let missed = 0;
    for (let a = 0; a < 32; a++) {
      for (let b = 0; b < 32; b++) {
        if (a === b) continue;
        const payload = [a, b, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23];
        const text = (p: number[]) => p.map((x) => CROCKFORD[x]).join('');
        // check digit for the original, then the swapped payload with the same check
        const seed = 1;
        const good = encodeFromSymbols(payload, seed);
        const swapped = text([b, a, ...payload.slice(2)]) + good.slice(-1);
        if (decodeMarketCode(swapped, seed).ok) missed++;
      }
    }
    expect(missed).toBe(2); // (0,Z) and (Z,0)
  });

  it('rejects every single-character substitution', () => {
    fc.assert(fc.property(roundArb, countsArb, seedArb, fc.nat(), fc.integer({ min: 1, max: 31 }), (round, counts, seed, pos, shift) => {
      const code = encodeMarketCode({ round, counts }, seed).replace(/-/g, '');
      const i = pos % code.length;
      const wrong = CROCKFORD[(CROCKFORD.indexOf(code[i]!) + shift) % 32]!;
      const typo = code.slice(0, i) + wrong + code.slice(i + 1);
      expect(decodeMarketCode(typo, seed).ok).toBe(false);
    }), { numRuns: 2000 });
  });

  // Luhn mod 32 misses exactly one adjacent swap, 0 <-> Z (as Luhn mod 10 misses 09 <-> 90).
  it('rejects every swap of two different adjacent characters except 0 and Z', () => {
    fc.assert(fc.property(roundArb, countsArb, seedArb, fc.nat(), (round, counts, seed, pos) => {
      const code = encodeMarketCode({ round, counts }, seed).replace(/-/g, '');
      const i = pos % (code.length - 1);
      fc.pre(code[i] !== code[i + 1] && !(new Set([code[i], code[i + 1]]).has('0') && new Set([code[i], code[i + 1]]).has('Z')));
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(decodeMarketCode(swapped, seed).ok).toBe(false);
    }), { numRuns: 2000 });
  });

  it('rejects every single-character substitution of a decision code', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 24 }), fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }), fc.integer({ min: 0, max: 2 }), seedArb, fc.nat(), fc.integer({ min: 1, max: 31 }),
      (round, trade, location, seed, pos, shift) => {
        const code = encodeDecisionCode({ round, trade, location }, seed);
        const i = pos % 4;
        const typo = code.slice(0, i) + CROCKFORD[(CROCKFORD.indexOf(code[i]!) + shift) % 32] + code.slice(i + 1);
        const r = decodeDecisionCode(typo, seed);
        expect(r.ok).toBe(false);
      }), { numRuns: 1000 });
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), seedArb, (text, seed) => {
      decodeMarketCode(text, seed);
      decodeDecisionCode(text, seed);
    }));
  });
});

describe('frame parser', () => {
  it('never throws on random bytes or random JSON', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
      const r = parseClientFrame(bytes);
      expect(typeof r.ok).toBe('boolean');
    }));
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(parseClientFrame(JSON.stringify(v) ?? 'null').ok).toBe(false);
    }));
  });
});
