/**
 * Builds the files a plan asks for and stores the release.
 *
 * Each built file goes to its content-addressed object (release-keys.ts) unless that object is
 * already known — listed in the previous release's manifest or written by this container — so a
 * publish after one change writes that procedure's few objects, the index, the manifest and the
 * pointer, and never asks S3 whether an object exists. Procedures are built and written one after
 * another (bounded concurrency), so memory holds entries and keys, never every body at once.
 *
 * Order is what keeps the portal consistent: objects first, then the summary and manifest (under a
 * never-reused `releases/<id>/`), and only then the current-release pointer, moved together with the
 * audit entry in one DynamoDB transaction and only if it still names the release this one was
 * planned from (adapters/dynamodb/release-pointer.ts). A failure anywhere before that leaves the
 * previous release current and serving; objects already written are unreferenced or shared,
 * harmless. A lost race is 409 `release.moved`; the publish use cases plan again (publish-catalog.ts).
 */
import type { CatalogContext } from '../../core/types';
import { AppError, DependencyError } from '../../errors';
import type { AppDeps, Officer, ProcedureVersion, ReleaseStore } from '../../ports';
import { auditEntry } from '../admin/commit-change';
import type { IndexEntry } from './build-procedure-artefacts';
import { buildCatalogFiles, buildProcedureFiles, digestOf, type ReleaseFile } from './build-release-files';
import { mapLimit } from './map-limit';
import { type ProcedureSpec, type ReleasePlan, sameSpec } from './plan-release';
import { contextDigest, procedureContext } from './procedure-context';
import { type ManifestFile, type ReleaseManifest, readReleaseFile } from './read-release';
import { releaseKeys, releasePaths } from './release-keys';
import { noteLatest, summarize } from './release-summary';
import { vietnamDate } from './vietnam-date';

export type WriteDeps = Pick<AppDeps, 'procedures' | 'releases' | 'audit' | 'clock'>;

export interface PublishStats {
  /** Procedures built in this publish (the others were taken from the previous release). */
  built: number;
  reused: number;
  /** Objects written to the bucket, manifest and pointer included. */
  objectsWritten: number;
}

export interface PublishResult {
  /** false: the content equals the current release's, nothing was written. */
  changed: boolean;
  release: ReleaseManifest;
  stats: PublishStats;
}

type Build = Extract<ReleasePlan, { kind: 'build' }>;

// Objects this container wrote, per store: known to exist without asking.
const written = new WeakMap<ReleaseStore, Set<string>>();

/**
 * Called once the release's objects and manifest are stored and just before it becomes current
 * (a policy or registry version is put in force here, so it is in force exactly when its release
 * lands). What it returns undoes it, should the release then fail to become current.
 */
export type BeforeCurrent = () => Promise<(() => Promise<void>) | undefined>;

/** Builds what `plan` says, stores the release and makes it current. */
export async function writeRelease(
  deps: WriteDeps,
  actor: Officer,
  plan: Build,
  onProgress: (done: number, total: number) => void = () => {},
  beforeCurrent?: BeforeCurrent,
): Promise<PublishResult> {
  const now = deps.clock.now();
  const date = vietnamDate(now);
  const known = knownKeys(deps.releases, plan.previous);
  let objectsWritten = 0;
  const store = async (file: ReleaseFile): Promise<ManifestFile> => {
    const key = releaseKeys.object(file.sha256, file.path);
    if (!known.has(key)) {
      await deps.releases.putObject(key, file.body, file.contentType);
      known.add(key);
      objectsWritten++;
    }
    return {
      path: file.path,
      bytes: Buffer.byteLength(file.body),
      sha256: file.sha256,
      key,
      ...(file.of ? { of: file.of } : {}),
    };
  };

  const rebuild = new Set(plan.rebuild);
  const before = new Map((plan.previous?.procedures ?? []).map((p) => [p.id, p]));
  // The registry or a policy changed: a procedure whose version did not change keeps its files
  // when its own slice of the context did not change either (procedure-context.ts).
  const contextChanged = plan.previous !== null && plan.previous.inputs?.context !== plan.contextDigest;
  const recheck = (spec: ProcedureSpec) => contextChanged && sameSpec(before.get(spec.id), spec);
  const previousEntries = await reusedEntries(deps, plan, rebuild, recheck);
  const previousContext = plan.specs.some((s) => rebuild.has(s.id) && recheck(s))
    ? await readContext(deps, plan.previous!)
    : null;
  const previousFiles = groupByProcedure(plan.previous?.files ?? []);
  let done = 0;
  let built = 0;
  const results = await storeFailsAs503(() =>
    mapLimit(plan.specs, 8, async (spec) => {
      if (!rebuild.has(spec.id)) {
        return { spec, entry: previousEntries.get(spec.id)!, files: previousFiles.get(spec.id) ?? [] };
      }
      const version = await deps.procedures.getPublished(spec.id);
      // retired while this release was being built: left out
      if (!version) return null;
      const coming = spec.scheduled ? await scheduledVersion(deps, spec.id, spec.scheduled) : undefined;
      const previous = before.get(spec.id);
      if (
        previousContext &&
        previous &&
        recheck(spec) &&
        sameSpec(previous, { ...spec, version: version.version, scheduled: coming && spec.scheduled }) &&
        previousEntries.has(spec.id) &&
        previousFiles.has(spec.id) &&
        sameSlice(previousContext, plan.catalog, [version, coming?.version])
      ) {
        onProgress(++done, rebuild.size);
        return { spec: previous, entry: previousEntries.get(spec.id)!, files: previousFiles.get(spec.id)! };
      }
      const build = buildProcedureFiles(plan.catalog, version, date, coming);
      const files: ManifestFile[] = [];
      for (const file of build.files) files.push(await store(file));
      built++;
      onProgress(++done, rebuild.size);
      return {
        spec: { ...spec, version: version.version, ...(coming ? {} : { scheduled: undefined }) },
        entry: build.entry,
        files,
      };
    }),
  );
  const kept = results.filter((r) => r !== null);
  const catalogFiles = await storeFailsAs503(() =>
    mapLimit(
      buildCatalogFiles(
        plan.catalog,
        kept.map((r) => r.entry),
      ),
      2,
      store,
    ),
  );
  const files = [...catalogFiles, ...kept.flatMap((r) => r.files)];
  const digest = digestOf(files);
  const stats = { built, reused: kept.length - built, objectsWritten };
  if (plan.previous && plan.pointer?.digest === digest) {
    // same content as the current release: nothing to switch, but what was to be put in force is
    await beforeCurrent?.();
    return { changed: false, release: plan.previous, stats };
  }

  const releaseId = `${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${digest.slice(0, 12)}`;
  const manifest: ReleaseManifest = {
    releaseId,
    createdAt: now.toISOString(),
    createdBy: actor.sub,
    digest,
    feesAsOf: date,
    previous: plan.pointer?.releaseId ?? null,
    procedures: kept.map(({ spec }) => ({
      id: spec.id,
      version: spec.version,
      ...(spec.scheduled ? { scheduled: spec.scheduled } : {}),
    })),
    files,
    inputs: { revision: plan.revision, context: plan.contextDigest },
  };
  await storeFailsAs503(async () => {
    // the summary first: a manifest (a release) always has one for the release list
    const summary = summarize(manifest, plan.previous, stats.built);
    await deps.releases.putObject(
      releaseKeys.summary(releaseId),
      JSON.stringify(summary),
      'application/json',
    );
    await deps.releases.putObject(
      releaseKeys.manifest(releaseId),
      JSON.stringify(manifest),
      'application/json',
    );
  });
  const undo = await beforeCurrent?.();
  try {
    await storeFailsAs503(() =>
      // only from the pointer this release was planned from, with its audit entry in the same write:
      // a publish that lost a race to another publish or a rollback leaves no trace but objects
      deps.releases.setCurrentPointer(
        { releaseId, publishedAt: manifest.createdAt, digest },
        {
          expected: plan.pointer,
          audit: auditEntry(deps, actor, {
            action: 'catalog.publish',
            entity: 'catalog',
            detail: {
              releaseId,
              previous: manifest.previous,
              procedures: manifest.procedures.length,
              built: stats.built,
              digest,
            },
          }),
        },
      ),
    );
  } catch (err) {
    await undo?.().catch(() => {}); // best effort: the error that matters is the first one
    throw err;
  }
  // where the release list starts, so that releases newer than a rolled-back-to one stay listed
  await noteLatest(deps, releaseId, manifest.createdAt);
  return { changed: true, release: manifest, stats: { ...stats, objectsWritten: objectsWritten + 4 } };
}

