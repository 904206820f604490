// Class mode in the desktop app: the teacher's class host and the student's link both run here in the main
// process (Chromium refuses requests from the app's own page to private addresses, and teacher controls must never
// travel over the network). The host is the same code `npm run class-host` runs (app/class-host/host.ts); the
// link is the same ClassClient the browser uses, over `ws`. Electron parts (powerSaveBlocker, the window, the save
// dialog) are passed in, so this module is tested in plain Node.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { startHost, type RunningHost } from '../class-host/host';
import { isAllowedPeer } from '../class-host/lan-peers';
import { DEFAULT_PRESET_ID } from '../class-host/presets';
import { dashboardView } from '../class-host/reducer';
import { MAX_SEATS, MAX_FRAME_BYTES, hostCommandSchema, type HostCommand } from '../shared/class-protocol';
import { ClassClient, type SeatKey, type SocketLike } from '../shared/class-client';
import { roundsCsv, sessionFile, studentsCsv } from '../shared/class-exports';
import type { ClassEvent, ClassExportKind, ClassHostInfo, ClassHostStartRequest, ClassJoinRequest, ClassSubmitRequest, ExportOutcome } from '../shared/ipc';
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
  /** Wait between dashboard pushes, ms (the dashboard repaints at most this often). */
  dashboardEveryMs?: number;
  log?(message: string): void;
}

export interface ClassDesktop {
  startHost(request: ClassHostStartRequest): Promise<ClassHostInfo>;
  /** Validates the command again (defence in depth) and hands it to the reducer; `applied` false when it did nothing. */
  command(command: unknown): { applied: boolean };
  stopHost(): Promise<boolean>;
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
        port: request.port ?? DEFAULT_CLASS_PORT, code, state, preset: request.preset ?? DEFAULT_PRESET_ID, autoRounds: false,
        bind: deps.bind ?? '0.0.0.0', discovery: deps.discovery ?? true, web: deps.webDir, maxSeats: MAX_SEATS,
      },
      (line) => log(`class host: ${line}`),
    );
    host = running;
    unsubscribe = running.session.subscribe(scheduleView);
    awakeId = deps.keepAwake.start();
    pushView();
    log(`hosting class ${running.code} on port ${running.port}`);
    return { code: running.code, port: running.port, url: running.url, addresses: running.addresses, resumed: running.resumed };
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

  function join_(request: ClassJoinRequest): true {
    const address = parseClassAddress(request.address.trim());
    const peer = address?.host.replace(/%.*$/, '');
    // checked again here: only the school network's own addresses, never a public one
    if (!address || !isAllowedPeer(peer)) throw new MainError('bad-request', 'the class host must be on a private, link-local or loopback address');
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
        reject: (reason, detail) => link({ t: 'reject', reason, detail }),
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
