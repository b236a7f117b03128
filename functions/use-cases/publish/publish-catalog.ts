/**
 * Publishes the catalog: plans from small reads (plan-release.ts: a no-op stops after reading one
 * revision, the pointer and the cached manifest), then builds only what changed and stores the
 * release (write-release.ts: content-addressed objects, manifest, then the pointer with its audit
 * entry, moved only from the release it planned from — a lost race plans again, replan-on-move.ts).
 *
 * `publishCatalog` does all of it in the caller (the seed, the CLI, a registry or policy publish);
 * the publish API goes through publish-job.ts, which runs large builds as a job.
 *
 * Who: an officer with the publisher (or admin) role of ANY agency — the catalog is one release
 * holding all agencies' published versions, and each version was already approved and published
 * inside its own agency, so building the release decides nothing about another agency's content.
 */
import { assertRole } from '../../http/auth';
import type { AppDeps, Officer } from '../../ports';
import { planRelease } from './plan-release';
import { replanOnMove } from './replan-on-move';
import { type PublishResult, writeRelease } from './write-release';

export type { PublishResult, PublishStats } from './write-release';

export type PublishDeps = Pick<
  AppDeps,
  'procedures' | 'releases' | 'audit' | 'clock' | 'catalog' | 'catalogDocs' | 'catalogInputs'
>;

/** Publishes the catalog; a no-op (changed: false) when nothing changed since the current release. */
export async function publishCatalog(
  deps: PublishDeps,
  actor: Officer,
  onProgress?: (done: number, total: number) => void,
): Promise<PublishResult> {
  assertRole(actor, ['publisher']);
  return replanOnMove(async () => {
    const plan = await planRelease(deps);
    if (plan.kind === 'unchanged') {
      return { changed: false, release: plan.manifest, stats: { built: 0, reused: 0, objectsWritten: 0 } };
    }
    return writeRelease(deps, actor, plan, onProgress);
  });
}