function knownKeys(releases: ReleaseStore, previous: ReleaseManifest | null): Set<string> {
  let set = written.get(releases);
  if (!set) {
    set = new Set();
    written.set(releases, set);
  }
  for (const file of previous?.files ?? []) if (file.key) set.add(file.key);
  return set;
}

/**
 * Index entries of the procedures that may be taken from the previous release (one read of its
 * index): those not to rebuild, and those to recheck against a changed context.
 */
async function reusedEntries(
  deps: WriteDeps,
  plan: Build,
  rebuild: Set<string>,
  recheck: (spec: ProcedureSpec) => boolean,
): Promise<Map<string, IndexEntry>> {
  if (!plan.previous || plan.specs.every((s) => rebuild.has(s.id) && !recheck(s))) return new Map();
  const text = await readReleaseFile(deps, plan.previous.releaseId, releasePaths.index);
  const index = text === null ? { procedures: [] } : (JSON.parse(text) as { procedures: IndexEntry[] });
  const entries = new Map(index.procedures.map((e) => [e.id, e]));
  // a reused procedure missing from the index would silently vanish from search, and one without
  // its scope (a release built before scopes.json) from the review views: rebuild it instead
  for (const spec of plan.specs) if (!entries.get(spec.id)?.scope) rebuild.add(spec.id);
  return entries;
}

/** The registry and policies a release was built from (its catalog-context.json), or null. */
async function readContext(deps: WriteDeps, release: ReleaseManifest): Promise<CatalogContext | null> {
  const text = await readReleaseFile(deps, release.releaseId, releasePaths.context);
  return text === null ? null : (JSON.parse(text) as CatalogContext);
}

/** Whether every version sees the same slice of both contexts (absent versions are skipped). */
function sameSlice(
  previous: CatalogContext,
  next: CatalogContext,
  versions: readonly (ProcedureVersion | undefined)[],
): boolean {
  return versions.every(
    (v) =>
      v === undefined ||
      contextDigest(procedureContext(previous, v.definition)) ===
        contextDigest(procedureContext(next, v.definition)),
  );
}

function groupByProcedure(files: readonly ManifestFile[]): Map<string, ManifestFile[]> {
  const byId = new Map<string, ManifestFile[]>();
  for (const file of files) {
    if (!file.of) continue;
    const list = byId.get(file.of) ?? [];
    list.push(file);
    byId.set(file.of, list);
  }
  return byId;
}

async function scheduledVersion(
  deps: WriteDeps,
  id: string,
  scheduled: { version: number; from: string },
): Promise<{ from: string; version: ProcedureVersion } | undefined> {
  const version = await deps.procedures.getVersion(id, scheduled.version);
  return version?.status === 'published' ? { from: scheduled.from, version } : undefined;
}

async function storeFailsAs503<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new DependencyError('S3 (catalog releases)', err);
  }
}
