// How students find the teacher's host without typing an address: an mDNS service `_irbclass._tcp` and a UDP
// broadcast probe. Both advertise a 2-byte hash of the join code, never the code. Errors here are never fatal:
// the address on the projector and the QR code always work where the network allows a connection at all.
import { createSocket } from 'node:dgram';
import type { Socket } from 'node:dgram';
import { networkInterfaces } from 'node:os';
import Bonjour from 'bonjour-service';
import { checkHash } from '../sim/index';
import { normaliseJoinCode } from '../shared/market-code';

export const MDNS_TYPE = 'irbclass';
export const PROBE_PORT = 41917;
const PROBE_MAGIC = 'IRBCLASS1?';

/** The 2-byte (4 hex digit) hash of a join code that discovery advertises. */
export function codeHash(code: string): string {
  return checkHash(`irb-class:${normaliseJoinCode(code) ?? code}`).slice(0, 4);
}

/** IPv4 addresses of this machine's physical-looking interfaces (what the projector shows). */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const [name, list] of Object.entries(networkInterfaces())) {
    if (/^(docker|br-|veth|vmnet|vboxnet|virbr|utun|tun|tap|zt|tailscale|wg)/i.test(name)) continue;
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

export interface Advertiser {
  stop(): Promise<void>;
}

/** Publishes the class by mDNS and answers broadcast probes. `onError` hears every problem; none stops the host. */
export function advertise(opts: { code: string; port: number; probePort?: number; onError?: (e: Error) => void }): Advertiser {
  const onError = opts.onError ?? (() => {});
  const h = codeHash(opts.code);
  let bonjour: Bonjour | null = null;
  try {
    bonjour = new Bonjour({}, (e: Error) => onError(e));
    bonjour.publish({ name: `irb-class-${h}-${opts.port}`, type: MDNS_TYPE, port: opts.port, txt: { h, v: '1' } }).on('error', (e: Error) => onError(e));
  } catch (e) {
    onError(e as Error);
  }
  let udp: Socket | null = null;
  try {
    udp = createSocket({ type: 'udp4', reuseAddr: true });
    udp.on('error', (e) => {
      onError(e);
      udp?.close();
      udp = null;
    });
    udp.on('message', (msg, rinfo) => {
      const text = msg.toString('utf8', 0, Math.min(msg.length, 64));
      if (!text.startsWith(PROBE_MAGIC)) return;
      const asked = text.slice(PROBE_MAGIC.length).trim();
      if (asked && asked !== h) return;
      const reply = Buffer.from(JSON.stringify({ t: 'irbclass', h, port: opts.port }));
      udp?.send(reply, rinfo.port, rinfo.address, (e) => e && onError(e));
    });
    udp.bind(opts.probePort ?? PROBE_PORT);
  } catch (e) {
    onError(e as Error);
  }
  return {
    stop: () => new Promise<void>((done) => {
      try {
        udp?.close();
      } catch {
        /* closed */
      }
      if (!bonjour) return done();
      try {
        bonjour.unpublishAll(() => {
          bonjour?.destroy();
          done();
        });
      } catch {
        done();
      }
      setTimeout(done, 1000).unref();
    }),
  };
}

export interface Found {
  address: string;
  port: number;
  via: 'mdns' | 'broadcast';
}

/**
 * Looks for a class with this join code for `timeoutMs`: mDNS browse plus a broadcast probe to `broadcastTo`
 * (default the limited broadcast address). Every find still needs a real connection test (found is not reachable).
 */
export function discover(code: string, opts: { timeoutMs: number; broadcastTo?: string; probePort?: number; onError?: (e: Error) => void }): Promise<Found[]> {
  const h = codeHash(code);
  const found: Found[] = [];
  const onError = opts.onError ?? (() => {});
  return new Promise((resolve) => {
    let bonjour: Bonjour | null = null;
    try {
      bonjour = new Bonjour({}, (e: Error) => onError(e));
      bonjour.find({ type: MDNS_TYPE }, (svc) => {
        if (svc.txt?.h !== h) return;
        for (const a of svc.addresses ?? []) if (a.includes('.')) found.push({ address: a, port: svc.port, via: 'mdns' });
      });
    } catch (e) {
      onError(e as Error);
    }
    const udp = createSocket({ type: 'udp4', reuseAddr: true });
    udp.on('error', (e) => onError(e));
    udp.on('message', (msg, rinfo) => {
      try {
        const r = JSON.parse(msg.toString('utf8')) as { t?: string; h?: string; port?: number };
        if (r.t === 'irbclass' && r.h === h && Number.isInteger(r.port)) found.push({ address: rinfo.address, port: r.port!, via: 'broadcast' });
      } catch {
        /* not ours */
      }
    });
    udp.bind(0, () => {
      try {
        udp.setBroadcast(true);
        udp.send(Buffer.from(PROBE_MAGIC + h), opts.probePort ?? PROBE_PORT, opts.broadcastTo ?? '255.255.255.255', (e) => e && onError(e));
      } catch (e) {
        onError(e as Error);
      }
    });
    setTimeout(() => {
      try {
        udp.close();
      } catch {
        /* closed */
      }
      try {
        bonjour?.destroy();
      } catch {
        /* gone */
      }
      const seen = new Set<string>();
      resolve(found.filter((f) => {
        const k = `${f.address}:${f.port}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      }));
    }, opts.timeoutMs);
  });
}
