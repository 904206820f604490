// Who may talk to a class host: loopback, private and link-local peers only; and discovery never shows the code.
import { describe, expect, it } from 'vitest';
import { isAllowedPeer } from '../../../app/class-host/lan-peers';
import { codeHash } from '../../../app/class-host/discovery';
import { resolveInside } from '../../../app/class-host/static-server';

describe('LAN peers', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.9', '172.31.255.1', '192.168.1.20', '169.254.3.4', '::1', '::ffff:192.168.0.7', 'fe80::1%eth0', 'fd12:3456::1'])('admits %s', (ip) => {
    expect(isAllowedPeer(ip)).toBe(true);
  });
  it.each(['8.8.8.8', '172.32.0.1', '172.15.255.255', '100.64.0.1', '::ffff:1.2.3.4', '2001:db8::1', '', undefined, 'localhost'])('refuses %s', (ip) => {
    expect(isAllowedPeer(ip)).toBe(false);
  });
});

describe('discovery', () => {
  it('advertises a 4-hex-digit hash of the code, the same for every way of typing it, never the code', () => {
    expect(codeHash('K7Q-2MX')).toMatch(/^[0-9a-f]{4}$/);
    expect(codeHash('k7q 2mx')).toBe(codeHash('K7Q-2MX'));
    expect(codeHash('K7Q-2MX')).not.toBe(codeHash('K7Q-2MY'));
    expect(codeHash('K7Q-2MX').toUpperCase()).not.toContain('K7Q');
  });
});

describe('static server paths', () => {
  it('stays inside the web build', () => {
    expect(resolveInside('/srv/web', '/')).toBe('/srv/web/index.html');
    expect(resolveInside('/srv/web', '/assets/a.js?x=1')).toBe('/srv/web/assets/a.js');
    expect(resolveInside('/srv/web', '/../etc/passwd')).toBeNull();
    expect(resolveInside('/srv/web', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInside('/srv/web', '/a%00b')).toBeNull();
    expect(resolveInside('/srv/web', '/%E0%A4%A')).toBeNull();
  });
});
