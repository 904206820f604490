// A class code must give every student the same world: the same seed for the same code however it is typed.
import { describe, expect, it } from 'vitest';
import { normalizeClassCode, seedFromClassCode } from '../../../app/shared/class-code';

describe('class code', () => {
  it('ignores case, spaces, punctuation and full-width letters', () => {
    expect(normalizeClassCode(' ab-12 ')).toBe('AB12');
    expect(normalizeClassCode('ＡＢ１２')).toBe('AB12');
    expect(seedFromClassCode('ab 12')).toBe(seedFromClassCode('AB12'));
  });
  it('keeps Chinese characters, so a teacher can use a Chinese word', () => {
    expect(normalizeClassCode('三班 2')).toBe('三班2');
    expect(seedFromClassCode('三班2')).not.toBe(seedFromClassCode('四班2'));
  });
  it('gives a stable unsigned 32-bit seed (the same on every machine)', () => {
    const s = seedFromClassCode('DEMO1');
    expect(Number.isInteger(s)).toBe(true);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThan(2 ** 32);
    // FNV-1a of "DEMO1": pinned so a change of the hash (which would split a class's worlds) is noticed.
    expect(s).toBe(seedFromClassCode('demo1'));
    expect(seedFromClassCode('A')).toBe(0xc40bf6cc);
  });
  it('gives different codes different seeds', () => {
    const seeds = new Set(['A', 'B', 'CLASS1', 'CLASS2', '7B', 'ECON101'].map(seedFromClassCode));
    expect(seeds.size).toBe(6);
  });
});

describe('older seed-only codes in the new reader', () => {
  it('reads them as seed-only with the same seed as before', async () => {
    const { parseClassCode } = await import('../../../app/shared/class-code');
    expect(parseClassCode('econ 101')).toEqual({ kind: 'seedOnly', code: 'ECON101', seed: seedFromClassCode('ECON101') });
    expect(parseClassCode('三班2')).toMatchObject({ kind: 'seedOnly', code: '三班2' });
    expect(parseClassCode('  ')).toEqual({ kind: 'none' });
  });
  it('refuses a code longer than any older code instead of cutting it', async () => {
    const { parseClassCode } = await import('../../../app/shared/class-code');
    expect(parseClassCode('ABCDEFGHIJKLMNOPQ')).toEqual({ kind: 'invalid', problem: 'tooLong', length: 17 });
  });
});
