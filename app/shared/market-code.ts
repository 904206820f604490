// Short codes typed by hand when the network blocks students (code mode): the market code carries a round's counts
// per trade, the decision code one student's choice, the join code names a class. Crockford base 32 with a check.
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = 32;
/** Trades in a market code (the class market's nine trades, in app/sim's order). */
export const CODE_TRADES = 9;
/** Letters a trade count or a round number can take: 6 bits. */
export const CODE_MAX_VALUE = 63;
/** Three locations in a decision code, in app/sim's LOCATION_IDS order. */
export const CODE_LOCATIONS = 3;

export type CodeError = 'empty' | 'length' | 'character' | 'check' | 'range';
export type CodeResult<T> = { ok: true; value: T } | { ok: false; error: CodeError };

/**
 * Folds what a person types to the code alphabet: NFKC (full-width to ASCII), upper case, I/L to 1, O to 0,
 * hyphens and spaces dropped. Returns null when a character cannot be part of a code.
 */
export function normaliseCode(text: string): string | null {
  let out = '';
  for (const ch of text.normalize('NFKC').toUpperCase()) {
    if (ch === '-' || ch === ' ' || ch === '\u3000' || ch === '_') continue;
    const c = ch === 'I' || ch === 'L' ? '1' : ch === 'O' ? '0' : ch;
    if (!CROCKFORD.includes(c)) return null;
    out += c;
  }
  return out;
}

