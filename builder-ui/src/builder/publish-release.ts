/**
 * "Update the public portal": asks the publish API for a new catalog release. A small change is
 * built in the request (201/200); a large build answers 202 with a job, which this polls once a
 * second, reporting "Đang công bố… 120/2000" until the job succeeds (resolves) or fails (throws
 * with the server's bilingual reason; the previous release then still serves).
 */
import { ApiError, api } from '../api/client';
import type { Localized } from '../i18n/lang';

export interface Job {
  jobId: string;
  status: 'running' | 'succeeded' | 'failed';
  done: number;
  total: number;
  error?: Localized;
}

export type Progress = (text: Localized) => void;

const pollMs = 1000;

export async function publishRelease(token: string, onProgress: Progress = () => {}): Promise<void> {
  const started = await api<{ job?: Job }>('/api/publish/releases', { method: 'POST', token, body: {} });
  await waitForJob(started.job, token, onProgress);
}

/**
 * Polls a publish job (any answer that carried one: a release, or a policy/registry publish)
 * until it ends; throws with the server's reason when it failed.
 */
export async function waitForJob(
  started: Job | undefined,
  token: string | null,
  onProgress: Progress = () => {},
): Promise<void> {
  let job = started;
  while (job && job.status === 'running') {
    onProgress(progressText(job));
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    job = await api<Job>(`/api/publish/jobs/${encodeURIComponent(job.jobId)}`, { token });
  }
  if (job?.status === 'failed') {
    const messages = job.error ?? { vi: 'Công bố thất bại.', en: 'Publishing failed.' };
    throw new ApiError(500, 'publish-job.failed', messages, [], { ...job });
  }
}

export function progressText(job: Pick<Job, 'done' | 'total'>): Localized {
  return {
    vi: `Đang công bố lên Cổng dịch vụ công… ${job.done}/${job.total} thủ tục`,
    en: `Publishing to the public portal… ${job.done}/${job.total} procedures`,
  };
}
