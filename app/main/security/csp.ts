// Electron security checklist #7 "Define a Content-Security-Policy": only the app's own scripts, styles,
// fonts and images; no plugins, no forms, no framing. Sent as a header and repeated as a <meta> in index.html.

export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** Browsers ignore frame-ancestors in a <meta> policy and log a console error for it, so the meta leaves it out. */
export const CONTENT_SECURITY_POLICY_META = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

export type ResponseHeaders = Record<string, string | string[]>;

/**
 * Response headers for a webRequest.onHeadersReceived callback: our policy on every app:// (or file://) response
 * (replacing any policy of another casing), other responses untouched. Remote responses are cancelled
 * earlier by the remote-content rule, so they never reach a page of ours.
 */
export function withContentSecurityPolicy(url: string, headers: ResponseHeaders | undefined): ResponseHeaders | undefined {
  if (!url.startsWith('app:') && !url.startsWith('file:')) return headers;
  const out: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}
