/**
 * The per-citizen daily upload quota: every slot granted counts one file and its declared bytes
 * against the citizen's Vietnamese calendar day, whether or not the file ever arrives — granting
 * slots is what costs (presigned URLs, storage until the lifecycle rule removes abandoned files).
 */
import { TooManyRequestsError } from '../../errors';
import type { AppDeps, Citizen } from '../../ports';
import { vietnamDate } from '../forms/vietnam-date';

const DAY_MS = 24 * 3600 * 1000;
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** Counts one slot of `bytes`; 429 `upload.quota` (Retry-After: until midnight in Vietnam) when the day is full. */
export async function takeUploadQuota(
  deps: Pick<AppDeps, 'counters' | 'clock' | 'limits'>,
  citizen: Citizen,
  bytes: number,
): Promise<void> {
  const now = deps.clock.now();
  const day = vietnamDate(now);
  const dayEnd = new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS + DAY_MS);
  const quota = deps.limits.uploadQuota;
  const taken = await deps.counters.add(
    `quota#uploads#${citizen.sub}#${day}`,
    { files: { add: 1, limit: quota.files }, bytes: { add: bytes, limit: quota.bytes } },
    new Date(dayEnd.getTime() + DAY_MS),
  );
  if (taken) return;
  const mib = (quota.bytes / (1024 * 1024)).toFixed(0);
  throw new TooManyRequestsError(
    'upload.quota',
    {
      vi: `Bạn đã dùng hết hạn mức tải tệp hôm nay (${quota.files} tệp, ${mib} MiB); vui lòng thử lại vào ngày mai.`,
      en: `You have used today's upload quota (${quota.files} files, ${mib} MiB); please try again tomorrow.`,
    },
    Math.max(1, Math.ceil((dayEnd.getTime() - now.getTime()) / 1000)),
  );
}
