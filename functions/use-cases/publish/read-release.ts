/** Reading releases back: the current one, one by id, and their files (the list: release-summary.ts). */
import { NotFoundError } from '../../errors';
import type { AppDeps, ReleaseStore } from '../../ports';
import { releaseKeys } from './release-keys';

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
  /** The object holding the bytes (`objects/<sha256>.<ext>`); absent in releases of the old layout. */
  key?: string;
  /** The procedure the file belongs to; absent for catalog-wide files. */
  of?: string;
}

export interface ReleaseManifest {
  releaseId: string;
  createdAt: string;
  createdBy: string;
  /** sha256 over every file's path and sha256: equal digests, equal releases. */
  digest: string;
  /** The Vietnam date the release was built on (fee summaries carry timelines; readers pick the day). */
  feesAsOf: string;
  /** The release that was current when this one was built; releases form a chain. */
  previous: string | null;
  procedures: { id: string; version: number; scheduled?: { version: number; from: string } }[];
  files: ManifestFile[];
  /**
   * What the release was built from: the catalog-inputs revision read before building (null when
   * unknown) and the sha256 of the registry and policies. Absent in releases of the old layout.
   */
  inputs?: { revision: number | null; context: string };
}

/** Release ids are `<UTC timestamp>-<12 hex of the digest>`, e.g. `20261122T064300Z-66081ee12970`. */
export const releaseIdPattern = /^\d{8}T\d{6}Z-[0-9a-f]{12}$/;

// A manifest never changes once written, so it is read once per container and store.
const manifests = new WeakMap<ReleaseStore, Map<string, ReleaseManifest>>();
const MAX_MANIFESTS = 20;

/** The manifest of a release, or null when there is no such release. */
export async function readManifest(
  deps: Pick<AppDeps, 'releases'>,
  releaseId: string,
): Promise<ReleaseManifest | null> {
  let cache = manifests.get(deps.releases);
  if (!cache) {
    cache = new Map();
    manifests.set(deps.releases, cache);
  }
  const hit = cache.get(releaseId);
  if (hit) return hit;
  const text = await deps.releases.getObject(releaseKeys.manifest(releaseId));
  if (text === null) return null;
  const manifest = JSON.parse(text) as ReleaseManifest;
  cache.set(releaseId, manifest);
  if (cache.size > MAX_MANIFESTS) cache.delete(cache.keys().next().value!);
  return manifest;
}

const keyMaps = new WeakMap<ReleaseManifest, Map<string, string>>();

/** The storage key of a file of the release, or null when the release has no such path. */
export function fileKey(manifest: ReleaseManifest, path: string): string | null {
  let keys = keyMaps.get(manifest);
  if (!keys) {
    keys = new Map(
      manifest.files.map((f) => [f.path, f.key ?? releaseKeys.legacyKey(manifest.releaseId, f.path)]),
    );
    keyMaps.set(manifest, keys);
  }
  return keys.get(path) ?? null;
}

/** The text of a file of a release, or null when the release or the path does not exist. */
export async function readReleaseFile(
  deps: Pick<AppDeps, 'releases'>,
  releaseId: string,
  path: string,
): Promise<string | null> {
  const manifest = await readManifest(deps, releaseId);
  const key = manifest ? fileKey(manifest, path) : null;
  return key === null ? null : deps.releases.getObject(key);
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

export interface ReleasedProcedure {
  id: string;
  version: number;
  scheduled?: { version: number; from: string };
  /** Its files in the release (detail, form, types …), without the catalog-wide ones. */
  files: ManifestFile[];
}

const procedureMaps = new WeakMap<ReleaseManifest, Map<string, ReleasedProcedure>>();

/** What `manifest` holds of one procedure, or null when it does not hold it (one map per cached manifest). */
export function releasedProcedure(manifest: ReleaseManifest, procedureId: string): ReleasedProcedure | null {
  let byId = procedureMaps.get(manifest);
  if (!byId) {
    byId = new Map(manifest.procedures.map((p) => [p.id, { ...p, files: [] as ManifestFile[] }]));
    for (const file of manifest.files) if (file.of) byId.get(file.of)?.files.push(file);
    procedureMaps.set(manifest, byId);
  }
  return byId.get(procedureId) ?? null;
}
