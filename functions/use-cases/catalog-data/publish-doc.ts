/**
 * A publisher puts an approved policy or registry version in force; the catalog release is rebuilt
 * with it, so the portal and the quote API read it from then on. A policy's own dates (effective
 * from / to) then decide the days it applies: nothing needs pressing on those days.
 *
 * Like the publish API (publish/publish-job.ts): on a small catalog the release is built in the
 * request (200 with the release); above `inlineLimit` procedures the request only checks and
 * records a job (202) that a runner builds outside the request — a policy touches the fee
 * summaries of many procedures, and even finding which takes a look at each. Either way the
 * version is marked published only when its release lands (put-doc-in-force.ts), and only the
 * procedures whose slice of the registry/policies changed are compiled and written.
 */
import type { CatalogDocHead, CatalogDocKind, CatalogDocVersion, Officer, PublishJob } from '../../ports';
import { planRelease } from '../publish/plan-release';
import { isLarge, type JobDeps, type PublishRunner, startJob } from '../publish/publish-job';
import { replanOnMove } from '../publish/replan-on-move';
import { checkPublishable, checkRegistry, type InForce, putDocInForce } from './put-doc-in-force';

export type PublishedDoc =
  | ({ kind: 'done' } & InForce)
  | { kind: 'job'; job: PublishJob; head: CatalogDocHead; version: CatalogDocVersion };

export async function publishDoc(
  deps: JobDeps,
  officer: Officer,
  input: { kind: CatalogDocKind; id: string; version: number; ifMatch?: string },
  runner: PublishRunner,
): Promise<PublishedDoc> {
  // a release moved by another publish meanwhile: the mark was undone, check and plan again
  return replanOnMove(async (): Promise<PublishedDoc> => {
    const { head, version } = await checkPublishable(deps, officer, input);
    const plan = await planRelease(deps, { candidate: version });
    if (isLarge(plan) && plan.kind === 'build') {
      const doc = {
        kind: version.kind,
        id: version.id,
        version: version.version,
        revision: version.revision,
      };
      const job = await startJob(deps, officer, runner, plan.rebuild.length, doc);
      return { kind: 'job', job, head, version };
    }
    await checkRegistry(deps, version);
    return { kind: 'done', ...(await putDocInForce(deps, officer, version, plan)) };
  });
}
