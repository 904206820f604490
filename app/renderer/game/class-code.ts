// A class code is a short word a teacher writes on the board; every student who types it plays the same
// world (the same seed), so results can be compared in the debrief.

/** Upper-case, no spaces or punctuation, full-width letters folded (NFKC): "ab 12" and "ＡＢ12" are the same code. */
export function normalizeClassCode(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '').slice(0, 16);
}

/** FNV-1a over the code's UTF-8 bytes: a stable 32-bit seed, the same in every browser and in Electron. */
export function seedFromClassCode(code: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(normalizeClassCode(code))) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A fresh seed for a game without a class code. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 0x1_0000_0000) >>> 0;
}
