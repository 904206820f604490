// Command-line flags of `npm run bench` (pure: returns options or throws a UsageError).

export const PARTS = ['title', 'month', 'town', 'heap', 'report', 'join', 'sim', 'size', 'class'];

export class UsageError extends Error {}

export const USAGE = 'usage: npm run bench -- [--runs N] [--only ' + PARTS.join(',') + '] [--json PATH] [--no-build]';

/** Parses argv (without node and the script). Accepts `--flag value` and `--flag=value`. */
export function parseArgs(argv) {
  const opts = { runs: 5, only: [...PARTS], json: null, build: true };
  const args = [...argv];
  while (args.length) {
    let a = args.shift();
    let value;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { value = a.slice(eq + 1); a = a.slice(0, eq); }
    const need = () => {
      const v = value ?? args.shift();
      if (v === undefined || v === '' || (value === undefined && v.startsWith('--'))) throw new UsageError(`${a} needs a value. ${USAGE}`);
      return v;
    };
    switch (a) {
      case '--runs': {
        const v = need();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 100) throw new UsageError(`--runs must be a whole number from 1 to 100, got "${v}". ${USAGE}`);
        opts.runs = n;
        break;
      }
      case '--only': {
        const list = need().split(',').map((s) => s.trim()).filter(Boolean);
        const bad = list.filter((p) => !PARTS.includes(p));
        if (bad.length || !list.length) throw new UsageError(`unknown part for --only: ${bad.join(',') || '(empty)'}. ${USAGE}`);
        opts.only = PARTS.filter((p) => list.includes(p));
        break;
      }
      case '--json':
        opts.json = need();
        break;
      case '--no-build':
        if (value !== undefined) throw new UsageError(`--no-build takes no value. ${USAGE}`);
        opts.build = false;
        break;
      default:
        throw new UsageError(`unknown flag: ${a}. ${USAGE}`);
    }
  }
  return opts;
}
