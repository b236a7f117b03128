/**
 * Compresses JSON answers (and problems) with gzip or deflate when the client accepts it, with
 * hono's own middleware (the CompressionStream of Node ≥ 18 and of Lambda's runtime). A catalog
 * page or a generated form is mostly repeated keys and Vietnamese words: gzip takes it to a fifth
 * or less. (hono skips bodies under 1 KB only when they declare a Content-Length, which `c.json`
 * does not: small answers are compressed too, at a cost of microseconds.) Behind the Lambda
 * adapter a compressed body is sent base64-encoded and API Gateway delivers it as bytes.
 */
import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

const JSON_TYPES = /^application\/(?:problem\+)?json\b/i;

export function compressJson(): MiddlewareHandler {
  return compress({ contentTypeFilter: JSON_TYPES });
}
