// Flags of `npm run class-host` (pure: returns options or throws a UsageError with one line to print).
import { findPreset, CLASS_PRESETS, DEFAULT_PRESET_ID } from './presets';
import { normaliseJoinCode, formatJoinCode } from '../shared/market-code';
import { MAX_SEATS } from '../shared/class-protocol';

export class UsageError extends Error {}

export const HOST_USAGE = 'usage: class-host [--port N] [--code CODE] [--state DIR] [--preset ' + CLASS_PRESETS.map((p) => p.id).join('|') +
  '] [--auto-rounds] [--bind ADDR] [--no-discovery] [--web DIR] [--max-seats N]';

export interface HostArgs {
  port: number | null;
  code: string | null;
  state: string | null;
  preset: string;
  autoRounds: boolean;
  bind: string;
  discovery: boolean;
  web: string | null;
  maxSeats: number;
}

function intFlag(name: string, v: string, min: number, max: number): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} must be a whole number, got "${v}"`);
  const n = Number(v);
  if (n < min || n > max) throw new UsageError(`${name} must be from ${min} to ${max}, got ${n}`);
  return n;
}

export function parseHostArgs(argv: readonly string[]): HostArgs {
  const o: HostArgs = { port: null, code: null, state: null, preset: DEFAULT_PRESET_ID, autoRounds: false, bind: '0.0.0.0', discovery: true, web: null, maxSeats: MAX_SEATS };
  const args = [...argv];
  while (args.length) {
    let a = args.shift()!;
    let value: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const need = () => {
      const v = value ?? args.shift();
      if (v === undefined || v === '' || (value === undefined && v.startsWith('--'))) throw new UsageError(`${a} needs a value; ${HOST_USAGE}`);
      return v;
    };
    const noValue = () => {
      if (value !== undefined) throw new UsageError(`${a} takes no value; ${HOST_USAGE}`);
    };
    switch (a) {
      case '--port': o.port = intFlag('--port', need(), 0, 65535); break;
      case '--code': {
        const v = need();
        const n = normaliseJoinCode(v);
        if (!n) throw new UsageError(`--code must be six letters or digits (Crockford base 32, e.g. K7Q-2MX), got "${v}"`);
        o.code = formatJoinCode(n);
        break;
      }
      case '--state': o.state = need(); break;
      case '--preset': {
        const v = need();
        if (!findPreset(v)) throw new UsageError(`unknown preset "${v}"; known: ${CLASS_PRESETS.map((p) => p.id).join(', ')}`);
        o.preset = v;
        break;
      }
      case '--auto-rounds': noValue(); o.autoRounds = true; break;
      case '--no-discovery': noValue(); o.discovery = false; break;
      case '--bind': o.bind = need(); break;
      case '--web': o.web = need(); break;
      case '--max-seats': o.maxSeats = intFlag('--max-seats', need(), 1, MAX_SEATS); break;
      default: throw new UsageError(`unknown option "${a}"; ${HOST_USAGE}`);
    }
  }
  return o;
}
