/**
 * Request body limit (413 as a problem detail). Works on Lambda too: API Gateway already caps
 * payloads, but our limit is lower and gives a bilingual message.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from '../errors';

/** Rejects bodies larger than `maxBytes` with 413 `request.too-large`. */
export function bodyLimit(maxBytes: number): MiddlewareHandler {
  return honoBodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new PayloadTooLargeError(maxBytes);
    },
  });
}
