// A code on the board must never start the wrong world: every single-character substitution and every swap of
// two different neighbours in a settings code is refused (the check character's promise), for any settings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CODE_ALPHABET, CODE_FIELDS, encodeClassCode, parseClassCode, type CodePayload } from '../../app/shared/class-code';

const payloadArb: fc.Arbitrary<CodePayload> = fc.record(
  Object.fromEntries(CODE_FIELDS.map(([name, width]) => [name, fc.integer({ min: 0, max: 2 ** width - 1 })])) as Record<keyof CodePayload, fc.Arbitrary<number>>,
);
const bare = (code: string) => code.replace(/-/g, '');

describe('settings codes (property)', () => {
  it('round-trip any payload, with or without dashes, in lower case, with look-alike letters', () => {
    fc.assert(fc.property(payloadArb, (p) => {
      const code = encodeClassCode(p);
      expect(parseClassCode(code)).toEqual({ kind: 'settings', code, payload: p });
      const typed = bare(code).toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o');
      expect(parseClassCode(` ${typed} `)).toEqual({ kind: 'settings', code, payload: p });
    }), { numRuns: 300 });
  });

  it('refuse every single-character substitution', () => {
    fc.assert(fc.property(payloadArb, (p) => {
      const s = bare(encodeClassCode(p));
      for (let i = 0; i < s.length; i++) {
        for (const c of CODE_ALPHABET) {
          if (c === s[i]) continue;
          const typo = s.slice(0, i) + c + s.slice(i + 1);
          const r = parseClassCode(typo);
          expect(r.kind, `${s} -> ${typo}`).toBe('invalid');
        }
        // Letters outside the alphabet (U) are refused with their position.
        const u = parseClassCode(s.slice(0, i) + 'U' + s.slice(i + 1));
        expect(u).toMatchObject({ kind: 'invalid', problem: 'badChar', position: i + 1, char: 'U' });
      }
    }), { numRuns: 200 });
  });

  it('refuse every swap of two different neighbours', () => {
    fc.assert(fc.property(payloadArb, (p) => {
      const s = bare(encodeClassCode(p));
      for (let i = 0; i + 1 < s.length; i++) {
        if (s[i] === s[i + 1]) continue;
        const swapped = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
        expect(parseClassCode(swapped), `${s} -> ${swapped}`).toMatchObject({ kind: 'invalid', problem: 'check' });
      }
    }), { numRuns: 300 });
  });
});
