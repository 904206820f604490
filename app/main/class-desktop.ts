// Class mode in the desktop app: the teacher's class host and the student's link both run here in the main
// process (Chromium refuses requests from the app's own page to private addresses, and teacher controls must never
// travel over the network). The host is the same code `npm run class-host` runs (app/class-host/host.ts); the
// link is the same ClassClient the browser uses, over `ws`. Electron parts (powerSaveBlocker, the window, the save
// dialog) are passed in, so this module is tested in plain Node.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { discover as discoverOnNetwork, type Found } from '../class-host/discovery';
import { startHost, type RunningHost } from '../class-host/host';
import { readSnapshot, SNAPSHOT_FILE } from '../class-host/snapshot';
import { isAllowedPeer } from '../class-host/lan-peers';
import { DEFAULT_PRESET_ID } from '../class-host/presets';
import { dashboardView } from '../class-host/reducer';
import { MAX_SEATS, MAX_FRAME_BYTES, hostCommandSchema, type HostCommand } from '../shared/class-protocol';
import { ClassClient, type SeatKey, type SocketLike } from '../shared/class-client';
import { roundsCsv, sessionFile, studentsCsv } from '../shared/class-exports';
import type {
  ClassEvent, ClassExportKind, ClassFound, ClassHostInfo, ClassHostStartRequest, ClassJoinRequest, ClassSubmitRequest, ExportOutcome, SavedClassInfo,
} from '../shared/ipc';
import { formatJoinCode, joinCodeFromBytes, normaliseJoinCode } from '../shared/market-code';
import { MainError } from './errors';
import { parseClassAddress } from './validation';

export interface ClassDesktopDeps {
  /** Folder for hosted classes (one state folder per class code) and the student's seats. */
  dataDir: string;
  /** The built web game, served to students' browsers; null serves nothing but the class socket. */
  webDir: string | null;
  /** Pushes an event to the app's window (webContents.send on the class event channel). */
  emit(event: ClassEvent): void;
  /** powerSaveBlocker.start('prevent-app-suspension') / stop(id). */
  keepAwake: { start(): number; stop(id: number): void };
  /** Asks where to save (the export dialog) and writes the text there. */
  saveText(suggestedName: string, ext: 'json' | 'csv', text: string): Promise<ExportOutcome>;
  /** Interface to bind; '0.0.0.0' in the app, loopback in tests. */
  bind?: string;
  /** mDNS advertising of the class (off in tests). */
  discovery?: boolean;
  /** Looks for a class by code on the network (default: discovery.ts over mDNS and the UDP probe, for `discoverMs`). */
  find?(code: string): Promise<Found[]>;
  /** How long discovery listens, ms (default 5000). */
  discoverMs?: number;
  /** Wait between dashboard pushes, ms (the dashboard repaints at most this often). */
  dashboardEveryMs?: number;
  log?(message: string): void;
}

export interface ClassDesktop {
  startHost(request: ClassHostStartRequest): Promise<ClassHostInfo>;
  /** Validates the command again (defence in depth) and hands it to the reducer; `applied` false when it did nothing. */
  command(command: unknown): { applied: boolean };
  stopHost(): Promise<boolean>;
  /** The classes hosted from this computer before (state folders under dataDir/classes), newest change first. */
  savedClasses(): SavedClassInfo[];
  /** Hosts found on the school network for this class code (private, link-local or loopback peers only). */
  discover(code: string): Promise<ClassFound[]>;
  exportHost(kind: ClassExportKind): Promise<ExportOutcome>;
  join(request: ClassJoinRequest): true;
  submit(request: ClassSubmitRequest): boolean;
  leave(): boolean;
  /** Whether a host is running (for tests and the quit handler). */
  hosting(): boolean;
  /** Stops the host and the link (app quit). */
  dispose(): Promise<void>;
}

const DEFAULT_CLASS_PORT = 43210;
const SEATS_FILE = 'seats.json';

