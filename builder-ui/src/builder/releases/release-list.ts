/**
 * The publish API's release list as the rollback screen reads it: a page of small summaries
 * (never manifests), older pages through `next`, and "make current" (rollback or forward).
 */
import { api } from '../../api/client';

export interface Changed {
  count: number;
  ids: string[];
}

export interface ReleaseSummary {
  releaseId: string;
  createdAt: string;
  createdBy: string;
  feesAsOf: string;
  previous: string | null;
  procedures: number;
  files: number;
  bytes: number;
  built: number | null;
  changes: { added: Changed; removed: Changed; changed: Changed } | null;
  current: boolean;
}

export interface ReleasePage {
  current: string | null;
  releases: ReleaseSummary[];
  next: string | null;
}

export const releasesPerPage = 10;

/** One page, newest first; `after` = the `next` of the page before. */
export function loadReleases(token: string | null, after?: string): Promise<ReleasePage> {
  const query = new URLSearchParams({ limit: String(releasesPerPage), ...(after ? { after } : {}) });
  return api<ReleasePage>(`/api/publish/releases?${query}`, { token });
}

/** Makes a release current again (publisher); the portal serves it on its next request. */
export async function makeCurrent(token: string | null, releaseId: string): Promise<void> {
  await api(`/api/publish/releases/${encodeURIComponent(releaseId)}/make-current`, {
    method: 'POST',
    token,
    body: {},
  });
}
