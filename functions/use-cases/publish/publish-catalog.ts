/**
 * Builds a catalog release from every procedure's published version and makes it current.
 *
 * Order is what keeps the portal consistent without transactions: all files go under a new,
 * never-reused prefix `releases/<id>/`, the manifest last among them, then the audit entry, and only
 * then is the current-release pointer switched (one object write). A failure anywhere before that
 * leaves the previous release current and serving; the partial prefix is unreferenced and harmless.
 * So a current release always has its audit entry (S3 and DynamoDB share no transaction; at worst
 * an entry names a release that a crash kept from becoming current, and its detail says so).
 *
 * Who: an officer with the publisher (or admin) role of ANY agency — the catalog is one release
 * holding all agencies' published versions, and each version was already approved and published
 * inside its own agency, so building the release decides nothing about another agency's content.
 */
import { createHash } from 'node:crypto';
import { AppError, DependencyError } from '../../errors';
import { assertRole } from '../../http/auth';
import type { AppDeps, Officer } from '../../ports';
import { auditEntry } from '../admin/commit-change';
import { publishedContext } from '../catalog-data/published-context';
import { buildReleaseFiles } from './build-release-files';
import { mapLimit } from './map-limit';
import { readPublishedVersions, readScheduledVersions } from './read-published-versions';
import { type ReleaseManifest, readManifest } from './read-release';
import { releaseKeys } from './release-keys';
import { vietnamDate } from './vietnam-date';

export type PublishDeps = Pick<
  AppDeps,
  'procedures' | 'releases' | 'audit' | 'clock' | 'catalog' | 'catalogDocs'
>;

export interface PublishResult {
  /** false: the content equals the current release's, nothing was written. */
  changed: boolean;
  release: ReleaseManifest;
}

/** Publishes the catalog; a no-op (changed: false) when nothing changed since the current release. */
export async function publishCatalog(deps: PublishDeps, actor: Officer): Promise<PublishResult> {
  assertRole(actor, ['publisher']);
  const now = deps.clock.now();
  const date = vietnamDate(now);
  const versions = await readPublishedVersions(deps);
  // Registry and policies as published in the builder, not the ones bundled with the code.
  const scheduled = await readScheduledVersions(deps);
  const content = buildReleaseFiles(await publishedContext(deps), versions, date, scheduled);

  const current = await deps.releases.getCurrentPointer();
  if (current && current.digest === content.digest) {
    const manifest = await readManifest(deps, current.releaseId);
    if (manifest) return { changed: false, release: manifest };
  }

  const releaseId = `${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${content.digest.slice(0, 12)}`;
  const manifest: ReleaseManifest = {
    releaseId,
    createdAt: now.toISOString(),
    createdBy: actor.sub,
    digest: content.digest,
    feesAsOf: date,
    previous: current?.releaseId ?? null,
    procedures: versions.map((v) => ({ id: v.procedureId, version: v.version })),
    files: content.files.map((f) => ({
      path: f.path,
      bytes: Buffer.byteLength(f.body),
      sha256: sha256(f.body),
    })),
  };
  await storeFailsAs503(async () => {
    await mapLimit(content.files, 8, (file) =>
      deps.releases.putObject(`${releaseKeys.prefix(releaseId)}${file.path}`, file.body, file.contentType),
    );
    await deps.releases.putObject(
      releaseKeys.manifest(releaseId),
      JSON.stringify(manifest),
      'application/json',
    );
    await deps.audit.append(
      auditEntry(deps, actor, {
        action: 'catalog.publish',
        entity: 'catalog',
        detail: {
          releaseId,
          previous: manifest.previous,
          procedures: manifest.procedures.length,
          digest: content.digest,
        },
      }),
    );
    await deps.releases.setCurrentPointer({
      releaseId,
      publishedAt: manifest.createdAt,
      digest: content.digest,
    });
  });
  return { changed: true, release: manifest };
}

async function storeFailsAs503(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new DependencyError('S3 (catalog releases)', err);
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