/** Luhn mod N over code points (catches every single substitution and every adjacent swap of different characters). */
export function luhnCheck(symbols: readonly number[]): number {
  let factor = 2;
  let sum = 0;
  for (let i = symbols.length - 1; i >= 0; i--) {
    let addend = factor * symbols[i]!;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return (N - (sum % N)) % N;
}

/** Two base-32 symbols from the class seed: part of every check, never printed, so another class's code fails. */
function seedSymbols(classSeed: number): number[] {
  const s = (classSeed >>> 0) ^ ((classSeed >>> 0) >>> 10) ^ ((classSeed >>> 0) >>> 20);
  return [s & 31, (s >>> 5) & 31];
}

function toSymbols(bits: number[], width: number, chars: number): number[] {
  // packs values of `width` bits big-endian into 5-bit symbols
  let acc = 0n;
  for (const b of bits) acc = (acc << BigInt(width)) | BigInt(b);
  const total = chars * 5;
  acc <<= BigInt(total - bits.length * width);
  const out: number[] = [];
  for (let i = chars - 1; i >= 0; i--) out.push(Number((acc >> BigInt(i * 5)) & 31n));
  return out;
}

function fromSymbols(symbols: number[], width: number, count: number): number[] {
  let acc = 0n;
  for (const s of symbols) acc = (acc << 5n) | BigInt(s);
  const total = symbols.length * 5;
  acc >>= BigInt(total - count * width);
  const out: number[] = [];
  const mask = (1n << BigInt(width)) - 1n;
  for (let i = count - 1; i >= 0; i--) out.push(Number((acc >> BigInt(i * width)) & mask));
  return out;
}

const group = (s: string, size: number) => s.match(new RegExp(`.{1,${size}}`, 'g'))!.join('-');

export interface MarketCodeData {
  round: number;
  counts: number[];
}

/** `7K2Q-9XM4-PT8V-C`: round and nine counts (6 bits each, 12 characters) and a check character. */
export function encodeMarketCode(data: MarketCodeData, classSeed: number): string {
  if (!Number.isInteger(data.round) || data.round < 1 || data.round > CODE_MAX_VALUE) throw new RangeError('round out of range');
  const counts = Array.from({ length: CODE_TRADES }, (_, i) => data.counts[i] ?? 0);
  if (counts.some((c) => !Number.isInteger(c) || c < 0 || c > CODE_MAX_VALUE)) throw new RangeError('count out of range');
  const sym = toSymbols([data.round, ...counts], 6, 12);
  const check = luhnCheck([...sym, ...seedSymbols(classSeed)]);
  const text = sym.map((s) => CROCKFORD[s]).join('');
  return `${group(text, 4)}-${CROCKFORD[check]}`;
}

function parseSymbols(text: string, length: number, classSeed: number): CodeResult<number[]> {
  if (text.trim() === '') return { ok: false, error: 'empty' };
  const norm = normaliseCode(text);
  if (norm === null) return { ok: false, error: 'character' };
  if (norm.length !== length) return { ok: false, error: 'length' };
  const sym = [...norm].map((c) => CROCKFORD.indexOf(c));
  const payload = sym.slice(0, -1);
  if (luhnCheck([...payload, ...seedSymbols(classSeed)]) !== sym[sym.length - 1]) return { ok: false, error: 'check' };
  return { ok: true, value: payload };
}

export function decodeMarketCode(text: string, classSeed: number): CodeResult<MarketCodeData> {
  const p = parseSymbols(text, 13, classSeed);
  if (!p.ok) return p;
  const [round, ...counts] = fromSymbols(p.value, 6, 10) as [number, ...number[]];
  if (round < 1) return { ok: false, error: 'range' };
  return { ok: true, value: { round, counts } };
}

export interface DecisionCodeData {
  round: number;
  /** Trade index 0-8, or null for no business. */
  trade: number | null;
  /** Location index 0-2 (ignored without a trade). */
  location: number;
}

/** Four characters: round (6 bits), trade (4 bits, 0 = none), location (2 bits), spare, then the check. */
export function encodeDecisionCode(d: DecisionCodeData, classSeed: number): string {
  if (!Number.isInteger(d.round) || d.round < 1 || d.round > CODE_MAX_VALUE) throw new RangeError('round out of range');
  if (d.trade !== null && (!Number.isInteger(d.trade) || d.trade < 0 || d.trade >= CODE_TRADES)) throw new RangeError('trade out of range');
  if (!Number.isInteger(d.location) || d.location < 0 || d.location >= CODE_LOCATIONS) throw new RangeError('location out of range');
  const trade = d.trade === null ? 0 : d.trade + 1;
  const loc = d.trade === null ? 0 : d.location;
  const sym = packDecision(d.round, trade, loc);
  const check = luhnCheck([...sym, ...seedSymbols(classSeed)]);
  return sym.map((s) => CROCKFORD[s]).join('') + CROCKFORD[check];
}

function packDecision(round: number, trade: number, loc: number): number[] {
  const bits = (round << 9) | (trade << 5) | (loc << 3); // 15 bits: 6 + 4 + 2 + 3 spare
  return [(bits >> 10) & 31, (bits >> 5) & 31, bits & 31];
}

export function decodeDecisionCode(text: string, classSeed: number): CodeResult<DecisionCodeData> {
  const p = parseSymbols(text, 4, classSeed);
  if (!p.ok) return p;
  const [a, b, c] = p.value as [number, number, number];
  const bits = (a << 10) | (b << 5) | c;
  const round = bits >> 9;
  const trade = (bits >> 5) & 15;
  const loc = (bits >> 3) & 3;
  if (round < 1 || trade > CODE_TRADES || loc >= CODE_LOCATIONS || (bits & 7) !== 0) return { ok: false, error: 'range' };
  return { ok: true, value: { round, trade: trade === 0 ? null : trade - 1, location: loc } };
}

/** A class's join code, `K7Q-2MX`: six random symbols, shown grouped; the host compares normalised forms. */
export function formatJoinCode(symbols: string): string {
  return `${symbols.slice(0, 3)}-${symbols.slice(3, 6)}`;
}

/** Six code symbols from random bytes (the caller supplies them: node:crypto in the host, tests a fixed array). */
export function joinCodeFromBytes(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += CROCKFORD[(bytes[i] ?? 0) & 31];
  return formatJoinCode(s);
}

/** The normalised join code, or null when it is not six code symbols. */
export function normaliseJoinCode(text: string): string | null {
  const n = normaliseCode(text);
  return n !== null && n.length === 6 ? n : null;
}

/**
 * The class seed follows from the join code (FNV-1a over its normalised symbols), so a student in code mode who
 * only has the code on the board still computes the same market as the host.
 */
export function classSeedFromCode(code: string): number {
  const n = normaliseJoinCode(code) ?? code;
  let h = 0x811c9dc5;
  for (let i = 0; i < n.length; i++) {
    h ^= n.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 1) & 0x7fffffff;
}
