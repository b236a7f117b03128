/** Local server middleware: the headers of security-policy.ts on every response (CloudFront adds them on AWS). */
import type { MiddlewareHandler } from 'hono';
import {
  commonSecurityHeaders,
  dataContentSecurityPolicy,
  devIdpContentSecurityPolicy,
  siteContentSecurityPolicy,
} from './security-policy';

/**
 * Sets the CSP for what the path serves (data, dev IdP page, or the app) and the common headers.
 * @example app.use('*', securityHeaders({ connectSources: ['http://127.0.0.1:4569'] }))
 */
export function securityHeaders(options: { connectSources?: readonly string[] } = {}): MiddlewareHandler {
  const site = siteContentSecurityPolicy(options.connectSources);
  return async (c, next) => {
    await next();
    const path = c.req.path;
    const policy =
      path.startsWith('/api/') ||
      path.startsWith('/releases/') ||
      path === '/health' ||
      path === '/openapi.json'
        ? dataContentSecurityPolicy
        : path === '/dev-idp' || path.startsWith('/dev-idp/')
          ? devIdpContentSecurityPolicy
          : site;
    c.res.headers.set('content-security-policy', policy);
    for (const [name, value] of Object.entries(commonSecurityHeaders)) c.res.headers.set(name, value);
  };
}
