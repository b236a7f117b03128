/**
 * Fixed-window rate limits: per citizen on a DynamoDB counter shared by every container
 * (functions/adapters/dynamodb/counter-store.ts), per IP and a citizen's fee quotes on this
 * container's own counter (functions/adapters/memory/container-counter-store.ts; see
 * countedInContainer).
 * The key names the action, the scope, the subject and the window, so every window starts at zero
 * and expires afterwards. The same check serves every door.
 */
import type { Message } from '../../core/types';
import { TooManyRequestsError } from '../../errors';
import type { AppDeps, CountedAmounts, RateLimit, RateName, RateScope } from '../../ports';

const actions: Record<RateName, Message> = {
  'sign-in': { vi: 'đăng nhập', en: 'sign-in' },
  submission: { vi: 'nộp hồ sơ', en: 'dossier submission' },
  upload: { vi: 'tải tệp lên', en: 'upload' },
  quote: { vi: 'tính phí', en: 'fee quote' },
};

/**
 * Which limits this container counts alone. Per IP: the WAF's rule is the real limit, this is a
 * backstop for the container's CPU. A citizen's quotes too: a quote reads nothing shared and writes
 * nothing, so all a burst of them can cost is the CPU of the container answering it — a DynamoDB
 * write per quote would cost more than the quote (issue 11: it was most of the route's time).
 * Submissions, uploads and sign-ins change or reveal stored state, so their per-citizen limits hold
 * across containers, in DynamoDB.
 */
function countedInContainer(name: RateName, scope: RateScope): boolean {
  return scope === 'ip' || name === 'quote';
}

/**
 * Counts one request of `subject` (an IP address or a citizen's id) against the limit of
 * `name`/`scope`; 429 `rate.limited` with Retry-After once the window is full. No limit configured
 * for that scope: nothing is counted.
 * @example await checkRate(deps, 'submission', 'citizen', citizen.sub);
 */
export async function checkRate(
  deps: Pick<AppDeps, 'counters' | 'containerCounters' | 'clock' | 'limits'>,
  name: RateName,
  scope: RateScope,
  subject: string,
): Promise<void> {
  const rated = rateCount(deps, name, scope, subject);
  if (!rated) return;
  const { key, amounts, expiresAt } = rated.count;
  const store = countedInContainer(name, scope) ? deps.containerCounters : deps.counters;
  if (!(await store.add(key, amounts, expiresAt))) throw rated.refused();
}

/**
 * The count `checkRate` makes: one request in the current fixed window. Null when no limit is
 * configured. `refused()` is the 429 to answer when the window is full.
 */
function rateCount(
  deps: Pick<AppDeps, 'clock' | 'limits'>,
  name: RateName,
  scope: RateScope,
  subject: string,
): { count: CountedAmounts; refused: () => TooManyRequestsError } | null {
  const rate = deps.limits.rates[name][scope];
  if (!rate) return null;
  const nowMs = deps.clock.now().getTime();
  const { window, endMs } = rateWindow(rate, nowMs);
  return {
    count: {
      key: `rate#${name}#${scope}#${subject.slice(0, 200)}#${window}`,
      amounts: { requests: { add: 1, limit: rate.limit } },
      expiresAt: new Date(endMs + 60_000),
    },
    refused: () => rateLimited(name, rate, endMs, nowMs),
  };
}

/** The fixed window holding `nowMs`: its number since the epoch and when it ends. */
export function rateWindow(rate: RateLimit, nowMs: number): { window: number; endMs: number } {
  const windowMs = rate.windowSeconds * 1000;
  const window = Math.floor(nowMs / windowMs);
  return { window, endMs: (window + 1) * windowMs };
}

/** 429 `rate.limited`, Retry-After until the window ends, with a vi/en message naming the action. */
export function rateLimited(
  name: RateName,
  rate: RateLimit,
  endMs: number,
  nowMs: number,
): TooManyRequestsError {
  const wait = Math.max(1, Math.ceil((endMs - nowMs) / 1000));
  const action = actions[name];
  return new TooManyRequestsError(
    'rate.limited',
    {
      vi: `Quá nhiều yêu cầu ${action.vi} (tối đa ${rate.limit} trong ${rate.windowSeconds} giây); vui lòng thử lại sau ${wait} giây.`,
      en: `Too many ${action.en} requests (at most ${rate.limit} per ${rate.windowSeconds} s); please try again in ${wait} s.`,
    },
    wait,
  );
}
