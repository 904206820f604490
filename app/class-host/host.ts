// Starts a whole class host (session + transport + discovery) from options: the CLI and Electron's main process
// both call this. Resuming from a state folder reuses the same code, seed and port.
import { existsSync, readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { APP_VERSION } from '../shared/class-protocol';
import { classSeedFromCode, joinCodeFromBytes } from '../shared/market-code';
import { ClassSession } from './session';
import { startTransport } from './ws-transport';
import type { RunningTransport } from './ws-transport';
import { advertise, lanAddresses } from './discovery';
import type { Advertiser } from './discovery';
import { findPreset } from './presets';
import type { HostArgs } from './cli-args';
import { roundsCsv, sessionFile, studentsCsv } from '../shared/class-exports';

export const DEFAULT_PORT = 43210;
const META_FILE = 'host.json';

export interface RunningHost {
  session: ClassSession;
  transport: RunningTransport;
  port: number;
  code: string;
  addresses: string[];
  url: string;
  resumed: boolean;
  /** The dashboard for this computer only (loopback, with a fresh token). */
  teacherUrl: string;
  /** Writes students.csv, rounds.csv and session.json into `dir` (atomic per file); returns the paths. */
  exportTo(dir: string): string[];
  stop(): Promise<void>;
}

function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

export async function startHost(args: HostArgs, log: (line: string) => void = () => {}): Promise<RunningHost> {
  const preset = findPreset(args.preset)!;
  let meta: { port?: number } = {};
  if (args.state && existsSync(join(args.state, META_FILE))) {
    try {
      meta = JSON.parse(readFileSync(join(args.state, META_FILE), 'utf8')) as { port?: number };
    } catch {
      meta = {};
    }
  }
  const code = args.code ?? joinCodeFromBytes(randomBytes(6));
  const session = ClassSession.open({
    code, classSeed: classSeedFromCode(code), scenarioId: preset.scenarioId, appVersion: APP_VERSION, monthsPerRound: preset.monthsPerRound,
    rounds: preset.rounds, maxSeats: args.maxSeats, autoRounds: args.autoRounds,
  }, args.state, { codeGiven: args.code !== null, now: Date.now() });
  // flags given now win over the stored ones for how the host behaves (not for what the class is)
  session.state.config.autoRounds = args.autoRounds;
  session.state.config.maxSeats = args.maxSeats;

  const web = args.web ?? (existsSync(join(process.cwd(), 'dist/renderer/index.html')) ? join(process.cwd(), 'dist/renderer') : null);
  const first = args.port ?? meta.port ?? DEFAULT_PORT;
  // same port as last time, then the next nine
  const teacherToken = randomBytes(16).toString('hex');
  let joinUrl: string | null = null;
  let transport: RunningTransport | null = null;
  let lastErr: unknown = null;
  for (let p = first; p <= (first === 0 ? 0 : first + 9); p++) {
    try {
      transport = await startTransport(session, { port: p, host: args.bind, staticDir: web, teacherToken, joinUrl: () => joinUrl });
      break;
    } catch (e) {
      lastErr = e;
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') break;
    }
  }
  if (!transport) {
    session.close();
    throw lastErr instanceof Error ? lastErr : new Error(String(lastErr));
  }
  const port = transport.port;
  if (args.state) {
    mkdirSync(args.state, { recursive: true });
    writeAtomic(join(args.state, META_FILE), JSON.stringify({ port, code: session.state.config.code }));
  }
  const loopbackOnly = args.bind === '127.0.0.1' || args.bind === 'localhost';
  const addresses = loopbackOnly ? ['127.0.0.1'] : args.bind !== '0.0.0.0' ? [args.bind] : lanAddresses();
  const shown = addresses[0] ?? '127.0.0.1';
  const realCode = session.state.config.code;
  let adv: Advertiser | null = null;
  if (args.discovery && !loopbackOnly) adv = advertise({ code: realCode, port, onError: (e) => log(`discovery: ${e.message} (students can still type the address)`) });
  // the join page of its own (join.html, issue 15): the form first, the game after seating
  joinUrl = `http://${shown}:${port}/join.html?join=${realCode}`;
  const exportTo = (dir: string) => {
    mkdirSync(dir, { recursive: true });
    const f = sessionFile(session.state);
    const out = [join(dir, 'students.csv'), join(dir, 'rounds.csv'), join(dir, 'session.json')];
    writeAtomic(out[0]!, studentsCsv(f));
    writeAtomic(out[1]!, roundsCsv(f));
    writeAtomic(out[2]!, JSON.stringify(f, null, 1));
    return out;
  };
  return {
    session, transport, port, code: realCode, addresses: addresses.length ? addresses : ['127.0.0.1'], resumed: session.resumed,
    url: joinUrl,
    teacherUrl: `http://127.0.0.1:${port}/?teacher=${teacherToken}`,
    exportTo,
    stop: async () => {
      await adv?.stop();
      await transport!.stop();
      session.close();
    },
  };
}
