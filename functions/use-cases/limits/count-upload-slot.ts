/**
 * What an upload slot costs a citizen, in ONE conditional DynamoDB write (issue 11: the limiter's
 * writes were most of the route's storage cost). Both per-citizen limits live on one item per
 * citizen and Vietnamese calendar day (`quota#uploads#<sub>#<day>`, shared by every container):
 * - the daily quota: every slot granted counts one file and its declared bytes, whether or not the
 *   file ever arrives — granting slots is what costs (presigned URLs, storage until the lifecycle
 *   rule removes abandoned files);
 * - the rate limit: one attribute per fixed window (`rate#<window>`), counted for every request,
 *   granted or not, as the rate middleware counts other routes. A window is folded in only when it
 *   divides an hour, so it never straddles Vietnamese midnight (UTC+7: days start on an hour);
 *   another window keeps its own counter (check-rate.ts). The item holds at most one attribute per
 *   window of the day that saw a request, and expires with the day.
 * The counter store grows all amounts together or none, so a refused quota never counts its slot.
 */
import { TooManyRequestsError } from '../../errors';
import type { AppDeps, Citizen } from '../../ports';
import { vietnamDate } from '../forms/vietnam-date';
import { checkRate, rateLimited, rateWindow } from './check-rate';

const HOUR_S = 3600;
const DAY_MS = 24 * HOUR_S * 1000;
const VIETNAM_OFFSET_MS = 7 * HOUR_S * 1000;

/**
 * Counts one upload request of `citizen`; with `bytes`, also takes one slot of that many bytes from
 * the day's quota. 429 `rate.limited` when the citizen's window is full (it outranks the quota),
 * else 429 `upload.quota` (Retry-After: until midnight in Vietnam) when the day is full.
 * @example await countUploadSlot(deps, citizen, 4096); // a slot granted
 * @example await countUploadSlot(deps, citizen, null); // a refused request, counted against the rate
 */
export async function countUploadSlot(
  deps: Pick<AppDeps, 'counters' | 'containerCounters' | 'clock' | 'limits'>,
  citizen: Citizen,
  bytes: number | null,
): Promise<void> {
  const now = deps.clock.now();
  const nowMs = now.getTime();
  const day = vietnamDate(now);
  const dayEnd = Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS + DAY_MS;
  const key = `quota#uploads#${citizen.sub}#${day}`;
  const expiresAt = new Date(dayEnd + DAY_MS);

  const rate = deps.limits.rates.upload.citizen;
  const folded = rate && HOUR_S % rate.windowSeconds === 0 ? rate : undefined;
  if (rate && !folded) await checkRate(deps, 'upload', 'citizen', citizen.sub);
  const window = folded ? rateWindow(folded, nowMs) : undefined;
  const request = window && folded ? { [`rate#${window.window}`]: { add: 1, limit: folded.limit } } : {};
  /** Counts the request alone; 429 when the citizen's window is full. */
  const countRequest = async () => {
    if (!window || !folded) return;
    if (!(await deps.counters.add(key, request, expiresAt)))
      throw rateLimited('upload', folded, window.endMs, nowMs);
  };

  if (bytes === null) return countRequest();
  const quota = deps.limits.uploadQuota;
  const slot = { files: { add: 1, limit: quota.files }, bytes: { add: bytes, limit: quota.bytes } };
  if (await deps.counters.add(key, { ...request, ...slot }, expiresAt)) return;
  // Refused: the rate or the quota. The request counts whatever the answer (a second write only
  // here), and a full window answers first, as when the rate was counted before the quota.
  await countRequest();
  const mib = (quota.bytes / (1024 * 1024)).toFixed(0);
  throw new TooManyRequestsError(
    'upload.quota',
    {
      vi: `Bạn đã dùng hết hạn mức tải tệp hôm nay (${quota.files} tệp, ${mib} MiB); vui lòng thử lại vào ngày mai.`,
      en: `You have used today's upload quota (${quota.files} files, ${mib} MiB); please try again tomorrow.`,
    },
    Math.max(1, Math.ceil((dayEnd - nowMs) / 1000)),
  );
}
