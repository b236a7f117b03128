/**
 * Remembers tokens already verified, so a citizen's next request (the form, each quote as they
 * type, the upload slots, the submission) costs a map lookup instead of an ECDSA/RSA signature check
 * — the largest single CPU cost of a signed-in request after the AWS SDK.
 *
 * The key is the whole token (its signature included), so only the very same bytes hit; a hit
 * lasts until the token's own `exp` and never more than `maxAgeMs` (1 minute), which bounds how
 * long a key the identity provider withdraws keeps being honoured. Failures are never kept.
 */
import { decodeJwt } from 'jose';
import type { Principal, TokenVerifier } from '../ports';

export interface VerifiedTokenOptions {
  /** Tokens kept at most (oldest forgotten first). */
  maxEntries?: number;
  maxAgeMs?: number;
  /** Wall-clock milliseconds, as the token's `exp` is. */
  now?: () => number;
}

/** Wraps `verifier` with a bounded cache of successful verifications. */
export function withVerifiedTokenCache(
  verifier: TokenVerifier,
  { maxEntries = 5000, maxAgeMs = 60_000, now = Date.now }: VerifiedTokenOptions = {},
): TokenVerifier {
  const kept = new Map<string, { principal: Principal; until: number }>();
  return {
    async verify(token) {
      const hit = kept.get(token);
      if (hit && now() < hit.until) return hit.principal;
      if (hit) kept.delete(token);
      const principal = await verifier.verify(token);
      const exp = decodeJwt(token).exp;
      const until = Math.min(now() + maxAgeMs, typeof exp === 'number' ? exp * 1000 : 0);
      if (until > now()) {
        kept.set(token, { principal, until });
        if (kept.size > maxEntries) {
          const oldest = kept.keys().next().value;
          if (oldest !== undefined) kept.delete(oldest);
        }
      }
      return principal;
    },
  };
}
