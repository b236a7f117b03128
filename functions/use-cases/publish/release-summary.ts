/**
 * What the release list shows of a release: a few hundred bytes whatever the catalog's size —
 * counts, who and when, and which procedures changed against the release before it — instead of
 * its manifest (1.7 MB at 2,000 procedures). Written beside the manifest at publish
 * (`releases/<id>/summary.json`, immutable like it), so listing reads small objects only; a release
 * built before summaries existed is summarised from its manifest once (without its changes).
 */
import { NotFoundError } from '../../errors';
import type { AppDeps, ReleaseStore } from '../../ports';
import { type ReleaseManifest, readManifest, releaseIdPattern } from './read-release';
import { releaseKeys } from './release-keys';

/** Ids listed per kind of change at most; the count is always exact. */
export const changeIdsShown = 50;

export interface Changed {
  count: number;
  /** Sorted; the first `changeIdsShown`. */
  ids: string[];
}

export interface ReleaseSummary {
  releaseId: string;
  createdAt: string;
  createdBy: string;
  digest: string;
  feesAsOf: string;
  previous: string | null;
  procedures: number;
  files: number;
  bytes: number;
  /** Procedures compiled for it (the others' files came from the previous release); null if unknown. */
  built: number | null;
  /** Against `previous`: procedures added, removed, and whose files differ; null if unknown. */
  changes: { added: Changed; removed: Changed; changed: Changed } | null;
}

/** The summary of `manifest`, with its changes against `previous` when that is given. */
export function summarize(
  manifest: ReleaseManifest,
  previous: ReleaseManifest | null,
  built: number | null,
): ReleaseSummary {
  return {
    releaseId: manifest.releaseId,
    createdAt: manifest.createdAt,
    createdBy: manifest.createdBy,
    digest: manifest.digest,
    feesAsOf: manifest.feesAsOf,
    previous: manifest.previous,
    procedures: manifest.procedures.length,
    files: manifest.files.length,
    bytes: manifest.files.reduce((sum, f) => sum + f.bytes, 0),
    built,
    changes: previous && previous.releaseId === manifest.previous ? changesBetween(previous, manifest) : null,
  };
}

function changesBetween(before: ReleaseManifest, after: ReleaseManifest): ReleaseSummary['changes'] {
  const a = filesByProcedure(before);
  const b = filesByProcedure(after);
  const capped = (ids: string[]): Changed => ({
    count: ids.length,
    ids: ids.sort().slice(0, changeIdsShown),
  });
  return {
    added: capped([...b.keys()].filter((id) => !a.has(id))),
    removed: capped([...a.keys()].filter((id) => !b.has(id))),
    changed: capped([...b].filter(([id, files]) => a.has(id) && a.get(id) !== files).map(([id]) => id)),
  };
}

/** Per procedure, its files' paths and sha256s as one comparable string. */
function filesByProcedure(manifest: ReleaseManifest): Map<string, string> {
  const lists = new Map<string, string[]>();
  for (const p of manifest.procedures) lists.set(p.id, []);
  for (const f of manifest.files) if (f.of) lists.get(f.of)?.push(`${f.path}:${f.sha256}`);
  return new Map([...lists].map(([id, files]) => [id, files.sort().join('\n')]));
}

// A summary never changes once written, so it is read once per container and store.
const summaries = new WeakMap<ReleaseStore, Map<string, ReleaseSummary>>();
const MAX_SUMMARIES = 500;

/** The summary of a release (from its manifest for older releases), or null when there is none. */
export async function readSummary(
  deps: Pick<AppDeps, 'releases'>,
  releaseId: string,
): Promise<ReleaseSummary | null> {
  let cache = summaries.get(deps.releases);
  if (!cache) {
    cache = new Map();
    summaries.set(deps.releases, cache);
  }
  const hit = cache.get(releaseId);
  if (hit) return hit;
  const text = await deps.releases.getObject(releaseKeys.summary(releaseId));
  let summary: ReleaseSummary | null = text === null ? null : (JSON.parse(text) as ReleaseSummary);
  if (!summary) {
    const manifest = await readManifest(deps, releaseId);
    summary = manifest && summarize(manifest, null, null);
  }
  if (summary) {
    cache.set(releaseId, summary);
    if (cache.size > MAX_SUMMARIES) cache.delete(cache.keys().next().value!);
  }
  return summary;
}

export interface ReleasePage {
  current: string | null;
  releases: (ReleaseSummary & { current: boolean })[];
  /** Pass as `after` for the next page (older releases): the last release shown; null when none is older. */
  next: string | null;
}

/**
 * A page of releases, newest first, following `previous` from the current release (or from the
 * release before `after`). At most `limit` summaries: the answer stays small however large the
 * catalog and however long the history.
 */
export async function listReleaseSummaries(
  deps: Pick<AppDeps, 'releases'>,
  options: { limit: number; after?: string },
): Promise<ReleasePage> {
  const [pointer, latest] = await Promise.all([deps.releases.getCurrentPointer(), readLatest(deps)]);
  // from the newest release, so that after a rollback the newer ones stay listed (and restorable);
  // from the current one if it is newer (a `latest` write that failed, or releases before it existed)
  // (release ids start with their UTC creation time: `20261122T064300Z-…`)
  const created = (releaseId: string) => releaseId.slice(0, 16);
  let id =
    latest && (!pointer || created(latest.releaseId) >= created(pointer.releaseId))
      ? latest.releaseId
      : (pointer?.releaseId ?? null);
  if (options.after !== undefined) {
    const from = releaseIdPattern.test(options.after) ? await readSummary(deps, options.after) : null;
    if (!from) {
      throw new NotFoundError('release.not-found', {
        vi: `Không có bản phát hành "${options.after.slice(0, 40)}".`,
        en: `There is no release "${options.after.slice(0, 40)}".`,
      });
    }
    id = from.previous;
  }
  const releases: ReleasePage['releases'] = [];
  while (id !== null && releases.length < options.limit) {
    const summary = await readSummary(deps, id);
    if (!summary) break;
    releases.push({ ...summary, current: summary.releaseId === pointer?.releaseId });
    id = summary.previous;
  }
  const more = id !== null && releases.length === options.limit;
  return { current: pointer?.releaseId ?? null, releases, next: more ? releases.at(-1)!.releaseId : null };
}

/** Records `releaseId` as the newest release; best effort (the list then starts at the pointer). */
export async function noteLatest(
  deps: Pick<AppDeps, 'releases'>,
  releaseId: string,
  createdAt: string,
): Promise<void> {
  await deps.releases
    .putObject(releaseKeys.latest, JSON.stringify({ releaseId, createdAt }), 'application/json')
    .catch(() => {});
}

async function readLatest(
  deps: Pick<AppDeps, 'releases'>,
): Promise<{ releaseId: string; createdAt: string } | null> {
  const text = await deps.releases.getObject(releaseKeys.latest).catch(() => null);
  return text === null ? null : (JSON.parse(text) as { releaseId: string; createdAt: string });
}
