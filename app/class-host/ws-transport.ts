// The class host's network face: one HTTP server for the web build and the `/class` WebSocket, LAN peers only,
// 4 KiB frames without compression, a token bucket per socket, a hello deadline, heartbeats that survive a sleeping
// laptop, and at most so many sockets. Everything it hears becomes a HostEvent for the session.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket } from 'ws';
import { MAX_FRAME_BYTES, hostCommandSchema, parseClientFrame } from '../shared/class-protocol';
import type { TeacherFrame } from '../shared/class-dashboard';
import { sessionFile } from '../shared/class-exports';
import type { ServerFrame } from '../shared/class-protocol';
import { isAllowedPeer } from './lan-peers';
import { serveStatic } from './static-server';
import { dashboardView, phaseFrame } from './reducer';
import type { ClassSession, Sink } from './session';

export interface TransportOptions {
  port: number;
  host: string;
  staticDir: string | null;
  heartbeatMs?: number;
  helloTimeoutMs?: number;
  /** Token bucket per socket: burst and refill per second. */
  burst?: number;
  refillPerSecond?: number;
  /** Open sockets allowed beyond the seat limit (people still typing the code). */
  spareSockets?: number;
  /** New hellos per address per minute (loopback exempt: bots and tests run there). */
  joinsPerMinute?: number;
  now?: () => number;
  /** Token for the teacher's dashboard socket (/teacher?token=...), accepted from this machine only; null: none. */
  teacherToken?: string | null;
  /** The join address shown on the dashboard. */
  joinUrl?: () => string | null;
}

export interface RunningTransport {
  server: Server;
  port: number;
  stop(): Promise<void>;
  /** Connections counted by state (for tests and the dashboard). */
  stats(): { sockets: number; seated: number; rejectedFrames: number };
}

interface Conn {
  id: string;
  ws: WebSocket;
  ip: string;
  alive: boolean;
  seated: boolean;
  tokens: number;
  lastRefill: number;
  helloTimer: NodeJS.Timeout | null;
  rateWarned: boolean;
}

