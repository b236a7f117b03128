/**
 * What a publish has to do, decided from small reads only.
 *
 * 1. The catalog-inputs revision (one item, bumped in the same transaction as every procedure or
 *    catalog-document change — adapters/dynamodb/catalog-inputs.ts) is compared with the one the
 *    current release was built from: equal means nothing can have changed, and the publish stops
 *    there. That is the no-op: three small reads (revision, pointer, manifest — the manifest is
 *    cached, releases never change), whatever the size of the catalog.
 * 2. Otherwise the per-procedure publication markers (one Query of small items, not the 40 KB
 *    versions) and the registry/policies are compared with the current manifest: only procedures
 *    whose published or scheduled version changed are rebuilt. When the registry or a policy
 *    changed, every procedure is listed to rebuild, and write-release.ts then compiles only those
 *    whose own slice of the context changed (procedure-context.ts). An edit to a draft
 *    bumps the revision too (the store cannot tell cheaply whether a head's pointers moved), so
 *    it costs the next publish this comparison, which then finds nothing to build and still
 *    writes nothing.
 * The date is not an input (build-release-files.ts), so a publish on another day changes nothing.
 */
import { createHash } from 'node:crypto';
import type { CatalogContext } from '../../core/types';
import type { AppDeps, CatalogDocVersion, PublicationMarker } from '../../ports';
import { publishedContext } from '../catalog-data/published-context';
import { canonicalJson } from './canonical-json';
import { type ReleaseManifest, readManifest } from './read-release';

export type PlanDeps = Pick<AppDeps, 'procedures' | 'releases' | 'catalog' | 'catalogDocs' | 'catalogInputs'>;

export interface ProcedureSpec {
  id: string;
  version: number;
  scheduled?: { version: number; from: string };
}

export type ReleasePlan =
  | { kind: 'unchanged'; manifest: ReleaseManifest }
  | {
      kind: 'build';
      pointer: { releaseId: string; publishedAt: string; digest: string } | null;
      previous: ReleaseManifest | null;
      /** The inputs revision read before anything else: a change after it makes the next publish look again. */
      revision: number | null;
      catalog: CatalogContext;
      contextDigest: string;
      /** Every procedure the release holds, sorted by id. */
      specs: ProcedureSpec[];
      /** The ids to build now; the others are taken from `previous` unchanged. */
      rebuild: string[];
    };

/**
 * `candidate`: an approved policy or registry version to build the release as if it were
 * published (publish-doc.ts marks it published only when that release lands).
 */
export async function planRelease(
  deps: PlanDeps,
  options: { candidate?: CatalogDocVersion } = {},
): Promise<ReleasePlan> {
  const { candidate } = options;
  const [state, pointer] = await Promise.all([deps.catalogInputs.state(), deps.releases.getCurrentPointer()]);
  const previous = pointer ? await readManifest(deps, pointer.releaseId) : null;
  const sameRevision = previous?.inputs && previous.inputs.revision === state?.revision;
  if (!candidate && state?.complete && sameRevision) {
    return { kind: 'unchanged', manifest: previous };
  }
  // a store filled before markers existed gets them once, from the heads; then it is read like any
  const inputs = state?.complete ? state : await backfill(deps);
  const [markers, catalog] = await Promise.all([
    deps.catalogInputs.listPublication(),
    publishedContext(deps, candidate),
  ]);
  const contextDigest = digestOfContext(catalog);
  const specs = markers
    .filter((m) => m.publishedVersion !== null)
    .map(specOf)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const before = new Map((previous?.procedures ?? []).map((p) => [p.id, p]));
  const sameContext = previous?.inputs?.context === contextDigest;
  const rebuild = specs
    .filter((spec) => !sameContext || !sameSpec(before.get(spec.id), spec))
    .map((s) => s.id);
  const ids = new Set(specs.map((s) => s.id));
  const removed = previous ? previous.procedures.some((p) => !ids.has(p.id)) : true;
  if (previous && rebuild.length === 0 && !removed) return { kind: 'unchanged', manifest: previous };
  return {
    kind: 'build',
    pointer,
    previous,
    revision: inputs?.revision ?? null,
    catalog,
    contextDigest,
    specs,
    rebuild,
  };
}

/** Writes the missing markers; the revision is read after, and before the markers are read. */
async function backfill(deps: PlanDeps) {
  await deps.catalogInputs.backfill(await deps.procedures.listHeads());
  return deps.catalogInputs.state();
}

function specOf(marker: PublicationMarker): ProcedureSpec {
  const scheduled = marker.scheduled && marker.status !== 'retired' ? marker.scheduled : undefined;
  return { id: marker.procedureId, version: marker.publishedVersion!, ...(scheduled ? { scheduled } : {}) };
}

export function sameSpec(a: ProcedureSpec | undefined, b: ProcedureSpec): boolean {
  return (
    a !== undefined &&
    a.version === b.version &&
    a.scheduled?.version === b.scheduled?.version &&
    a.scheduled?.from === b.scheduled?.from
  );
}

const contextDigests = new WeakMap<CatalogContext, string>();

/** sha256 of the registry and policies (publishedContext returns one object per published state). */
function digestOfContext(catalog: CatalogContext): string {
  let digest = contextDigests.get(catalog);
  if (!digest) {
    digest = createHash('sha256').update(canonicalJson(catalog)).digest('hex');
    contextDigests.set(catalog, digest);
  }
  return digest;
}
