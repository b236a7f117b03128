/**
 * The caller's IP address as the runtime saw it: API Gateway's `requestContext.http.sourceIp` on
 * Lambda, the socket's address under @hono/node-server. Headers such as X-Forwarded-For are never
 * read (any client can write them). Behind CloudFront the source is the edge, so on AWS the WAF's
 * rate-based rule (which sees the viewer) is the per-IP limit and this one is a backstop.
 */
import type { Context } from 'hono';

interface RuntimeBindings {
  requestContext?: { http?: { sourceIp?: string } };
  incoming?: { socket?: { remoteAddress?: string } };
}

/** The address, or `unknown` where the runtime gives none (`app.request` in tests). */
export function clientIp(c: Context): string {
  const env = c.env as RuntimeBindings | undefined;
  return env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