export function startTransport(session: ClassSession, opts: TransportOptions): Promise<RunningTransport> {
  const now = opts.now ?? Date.now;
  const heartbeatMs = opts.heartbeatMs ?? 10_000;
  const helloTimeoutMs = opts.helloTimeoutMs ?? 5000;
  const burst = opts.burst ?? 30;
  const refill = opts.refillPerSecond ?? 10;
  const joinsPerMinute = opts.joinsPerMinute ?? 60;
  const conns = new Map<string, Conn>();
  const joins = new Map<string, number[]>();
  // connection ids differ between processes too (a resumed host must never take a new socket for an old one)
  const idPrefix = randomBytes(3).toString('hex');
  let nextId = 1;
  let rejectedFrames = 0;

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false, clientTracking: false });
  const server = createServer((req, res) => {
    if (!isAllowedPeer(req.socket.remoteAddress)) {
      res.writeHead(403).end();
      return;
    }
    serveStatic(opts.staticDir, req, res);
  });
  // garbage instead of HTTP: drop the socket (never let a parser error reach the process)
  server.on('clientError', (_e, socket: Duplex) => socket.destroy());
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;

  const sendRaw = (c: Conn, frame: ServerFrame) => {
    if (c.ws.readyState !== WebSocket.OPEN) return;
    const text = JSON.stringify(frame);
    if (text.length > MAX_FRAME_BYTES * 4) return; // never expected; a client would refuse it anyway
    c.ws.send(text);
  };
  let lastPhase: Extract<ServerFrame, { t: 'phase' }> | null = null;
  let pendingPhase: ServerFrame | null = null;
  let phaseTimer: NodeJS.Timeout | null = null;
  const sendAll = (frame: ServerFrame) => {
    if (frame.t === 'phase') lastPhase = frame;
    const text = JSON.stringify(frame);
    for (const c of conns.values()) if (c.seated && c.ws.readyState === WebSocket.OPEN) c.ws.send(text);
  };
  const sink: Sink = {
    send(id, frame) {
      const c = conns.get(id);
      if (!c) return;
      if (frame.t === 'welcome') c.seated = true;
      sendRaw(c, frame);
    },
    broadcast(frame) {
      // "x of N have chosen" changes with every submit: send a change of round, phase or pause at once, and
      // coalesce mere count updates to one frame per 100 ms (60 submits would otherwise be 3,600 frames)
      if (frame.t === 'phase' && lastPhase && lastPhase.round === frame.round && lastPhase.phase === frame.phase && lastPhase.paused === frame.paused && lastPhase.mode === frame.mode) {
        pendingPhase = frame;
        if (!phaseTimer) phaseTimer = setTimeout(() => { phaseTimer = null; const f = pendingPhase; pendingPhase = null; if (f) sendAll(f); }, 100);
        return;
      }
      if (frame.t === 'phase') pendingPhase = null;
      sendAll(frame);
    },
    close(id, code) {
      const c = conns.get(id);
      if (!c) return;
      c.seated = false;
      c.ws.close(code);
      // a peer that never answers the close handshake is cut off
      setTimeout(() => c.ws.terminate(), 2000).unref();
    },
  };
  session.attach(sink);

  const take = (c: Conn): boolean => {
    const t = now();
    c.tokens = Math.min(burst, c.tokens + ((t - c.lastRefill) / 1000) * refill);
    c.lastRefill = t;
    if (c.tokens < 1) return false;
    c.tokens -= 1;
    return true;
  };

  const allowJoin = (ip: string): boolean => {
    if (ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1') return true;
    const t = now();
    const list = (joins.get(ip) ?? []).filter((x) => t - x < 60_000);
    list.push(t);
    joins.set(ip, list);
    return list.length <= joinsPerMinute;
  };

  wss.on('connection', (ws: WebSocket, ip: string) => {
    const id = `c${idPrefix}-${nextId++}`;
    const c: Conn = { id, ws, ip, alive: true, seated: false, tokens: burst, lastRefill: now(), helloTimer: null, rateWarned: false };
    conns.set(id, c);
    c.helloTimer = setTimeout(() => {
      if (!c.seated) ws.close(1008);
    }, helloTimeoutMs);
    c.helloTimer.unref();
    ws.on('pong', () => {
      c.alive = true;
    });
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!take(c)) {
        rejectedFrames++;
        // a burst far above the bucket is a flood: cut it off; a small overrun only loses the frame
        if (c.tokens < 1 && c.rateWarned) {
          ws.close(1008);
          return;
        }
        c.rateWarned = true;
        sendRaw(c, { t: 'reject', reason: 'rate' });
        return;
      }
      if (c.tokens >= burst / 2) c.rateWarned = false;
      const parsed = parseClientFrame(isBinary ? new Uint8Array(data) : data.toString('utf8'));
      if (!parsed.ok) {
        rejectedFrames++;
        ws.close(parsed.code);
        return;
      }
      const f = parsed.frame;
      try {
        if (f.t === 'hello') {
          if (!c.seated && !allowJoin(ip)) {
            sendRaw(c, { t: 'reject', reason: 'rate' });
            ws.close(1008);
            return;
          }
          session.dispatch({ e: 'hello', conn: id, frame: f, token: randomBytes(16).toString('hex'), at: now() });
        } else if (f.t === 'submit') session.dispatch({ e: 'submit', conn: id, frame: f, at: now() });
        else session.dispatch({ e: 'leave', conn: id, at: now() });
      } catch (e) {
        // a bug must not take the class down: drop this socket, keep the others
        process.stderr.write(`class-host: error handling a frame: ${(e as Error).stack ?? e}\n`);
        ws.close(1011);
      }
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      if (c.helloTimer) clearTimeout(c.helloTimer);
      conns.delete(id);
      try {
        session.dispatch({ e: 'disconnect', conn: id, at: now() });
      } catch (e) {
        process.stderr.write(`class-host: error on disconnect: ${(e as Error).message}\n`);
      }
    });
  });

  // The teacher's dashboard: loopback only, with the token the host printed; never reachable from the class network.
  const teachers = new Set<WebSocket>();
  let viewTimer: NodeJS.Timeout | null = null;
  const pushView = () => {
    if (viewTimer || teachers.size === 0) return;
    viewTimer = setTimeout(() => {
      viewTimer = null;
      const text = JSON.stringify({ t: 'view', view: dashboardView(session.state, opts.joinUrl?.() ?? null) } satisfies TeacherFrame);
      for (const t of teachers) if (t.readyState === WebSocket.OPEN) t.send(text);
    }, 50);
  };
  session.subscribe(() => pushView());
  const teacherWss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false, clientTracking: false });
  teacherWss.on('connection', (ws: WebSocket) => {
    teachers.add(ws);
    ws.send(JSON.stringify({ t: 'view', view: dashboardView(session.state, opts.joinUrl?.() ?? null) } satisfies TeacherFrame));
    ws.on('message', (data: Buffer) => {
      let json: unknown;
      try {
        json = JSON.parse(data.toString('utf8'));
      } catch {
        return;
      }
      if ((json as { cmd?: unknown }).cmd === 'session') {
        ws.send(JSON.stringify({ t: 'session', text: JSON.stringify(sessionFile(session.state)) } satisfies TeacherFrame));
        return;
      }
      const c = hostCommandSchema.safeParse(json);
      if (!c.success) return;
      const r = session.dispatch({ e: 'command', command: c.data, at: now() });
      ws.send(JSON.stringify({ t: 'result', ok: r.durable, cmd: c.data.cmd } satisfies TeacherFrame));
      pushView();
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => teachers.delete(ws));
  });

  server.on('upgrade', (req, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const ip = req.socket.remoteAddress ?? '';
    const path = (req.url ?? '').split('?')[0];
    if (path === '/teacher') {
      const token = new URL(req.url ?? '/', 'http://x').searchParams.get('token');
      const loopback = ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1';
      if (!loopback || !opts.teacherToken || token !== opts.teacherToken) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
        return;
      }
      teacherWss.handleUpgrade(req, socket, head, (ws) => teacherWss.emit('connection', ws));
      return;
    }
    if (!isAllowedPeer(ip) || path !== '/class' || conns.size >= session.state.config.maxSeats + (opts.spareSockets ?? 16)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, ip));
  });

  // Heartbeat: a socket that missed a pong is dropped. If the timer itself fired far too late, this laptop slept
  // (or the process was stopped): everyone gets a fresh chance to answer before anyone is dropped.
  let lastBeat = now();
  const beat = setInterval(() => {
    const t = now();
    const slept = t - lastBeat > heartbeatMs * 2;
    lastBeat = t;
    for (const c of conns.values()) {
      if (!slept && !c.alive) {
        c.ws.terminate();
        continue;
      }
      c.alive = false;
      try {
        c.ws.ping();
      } catch {
        /* closing */
      }
    }
    // browsers cannot see pings: the phase frame doubles as their keepalive
    sink.broadcast(phaseFrame(session.state));
    session.runAuto(t);
  }, heartbeatMs);
  beat.unref();
  // --auto-rounds closes a round once absent seats have been offline long enough: look every second
  const autoTimer = setInterval(() => session.runAuto(now()), 1000);
  autoTimer.unref();

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : opts.port;
      resolve({
        server,
        port,
        stats: () => ({ sockets: conns.size, seated: [...conns.values()].filter((c) => c.seated).length, rejectedFrames }),
        stop: () => new Promise<void>((done) => {
          clearInterval(beat);
          clearInterval(autoTimer);
          for (const c of conns.values()) c.ws.terminate();
          for (const t of teachers) t.terminate();
          if (viewTimer) clearTimeout(viewTimer);
          if (phaseTimer) clearTimeout(phaseTimer);
          wss.close();
          teacherWss.close();
          server.close(() => done());
          server.closeAllConnections?.();
        }),
      });
    });
  });
}
