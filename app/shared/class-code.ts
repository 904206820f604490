// A class code is what a teacher writes on the board so every student plays the same world. Two kinds are read:
// today's settings codes (scenario, policy settings and seed in 11 characters of Crockford base 32, the last one a
// check character), and the older free-text codes that only pick the seed. Pure: no DOM, no randomness.

/** Crockford base 32: digits and letters without I, L, O and U, so nothing on a board can be misread. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Format version written as the first character. */
export const CODE_VERSION = 1;
/** Characters in a settings code: version, nine payload characters (45 bits), one check character. */
export const CODE_LENGTH = 11;
/** Older seed-only codes were cut to 16 characters; longer input is refused rather than cut. */
export const LEGACY_MAX_LENGTH = 16;

/** Payload fields in order, with their widths in bits (2 + 20 + 23 = 45 bits = 9 characters). */
export const CODE_FIELDS = [
  ['scenario', 2], ['seed', 20],
  ['loanCap', 3], ['loanTerm', 3], ['subsidy', 2], ['uiAmount', 3], ['uiMonths', 3], ['cohort', 3], ['wageCut', 3], ['remitCut', 3],
] as const;
export type CodeField = (typeof CODE_FIELDS)[number][0];
export type CodePayload = Record<CodeField, number>;
export const SEED_BITS = 20;

export type ClassCodeProblem = 'tooLong' | 'badChar' | 'check' | 'newerVersion';

export type ParsedClassCode =
  | { kind: 'none' }
  /** An older code: any letters and digits (Chinese too), used only to pick the seed. */
  | { kind: 'seedOnly'; code: string; seed: number }
  | { kind: 'settings'; code: string; payload: CodePayload }
  | { kind: 'invalid'; problem: ClassCodeProblem; position?: number; char?: string; length?: number };

// ---------------------------------------------------------------- GF(32) check character
// Arithmetic in GF(2^5) with x^5 + x^2 + 1. A valid code has sum(alpha^i * d_i) = 0 over all 11 characters. A
// single substitution adds alpha^i * e (never 0 for e != 0); swapping different neighbours a, b at i, i+1 adds
// alpha^i * (1 + alpha) * (a + b), never 0 either: so both mistakes are always caught (tests check every case).
const EXP: number[] = [];
const LOG: number[] = new Array<number>(32).fill(0);
for (let i = 0, x = 1; i < 31; i++) {
  EXP[i] = x;
  LOG[x] = i;
  x <<= 1;
  if (x & 32) x ^= 0b100101;
}
const gfMul = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : EXP[(LOG[a]! + LOG[b]!) % 31]!);
const alphaPow = (i: number): number => EXP[i % 31]!;

function weightedSum(digits: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < digits.length; i++) s ^= gfMul(alphaPow(i), digits[i]!);
  return s;
}

/** The check digit that makes the weighted sum of digits + [check] zero. */
export function checkDigit(digits: readonly number[]): number {
  const s = weightedSum(digits);
  const w = alphaPow(digits.length);
  return s === 0 ? 0 : EXP[(LOG[s]! - LOG[w]! + 31) % 31]!;
}

// ---------------------------------------------------------------- older seed-only codes

/** Upper-case, no spaces or punctuation, full-width letters folded (NFKC): "ab 12" and "ＡＢ12" are the same code. */
export function normalizeClassCode(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** FNV-1a over the code's UTF-8 bytes: a stable 32-bit seed, the same in every browser and in Electron. */
export function seedFromClassCode(code: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(normalizeClassCode(code).slice(0, LEGACY_MAX_LENGTH))) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// ---------------------------------------------------------------- settings codes

/** Groups of four for the board: 1ABC-DEFG-HJK. */
export function formatClassCode(canonical: string): string {
  return canonical.replace(/(.{4})(?=.)/g, '$1-');
}

export function encodeClassCode(p: CodePayload): string {
  const bits: number[] = [];
  for (const [name, width] of CODE_FIELDS) {
    const v = p[name];
    if (!Number.isInteger(v) || v < 0 || v >= 2 ** width) throw new RangeError(`class code field ${name}: ${v} does not fit in ${width} bits`);
    for (let b = width - 1; b >= 0; b--) bits.push((v >>> b) & 1);
  }
  const digits = [CODE_VERSION];
  for (let i = 0; i < bits.length; i += 5) digits.push(bits.slice(i, i + 5).reduce((a, b) => a * 2 + b, 0));
  digits.push(checkDigit(digits));
  return formatClassCode(digits.map((d) => CODE_ALPHABET[d]).join(''));
}

/** The characters a student may type for a code character: I and L are read as 1, O as 0. */
function digitOf(ch: string): number {
  const c = ch === 'I' || ch === 'L' ? '1' : ch === 'O' ? '0' : ch;
  return CODE_ALPHABET.indexOf(c);
}

function decodeSettings(norm: string): ParsedClassCode {
  const digits: number[] = [];
  for (let i = 0; i < norm.length; i++) {
    const d = digitOf(norm[i]!);
    if (d < 0) return { kind: 'invalid', problem: 'badChar', position: i + 1, char: norm[i]! };
    digits.push(d);
  }
  if (weightedSum(digits) !== 0) return { kind: 'invalid', problem: 'check' };
  if (digits[0] !== CODE_VERSION) return { kind: 'invalid', problem: 'newerVersion' };
  const bits: number[] = [];
  for (const d of digits.slice(1, -1)) for (let b = 4; b >= 0; b--) bits.push((d >>> b) & 1);
  const payload = {} as CodePayload;
  let at = 0;
  for (const [name, width] of CODE_FIELDS) {
    payload[name] = bits.slice(at, at + width).reduce((a, b) => a * 2 + b, 0);
    at += width;
  }
  return { kind: 'settings', code: formatClassCode(digits.map((d) => CODE_ALPHABET[d]).join('')), payload };
}

/**
 * Reads what a student typed. Eleven ASCII letters and digits are a settings code (spaces and dashes ignored,
 * I/L read as 1 and O as 0) and must pass the check; anything else of up to 16 letters or digits is an older
 * seed-only code. Nothing is cut or guessed: a code that cannot be read whole is refused with the reason.
 */
export function parseClassCode(raw: string): ParsedClassCode {
  const norm = normalizeClassCode(raw);
  if (norm.length === 0) return { kind: 'none' };
  if (norm.length === CODE_LENGTH && /^[0-9A-Z]+$/.test(norm)) return decodeSettings(norm);
  if (norm.length > LEGACY_MAX_LENGTH) return { kind: 'invalid', problem: 'tooLong', length: norm.length };
  return { kind: 'seedOnly', code: norm, seed: seedFromClassCode(norm) };
}

/** The form of a code that results are grouped by (dashes, case and look-alike letters do not split a class). */
export function classCodeKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const p = parseClassCode(raw);
  return p.kind === 'settings' || p.kind === 'seedOnly' ? p.code : normalizeClassCode(raw) || null;
}
