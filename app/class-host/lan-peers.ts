// Which peers may talk to a class host: loopback, private (RFC 1918, RFC 4193) and link-local addresses only.
// The class market is a LAN tool; a public address never gets a seat, even if a router forwards the port.
import { isIP } from 'node:net';

export function isAllowedPeer(address: string | undefined): boolean {
  if (!address) return false;
  let a = address.toLowerCase();
  if (a.startsWith('::ffff:') && isIP(a.slice(7)) === 4) a = a.slice(7);
  if (isIP(a) === 4) {
    const p = a.split('.').map(Number) as [number, number, number, number];
    return p[0] === 127 || p[0] === 10 || (p[0] === 172 && p[1] >= 16 && p[1] <= 31) || (p[0] === 192 && p[1] === 168) || (p[0] === 169 && p[1] === 254);
  }
  if (isIP(a) === 6) {
    const zoneless = a.split('%')[0]!;
    return zoneless === '::1' || /^fe[89ab]/.test(zoneless) || /^f[cd]/.test(zoneless);
  }
  return false;
}
