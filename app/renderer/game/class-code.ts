// The renderer's side of class codes: reading what a student typed (app/shared/class-code.ts) into the world and
// policy a game starts with, and fresh seeds for games without a code.
import { parseClassCode, type ClassCodeProblem } from '../../shared/class-code';
import { MAX_CODE_SEED, settingsFromPayload, type ClassSettings, type SettingsRefusal } from '../../shared/class-settings';

export { normalizeClassCode, seedFromClassCode } from '../../shared/class-code';

export type ClassCodeReading =
  | { kind: 'none' }
  | { kind: 'seedOnly'; code: string; seed: number }
  | { kind: 'settings'; code: string; settings: ClassSettings }
  | { kind: 'invalid'; problem: ClassCodeProblem | SettingsRefusal; position?: number; char?: string; length?: number };

/** What a typed code means for the game, or exactly why it cannot be used. */
export function readClassCode(raw: string): ClassCodeReading {
  const p = parseClassCode(raw);
  if (p.kind !== 'settings') return p;
  const s = settingsFromPayload(p.payload);
  return s.ok ? { kind: 'settings', code: p.code, settings: s.settings } : { kind: 'invalid', problem: s.problem };
}

/** A fresh seed for a game without a class code. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 0x1_0000_0000) >>> 0;
}

/** A fresh seed that fits in a settings code. */
export function randomCodeSeed(): number {
  return Math.floor(Math.random() * (MAX_CODE_SEED + 1));
}
