/**
 * A publisher makes an earlier catalog release current again: releases are immutable under their
 * own prefix, so going back is one pointer write — the portal serves the older release (its
 * procedures, fee summaries, registry and policies) on the next request. Audited in the same
 * write as the pointer move, like a publish. A later publish builds a fresh release from what is published.
 */
import { NotFoundError } from '../../errors';
import { assertRole } from '../../http/auth';
import type { AppDeps, Officer } from '../../ports';
import { auditEntry } from '../admin/commit-change';
import { readManifest, releaseIdPattern } from './read-release';
import { type ReleaseSummary, readSummary, summarize } from './release-summary';

export async function rollbackRelease(
  deps: Pick<AppDeps, 'releases' | 'audit' | 'clock'>,
  actor: Officer,
  releaseId: string,
): Promise<{ release: ReleaseSummary; previous: string | null }> {
  assertRole(actor, ['publisher']);
  const manifest = releaseIdPattern.test(releaseId) ? await readManifest(deps, releaseId) : null;
  if (!manifest) {
    throw new NotFoundError('release.not-found', {
      vi: `Không có bản phát hành "${releaseId.slice(0, 80)}".`,
      en: `There is no release "${releaseId.slice(0, 80)}".`,
    });
  }
  const current = await deps.releases.getCurrentPointer();
  const at = deps.clock.now().toISOString();
  // only from the release the publisher saw current, audited in the same write (409 `release.moved`
  // when a publish landed meanwhile: the publisher looks again rather than undoing it unseen)
  await deps.releases.setCurrentPointer(
    { releaseId, publishedAt: at, digest: manifest.digest },
    {
      expected: current,
      audit: auditEntry(deps, actor, {
        action: 'catalog.rollback',
        entity: 'catalog',
        detail: { releaseId, previous: current?.releaseId ?? null, digest: manifest.digest },
      }),
    },
  );
  // the summary, not the manifest: the answer stays small whatever the catalog's size
  const summary = (await readSummary(deps, releaseId)) ?? summarize(manifest, null, null);
  return { release: summary, previous: current?.releaseId ?? null };
}
