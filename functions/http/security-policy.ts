/**
 * The security headers of every response, as data: the local server's middleware
 * (security-headers.ts) and CloudFront's response headers policies (infra/lib/constructs/
 * security-headers.ts) read this one module, so local mode and AWS send the same policy.
 */

/**
 * The builder and portal (one single-page app). Strict: only our own scripts, no inline
 * scripts, no plugins, no framing, no foreign form targets. One allowance, `'unsafe-eval'` in
 * script-src: Ajv compiles JSON Schemas into functions with `new Function`, and the builder's live
 * preview and the portal's form validate schemas written by officers at run time, so they cannot
 * all be precompiled at build time. It lets our own bundled code build functions; no injected
 * script can load (no inline, no foreign origin). Styles may be inline (`'unsafe-inline'` in
 * style-src only): the builder's code editor (CodeMirror) injects its theme as <style> elements,
 * and a static site has no per-response nonce to give it; inline CSS cannot run code. `connectSources` are the other origins the app
 * calls: the uploads bucket (presigned PUTs) and the OpenID Connect issuers.
 */
export function siteContentSecurityPolicy(connectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${["'self'", ...connectSources].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** JSON answers (`/api/*`) and release files (`/releases/*`): nothing in them may run or be framed. */
export const dataContentSecurityPolicy =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The development IdP's pages (local mode only, never deployed): their style and script are files
 * of their own (functions/identity/dev-idp-assets.ts), so no inline code and no eval either.
 */
export const devIdpContentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** The headers every response carries besides the CSP. */
export const commonSecurityHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  // The OIDC callback URL carries the authorization code: never send URLs to other sites.
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
};

/** HTTPS only, for two years (sent on AWS, where the site is HTTPS; never on http://localhost). */
export const hstsMaxAgeSeconds = 63_072_000;
