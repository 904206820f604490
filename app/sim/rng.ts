// The seeded random generator. Its state (four 32-bit integers from pure-rand's xoroshiro128plus) lives
// inside GameState, so every step is a pure function of the state and the action, and saves replay exactly.
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

type Gen = ReturnType<typeof xoroshiro128plus>;

const TWO32 = 4294967296;

export class Rng {
  private readonly gen: Gen;
  private constructor(gen: Gen) {
    this.gen = gen;
  }
  static fromSeed(seed: number): Rng {
    return new Rng(xoroshiro128plus(seed | 0));
  }
  static fromState(state: readonly number[]): Rng {
    return new Rng(xoroshiro128plusFromState(state));
  }
  state(): number[] {
    return [...this.gen.getState()];
  }
  /** Uniform in [0, 1). */
  float(): number {
    return (this.gen.next() >>> 0) / TWO32;
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  /** Uniform in [a, b). */
  range(a: number, b: number): number {
    return a + (b - a) * this.float();
  }
  /** Standard normal draw (Box-Muller on two uniform draws). */
  normal(): number {
    const u = 1 - this.float();
    const v = this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** Integer in [a, b] inclusive. */
  int(a: number, b: number): number {
    return a + Math.floor(this.float() * (b - a + 1));
  }
  /** Index drawn with the given non-negative weights (-1 if all are zero). */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (let i = 0; i < weights.length; i++) total += weights[i] ?? 0;
    if (total <= 0) return -1;
    let r = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}

/** Derive the i-th seed of a batch from a base seed (a 32-bit integer hash, so neighbouring seeds differ). */
export function deriveSeed(base: number, i: number): number {
  let h = (base ^ 0x9e3779b9) + Math.imul(i + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) | 0;
}