export function createClassDesktop(deps: ClassDesktopDeps): ClassDesktop {
  const log = deps.log ?? (() => {});
  let host: RunningHost | null = null;
  let starting: Promise<ClassHostInfo> | null = null;
  let awakeId: number | null = null;
  let unsubscribe: (() => void) | null = null;
  let viewTimer: ReturnType<typeof setTimeout> | null = null;
  let client: ClassClient | null = null;

  const pushView = () => {
    viewTimer = null;
    if (host) deps.emit({ kind: 'dashboard', view: dashboardView(host.session.state, host.url) });
  };
  const scheduleView = () => {
    if (!viewTimer) viewTimer = setTimeout(pushView, deps.dashboardEveryMs ?? 100);
  };

  async function startHostNow(request: ClassHostStartRequest): Promise<ClassHostInfo> {
    const given = request.code ? normaliseJoinCode(request.code) : null;
    if (request.code && !given) throw new MainError('bad-request', 'class code must be six letters or digits');
    const code = given ? formatJoinCode(given) : joinCodeFromBytes(randomBytes(6));
    const state = join(deps.dataDir, 'classes', code.replace(/[^A-Z0-9]/g, ''));
    const running = await startHost(
      {
        // no port asked for: the class's last port (a resumed class keeps its address), else the usual one
        port: request.port ?? null, code, state, preset: request.preset ?? DEFAULT_PRESET_ID, autoRounds: false,
        bind: deps.bind ?? '0.0.0.0', discovery: deps.discovery ?? true, web: deps.webDir, maxSeats: MAX_SEATS,
      },
      (line) => log(`class host: ${line}`),
    );
    host = running;
    unsubscribe = running.session.subscribe(scheduleView);
    awakeId = deps.keepAwake.start();
    pushView();
    log(`hosting class ${running.code} on port ${running.port}`);
    return info(running);
  }

  const info = (h: RunningHost): ClassHostInfo => ({ code: h.code, port: h.port, url: h.url, addresses: h.addresses, resumed: h.resumed });

  // ---- classes hosted before: one state folder per class code (snapshot.json, the event log, host.json) ----
  const classesDir = join(deps.dataDir, 'classes');
  function savedClasses(): SavedClassInfo[] {
    let names: string[];
    try {
      names = readdirSync(classesDir);
    } catch {
      return [];
    }
    const out: SavedClassInfo[] = [];
    for (const name of names) {
      // folder names are codes without the dash; anything else in there is not ours
      if (!/^[0-9A-Z]{6}$/.test(name)) continue;
      const dir = join(classesDir, name);
      try {
        if (!statSync(dir).isDirectory() || !existsSync(join(dir, SNAPSHOT_FILE))) continue;
        const snap = readSnapshot(dir);
        if (!snap) continue;
        const st = snap.state;
        let port: number | null = null;
        try {
          const meta = JSON.parse(readFileSync(join(dir, 'host.json'), 'utf8')) as { port?: unknown };
          if (Number.isInteger(meta.port)) port = meta.port as number;
        } catch {
          /* no port kept: resuming uses the usual one */
        }
        let last = 0;
        for (const f of readdirSync(dir)) {
          try {
            last = Math.max(last, statSync(join(dir, f)).mtimeMs);
          } catch {
            /* removed meanwhile */
          }
        }
        const code = formatJoinCode(name);
        out.push({
          code, scenarioId: st.config.scenarioId, roundsPlayed: st.history.length, rounds: st.config.rounds, seats: st.seats.length, port,
          ended: st.phase === 'ended', running: host !== null && host.code === code, lastChange: new Date(last).toISOString(),
        });
      } catch (e) {
        log(`saved class ${name} not readable: ${(e as Error).message}`);
      }
    }
    return out.sort((a, b) => b.lastChange.localeCompare(a.lastChange));
  }

  async function discover(raw: string): Promise<ClassFound[]> {
    const n = normaliseJoinCode(raw);
    if (!n) throw new MainError('bad-request', 'class code must be six letters or digits');
    const code = formatJoinCode(n);
    const find = deps.find ?? ((c: string) => discoverOnNetwork(c, { timeoutMs: deps.discoverMs ?? 5000, onError: (e) => log(`discovery: ${e.message}`) }));
    const found = await find(code);
    // only the school network's own addresses, as for a typed address
    return found.filter((f) => isAllowedPeer(f.address) && Number.isInteger(f.port) && f.port > 0 && f.port < 65536)
      .map((f) => ({ address: f.address, port: f.port, via: f.via }));
  }

  async function stopHost(): Promise<boolean> {
    if (starting) await starting.catch(() => undefined);
    const h = host;
    if (!h) return false;
    host = null;
    unsubscribe?.();
    unsubscribe = null;
    if (viewTimer) clearTimeout(viewTimer);
    viewTimer = null;
    try {
      await h.stop();
    } finally {
      if (awakeId !== null) deps.keepAwake.stop(awakeId);
      awakeId = null;
      deps.emit({ kind: 'host-stopped' });
    }
    return true;
  }

  // ---- the student's seats, kept per class code in the app's data folder (survive an app restart) ----
  const seatsPath = join(deps.dataDir, SEATS_FILE);
  const readSeats = (): Record<string, SeatKey> => {
    try {
      const v = JSON.parse(readFileSync(seatsPath, 'utf8')) as unknown;
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, SeatKey>) : {};
    } catch {
      return {};
    }
  };
  const writeSeat = (code: string, seat: SeatKey) => {
    try {
      const all = { ...readSeats(), [code]: { seat: seat.seat, token: seat.token } };
      mkdirSync(deps.dataDir, { recursive: true });
      writeFileSync(`${seatsPath}.tmp`, JSON.stringify(all));
      renameSync(`${seatsPath}.tmp`, seatsPath);
    } catch (e) {
      log(`could not keep the class seat: ${(e as Error).message}`);
    }
  };

  const forgetSeat = (code: string) => {
    const all = readSeats();
    if (!(code in all)) return;
    delete all[code];
    try {
      writeFileSync(`${seatsPath}.tmp`, JSON.stringify(all));
      renameSync(`${seatsPath}.tmp`, seatsPath);
    } catch (e) {
      log(`could not forget the class seat: ${(e as Error).message}`);
    }
  };

  function join_(request: ClassJoinRequest): true {
    const address = parseClassAddress(request.address.trim());
    const peer = address?.host.replace(/%.*$/, '');
    // checked again here: only the school network's own addresses, never a public one
    if (!address) throw new MainError('bad-request', 'address must be an IP address, optionally with :port');
    if (!isAllowedPeer(peer)) throw new MainError('bad-request', 'the class host must be on a private, link-local or loopback address', 'peer-not-allowed');
    const n = normaliseJoinCode(request.code);
    if (!n) throw new MainError('bad-request', 'class code must be six letters or digits');
    const code = formatJoinCode(n);
    leave();
    const hostPart = address.host.includes(':') ? `[${address.host}]` : address.host;
    const url = `ws://${hostPart}:${address.port ?? DEFAULT_CLASS_PORT}/class`;
    const seat = readSeats()[n];
    const link = (event: Extract<ClassEvent, { kind: 'link' }>['event']) => deps.emit({ kind: 'link', event });
    const c = new ClassClient(
      {
        url, joinCode: code, nick: request.nick, scenarioId: request.scenarioId, random: Math.random, now: Date.now,
        seat: seat && typeof seat.seat === 'number' && typeof seat.token === 'string' ? seat : null,
        open: (u) => new WebSocket(u, { maxPayload: 64 * MAX_FRAME_BYTES, perMessageDeflate: false, handshakeTimeout: 5000 }) as unknown as SocketLike,
        saveSeat: (k) => writeSeat(n, k),
      },
      {
        status: (status) => link({ t: 'status', status }),
        welcome: (welcome) => link({ t: 'welcome', welcome }),
        phase: (phase) => link({ t: 'phase', phase }),
        ack: (round, seq) => link({ t: 'ack', round, seq }),
        tick: (tick, mine, info) => link({ t: 'tick', tick, mine, info }),
        reject: (reason, detail) => {
          // the teacher moved this seat to another computer: its old key is revoked, so this computer forgets it
          if (reason === 'transferred') forgetSeat(n);
          link({ t: 'reject', reason, detail });
        },
      },
    );
    client = c;
    c.start();
    return true;
  }

  function leave(): boolean {
    const c = client;
    client = null;
    if (!c) return false;
    c.leave();
    return true;
  }

  return {
    startHost: async (request) => {
      // the class being hosted, asked for again (the page was reloaded, or the teacher came back to it): its dashboard
      const again = request.code ? normaliseJoinCode(request.code) : null;
      if (host && again && formatJoinCode(again) === host.code) {
        pushView();
        return { ...info(host), resumed: true };
      }
      if (host || starting) throw new MainError('bad-request', 'a class is already being hosted; stop it first');
      starting = startHostNow(request);
      try {
        return await starting;
      } finally {
        starting = null;
      }
    },
    command: (raw) => {
      const parsed = hostCommandSchema.safeParse(raw);
      if (!parsed.success) throw new MainError('bad-request', `not a teacher command: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      if (!host) throw new MainError('bad-request', 'no class is being hosted');
      const command: HostCommand = parsed.data;
      const r = host.session.dispatch({ e: 'command', command, at: Date.now() });
      return { applied: r.durable };
    },
    stopHost,
    savedClasses,
    discover,
    exportHost: async (kind) => {
      if (!host) throw new MainError('bad-request', 'no class is being hosted');
      const file = sessionFile(host.session.state);
      const base = `class-${host.code.replace(/[^A-Z0-9]/g, '')}`;
      if (kind === 'session') return deps.saveText(`${base}-session`, 'json', JSON.stringify(file, null, 1));
      if (kind === 'students') return deps.saveText(`${base}-students`, 'csv', studentsCsv(file));
      return deps.saveText(`${base}-rounds`, 'csv', roundsCsv(file));
    },
    join: join_,
    submit: (request) => client?.submit(request.choice, request.predict) ?? false,
    leave,
    hosting: () => host !== null,
    dispose: async () => {
      leave();
      await stopHost();
    },
  };
}
