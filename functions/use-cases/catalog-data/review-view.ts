/**
 * What an author and an approver see with a policy or registry version: for a policy, the impact
 * table (every procedure × channel × fee line whose amount changes, before → after, and when),
 * for the registry, the published procedures and policies the change would break.
 *
 * Only the procedures the policy can apply to are read and compiled (published-procedures.ts):
 * a line's amount can change only if the policy's old or new version applies to it.
 */
import { jurisdictionChain, policiesForLine } from '../../core/compile/policies-for-line';
import { policyImpact, withPolicy } from '../../core/policies/index';
import type { CatalogContext, JurisdictionPolicy, Procedure } from '../../core/types';
import type { AppDeps, CatalogDocVersion } from '../../ports';
import { vietnamDate } from '../forms/vietnam-date';
import type { ProcedureScope } from '../publish/procedure-scope';
import { readPublishedVersions } from '../publish/read-published-versions';
import { policyOf, publishedContext } from './published-context';
import { publishedProcedures } from './published-procedures';
import { registryChangeCheck } from './registry-change';

type Deps = Pick<AppDeps, 'catalogDocs' | 'catalog' | 'procedures' | 'clock' | 'releases' | 'catalogInputs'>;

export async function reviewView(deps: Deps, version: CatalogDocVersion) {
  if (version.kind === 'registry') {
    return { registryCheck: await registryChangeCheck(deps, version.body) };
  }
  const ctx = await publishedContext(deps);
  const draft = policyOf(version);
  // A published version is compared with the set without it: what publishing it did.
  const before =
    version.status === 'published' ? ctx.policies.filter((p) => p.id !== draft.id) : ctx.policies;
  const changed = [...ctx.policies.filter((p) => p.id === draft.id), draft];
  const impact = policyImpact({
    registry: ctx.registry,
    procedures: await proceduresTouched(deps, ctx, changed),
    before,
    after: withPolicy(before, draft),
    today: vietnamDate(deps.clock.now()),
  });
  return { impact };
}

/** The published procedures with a fee line one of `policies` may apply to (all of them when scopes are unknown). */
async function proceduresTouched(
  deps: Deps,
  ctx: CatalogContext,
  policies: JurisdictionPolicy[],
): Promise<Procedure[]> {
  const published = await publishedProcedures(deps);
  if (!published) return (await readPublishedVersions(deps)).map((v) => v.definition);
  return published.load(published.scopes.filter((s) => touches(s, ctx, policies)).map((s) => s.id));
}

function touches(scope: ProcedureScope, ctx: CatalogContext, policies: JurisdictionPolicy[]): boolean {
  const chain = jurisdictionChain(scope, ctx);
  return scope.fees.some((line) => policiesForLine(scope, line, chain, policies).length > 0);
}
