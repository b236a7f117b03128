/** Reading releases back: the current one, one by id, and the chain of earlier ones. */
import { NotFoundError } from '../../errors';
import type { AppDeps } from '../../ports';
import { releaseKeys } from './release-keys';

export interface ReleaseManifest {
  releaseId: string;
  createdAt: string;
  createdBy: string;
  /** sha256 of the release content (every file's path and body). */
  digest: string;
  /** Fee summaries in this release are quoted for this date (Vietnam). */
  feesAsOf: string;
  /** The release that was current when this one was built; releases form a chain. */
  previous: string | null;
  procedures: { id: string; version: number }[];
  files: { path: string; bytes: number; sha256: string }[];
}

/** Release ids are `<UTC timestamp>-<12 hex of the digest>`, e.g. `20261122T064300Z-66081ee12970`. */
export const releaseIdPattern = /^\d{8}T\d{6}Z-[0-9a-f]{12}$/;

/** The manifest of a release, or null when there is no such release. */
export async function readManifest(
  deps: Pick<AppDeps, 'releases'>,
  releaseId: string,
): Promise<ReleaseManifest | null> {
  const text = await deps.releases.getObject(releaseKeys.manifest(releaseId));
  return text === null ? null : (JSON.parse(text) as ReleaseManifest);
}

/** The current release's pointer and manifest; 404 `release.none` before the first publish. */
export async function getCurrentRelease(deps: Pick<AppDeps, 'releases'>) {
  const pointer = await deps.releases.getCurrentPointer();
  const manifest = pointer ? await readManifest(deps, pointer.releaseId) : null;
  if (!pointer || !manifest) {
    throw new NotFoundError('release.none', {
      vi: 'Chưa có bản phát hành danh mục nào.',
      en: 'No catalog release has been published yet.',
    });
  }
  return { current: pointer, manifest };
}

/** The current release and the ones before it, newest first (following `previous`), at most `limit`. */
export async function listReleases(deps: Pick<AppDeps, 'releases'>, limit = 20): Promise<ReleaseManifest[]> {
  const pointer = await deps.releases.getCurrentPointer();
  const releases: ReleaseManifest[] = [];
  let id = pointer?.releaseId ?? null;
  while (id !== null && releases.length < limit) {
    const manifest = await readManifest(deps, id);
    if (!manifest) break;
    releases.push(manifest);
    id = manifest.previous;
  }
  return releases;
}
