/**
 * What an author and an approver see with a policy or registry version: for a policy, the impact
 * table (every procedure × channel × fee line whose amount changes, before → after, and when),
 * for the registry, the published procedures and policies the change would break.
 */
import { policyImpact, withPolicy } from '../../core/policies/index';
import type { AppDeps, CatalogDocVersion } from '../../ports';
import { vietnamDate } from '../forms/vietnam-date';
import { readPublishedVersions } from '../publish/read-published-versions';
import { policyOf, publishedContext } from './published-context';
import { registryChangeCheck } from './registry-change';

type Deps = Pick<AppDeps, 'catalogDocs' | 'catalog' | 'procedures' | 'clock'>;

export async function reviewView(deps: Deps, version: CatalogDocVersion) {
  if (version.kind === 'registry') {
    return { registryCheck: await registryChangeCheck(deps, version.body) };
  }
  const ctx = await publishedContext(deps);
  const procedures = (await readPublishedVersions(deps)).map((v) => v.definition);
  const draft = policyOf(version);
  // A published version is compared with the set without it: what publishing it did.
  const before =
    version.status === 'published' ? ctx.policies.filter((p) => p.id !== draft.id) : ctx.policies;
  const impact = policyImpact({
    registry: ctx.registry,
    procedures,
    before,
    after: withPolicy(before, draft),
    today: vietnamDate(deps.clock.now()),
  });
  return { impact };
}
