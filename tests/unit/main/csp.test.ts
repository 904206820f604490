// The Content-Security-Policy (checklist #7): its exact text, the header rule, and that the <meta> in the
// renderer's index.html says the same thing (so the two deliveries cannot drift apart).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META, withContentSecurityPolicy } from '../../../app/main/security/csp';

describe('content security policy', () => {
  it('is the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('never allows eval, inline scripts or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:|\*/);
  });

  it('leaves frame-ancestors out of the meta form only (browsers ignore it there, with a console error)', () => {
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
    expect(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is what index.html declares in its meta tag', () => {
    const html = readFileSync(new URL('../../../app/renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY_META);
  });

  it('adds the header to file:// responses, replacing a policy in any casing', () => {
    const headers = withContentSecurityPolicy('file:///app/dist/renderer/index.html', {
      'content-security-policy': ["default-src *"],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'Content-Type': ['text/html'] });
    expect(withContentSecurityPolicy('file:///x.js', undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('leaves other responses (e.g. devtools) as they are', () => {
    const original = { 'Content-Type': ['text/html'] };
    expect(withContentSecurityPolicy('devtools://devtools/bundled/devtools_app.html', original)).toBe(original);
  });
});
