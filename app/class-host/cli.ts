// `npm run --silent class-host -- [flags]`: a class host in plain Node (a school can run it on any computer).
// Prints one JSON line {url, code, port, addresses}; takes teacher commands as JSON lines on stdin; stops cleanly
// on SIGINT/SIGTERM (snapshot and exports into --state). Bad flags: one line on stderr, exit 2.
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import qrcode from 'qrcode-generator';
import { hostCommandSchema } from '../shared/class-protocol';
import { parseHostArgs, UsageError } from './cli-args';
import { startHost } from './host';
import { roster } from './reducer';

async function main(): Promise<void> {
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`class-host: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const err = (s: string) => process.stderr.write(`class-host: ${s}\n`);
  let host;
  try {
    host = await startHost(args, err);
  } catch (e) {
    err((e as Error).message);
    process.exit(1);
  }
  // handlers first: whoever reads the JSON line may signal at once
  let stopping = false;
  const stop = async (sig: string) => {
    if (stopping) return;
    stopping = true;
    try {
      if (args.state) host.exportTo(join(args.state, 'export'));
      await host.stop();
      err(`stopped on ${sig}`);
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.stdout.write(JSON.stringify({ url: host.url, code: host.code, port: host.port, addresses: host.addresses }) + '\n');
  err(`teacher dashboard (open it on this computer only): ${host.teacherUrl}`);
  if (process.stderr.isTTY) {
    const qr = qrcode(0, 'M');
    qr.addData(host.url);
    qr.make();
    process.stderr.write(qr.createASCII(1, 2) + '\n');
    err(`${host.resumed ? 'resumed' : 'hosting'} class ${host.code} at ${host.url}`);
  }
  host.session.subscribe((s, info) => {
    if (info.resolved) err(`round ${info.resolved.round} resolved (${s.seats.length} seats)`);
  });

  // teacher commands: one JSON object per line, e.g. {"cmd":"open","round":1}; {"cmd":"status"} prints the roster
  const rl = createInterface({ input: process.stdin, terminal: false });
  rl.on('line', (line) => {
    const text = line.trim();
    if (!text) return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      err('commands are JSON lines, e.g. {"cmd":"open","round":1}');
      return;
    }
    if ((json as { cmd?: string }).cmd === 'status') {
      const s = host.session.state;
      process.stderr.write(JSON.stringify({ round: s.round, phase: s.phase, paused: s.paused, locked: s.locked, mode: s.mode, roster: roster(s) }) + '\n');
      return;
    }
    if ((json as { cmd?: string }).cmd === 'export') {
      if (!args.state) err('export needs --state DIR');
      else err(`wrote ${host.exportTo(join(args.state, 'export')).join(', ')}`);
      return;
    }
    const c = hostCommandSchema.safeParse(json);
    if (!c.success) {
      err(`not a command: ${c.error.issues[0]?.message ?? 'invalid'}`);
      return;
    }
    const r = host.session.dispatch({ e: 'command', command: c.data, at: Date.now() });
    if (!r.durable) err(`${c.data.cmd}: nothing to do in phase ${host.session.state.phase} round ${host.session.state.round}`);
  });
  rl.on('error', () => {});

}

void main();
