/** Rate-limit middleware: per client IP, and per citizen when one is signed in (mount after the auth middleware). */
import type { MiddlewareHandler } from 'hono';
import type { AppDeps, Principal, RateName } from '../ports';
import { checkRate } from '../use-cases/limits/check-rate';
import { clientIp } from './client-ip';

/**
 * Counts the request against `name`'s limits; 429 with Retry-After and a vi/en message when full.
 * @example app.post('/api/submissions', requireCitizen(deps), rateLimit(deps, 'submission'), handler)
 */
export function rateLimit(
  deps: Pick<AppDeps, 'counters' | 'containerCounters' | 'clock' | 'limits'>,
  name: RateName,
  /** `citizen: false`: the route counts the citizen itself (uploads: with the quota, in one write). */
  { citizen = true }: { citizen?: boolean } = {},
): MiddlewareHandler {
  return async (c, next) => {
    const principal = c.get('principal') as Principal | undefined;
    // Independent counts (the IP's in memory, the citizen's in DynamoDB): at most one round trip.
    await Promise.all([
      checkRate(deps, name, 'ip', clientIp(c)),
      citizen && principal?.kind === 'citizen' ? checkRate(deps, name, 'citizen', principal.sub) : undefined,
    ]);
    await next();
  };
}
