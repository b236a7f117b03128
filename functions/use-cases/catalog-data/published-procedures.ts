/**
 * The published procedures a policy or registry change may concern, found without reading every
 * published version (40 KB each: 2,000 GetItems at a province's scale, inside the request).
 *
 * The current release keeps each procedure's scope (publish/procedure-scope.ts: ids, agency,
 * field, level, fee lines) in `scopes.json`, read once per release and container. The publication
 * markers (one Query of small items) say which versions are published now: a procedure whose
 * published version is the one in the release is judged by its scope; one published since (or a
 * release without scopes) is read as before. Only the procedures the caller then picks are read
 * in full — O(affected) reads.
 */
import type { Procedure } from '../../core/types';
import type { AppDeps, ReleaseStore } from '../../ports';
import { mapLimit } from '../publish/map-limit';
import type { ProcedureScope } from '../publish/procedure-scope';
import { scopeOf } from '../publish/procedure-scope';
import { readManifest, readReleaseFile } from '../publish/read-release';
import { releasePaths } from '../publish/release-keys';

export type ScopeDeps = Pick<AppDeps, 'procedures' | 'releases' | 'catalogInputs'>;

export interface PublishedProcedures {
  /** Every published procedure's scope, sorted by id. */
  scopes: ProcedureScope[];
  /** The published definitions of `ids` (read now; those published since the release already are). */
  load(ids: readonly string[]): Promise<Procedure[]>;
}

// scopes.json never changes for a release: read once per container, store and release
const scopeFiles = new WeakMap<ReleaseStore, { releaseId: string; scopes: Map<string, ProcedureScope> }>();

/** The published procedures' scopes, or null when the store cannot tell them cheaply (then read all). */
export async function publishedProcedures(deps: ScopeDeps): Promise<PublishedProcedures | null> {
  const [state, pointer] = await Promise.all([deps.catalogInputs.state(), deps.releases.getCurrentPointer()]);
  if (!state?.complete || !pointer) return null;
  const [manifest, scopes, markers] = await Promise.all([
    readManifest(deps, pointer.releaseId),
    releaseScopes(deps, pointer.releaseId),
    deps.catalogInputs.listPublication(),
  ]);
  if (!manifest || !scopes) return null;
  const released = new Map(manifest.procedures.map((p) => [p.id, p.version]));
  const read = new Map<string, Procedure>();
  const published = markers.filter((m) => m.publishedVersion !== null && m.status !== 'retired');
  // published since the release (or without a scope in it): read now, as every procedure was before
  const since = published.filter(
    (m) => released.get(m.procedureId) !== m.publishedVersion || !scopes.has(m.procedureId),
  );
  await mapLimit(since, 8, async (m) => {
    const version = await deps.procedures.getVersion(m.procedureId, m.publishedVersion!);
    if (version?.status === 'published') read.set(m.procedureId, version.definition);
  });
  const list = published
    .map((m) => (read.has(m.procedureId) ? scopeOf(read.get(m.procedureId)!) : scopes.get(m.procedureId)))
    .filter((s): s is ProcedureScope => s !== undefined && (released.has(s.id) || read.has(s.id)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const versionOf = new Map(published.map((m) => [m.procedureId, m.publishedVersion!]));
  return {
    scopes: list,
    load: async (ids) => {
      const found = await mapLimit([...ids], 8, async (id) => {
        const known = read.get(id);
        if (known) return known;
        const version = versionOf.has(id) ? await deps.procedures.getVersion(id, versionOf.get(id)!) : null;
        return version?.status === 'published' ? version.definition : null;
      });
      return found.filter((p): p is Procedure => p !== null);
    },
  };
}

async function releaseScopes(
  deps: ScopeDeps,
  releaseId: string,
): Promise<Map<string, ProcedureScope> | null> {
  const kept = scopeFiles.get(deps.releases);
  if (kept?.releaseId === releaseId) return kept.scopes;
  const text = await readReleaseFile(deps, releaseId, releasePaths.scopes);
  if (text === null) return null;
  const file = JSON.parse(text) as { procedures: ProcedureScope[] };
  const scopes = new Map(file.procedures.map((s) => [s.id, s]));
  scopeFiles.set(deps.releases, { releaseId, scopes });
  return scopes;
}
