/**
 * "Công bố" on a fee policy or the registry: on a small catalog the API builds the release in the
 * request and answers the published version; on a large one it answers 202 with a job, which this
 * polls like the procedure publish does ("Đang công bố… 120/2000"), then reads the version again
 * (published, with its review view). A failed job throws with the server's reason; the version is
 * then still approved and the previous release still serves, so pressing again retries.
 */
import { api } from '../api/client';
import { type Job, type Progress, waitForJob } from './publish-release';

/** `versionPath`: `/api/admin/policies/<id>/versions/<n>` or `/api/admin/registry/registry/versions/<n>`. */
export async function publishDocVersion<T>(
  versionPath: string,
  token: string | null,
  onProgress: Progress = () => {},
): Promise<T> {
  const started = await api<T & { job?: Job }>(`${versionPath}/publish`, { method: 'POST', token });
  if (!started.job) return started;
  await waitForJob(started.job, token, onProgress);
  return api<T>(versionPath, { token });
}
