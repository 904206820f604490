// `npm run --silent class-bots -- --url URL --code CODE --students N --rounds R [--drop K] [--seed S] [--scenario ID] [--timeout S]`
// Seats N automatic students on a class host through the real protocol and prints one JSON line
// {seated, roundsResolved, lostSeats, lostChoices, tickP50Ms, tickP99Ms}. Bad flags: one line, exit 2.
// Exit 0 when every round was played, 1 when the run timed out or lost something.
import { runBots } from '../app/class-host/bots';
import { normaliseJoinCode, formatJoinCode } from '../app/shared/market-code';

const USAGE = 'usage: class-bots --url URL --code CODE --students N --rounds R [--drop K] [--seed S] [--scenario ID] [--timeout SECONDS]';

function fail(msg: string): never {
  process.stderr.write(`class-bots: ${msg}\n`);
  process.exit(2);
}

const flags: Record<string, string> = {};
const argv = process.argv.slice(2);
const known = ['--url', '--code', '--students', '--rounds', '--drop', '--seed', '--scenario', '--timeout'];
for (let i = 0; i < argv.length; i++) {
  let a = argv[i]!;
  let v: string | undefined;
  const eq = a.indexOf('=');
  if (a.startsWith('--') && eq > 0) {
    v = a.slice(eq + 1);
    a = a.slice(0, eq);
  }
  if (!known.includes(a)) fail(`unknown option "${a}"; ${USAGE}`);
  if (v === undefined) v = argv[++i];
  if (v === undefined || v === '' || v.startsWith('--')) fail(`${a} needs a value; ${USAGE}`);
  flags[a] = v;
}
const int = (name: string, min: number, max: number, def?: number): number => {
  const v = flags[name];
  if (v === undefined) {
    if (def === undefined) fail(`${name} is required; ${USAGE}`);
    return def;
  }
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) fail(`${name} must be a whole number from ${min} to ${max}, got "${v}"`);
  return Number(v);
};
const url = flags['--url'] ?? fail(`--url is required; ${USAGE}`);
try {
  const u = new URL(url);
  if (!['http:', 'ws:'].includes(u.protocol)) throw new Error();
} catch {
  fail(`--url must be an http:// or ws:// address, got "${url}"`);
}
const rawCode = flags['--code'] ?? fail(`--code is required; ${USAGE}`);
const code = normaliseJoinCode(rawCode);
if (!code) fail(`--code must be six letters or digits, got "${rawCode}"`);
const students = int('--students', 1, 64);
const rounds = int('--rounds', 1, 24);
const drop = int('--drop', 0, 64, 0);
if (drop > students) fail(`--drop (${drop}) cannot be more than --students (${students})`);
const seed = int('--seed', 0, 2 ** 31 - 1, 1);
const timeout = int('--timeout', 1, 3600, 300);

const report = await runBots({
  url, code: formatJoinCode(code), students, rounds, drop, seed, scenarioId: flags['--scenario'] ?? '2016-steel-coal', timeoutMs: timeout * 1000,
  log: (s) => process.stderr.write(`class-bots: ${s}\n`),
});
const { complete, ...out } = report;
process.stdout.write(JSON.stringify(out) + '\n');
process.exit(complete && out.lostSeats === 0 && out.lostChoices === 0 ? 0 : 1);
