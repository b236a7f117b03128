/**
 * An author sends a policy or registry draft for review; it must pass the catalog checks (422).
 *
 * A policy's check needs only the published procedures' ids and fee line ids, which the current
 * release's scopes hold (published-procedures.ts): one small read per release and container, not
 * every published version (2,000 GetItems of ~40 KB at a province's scale). A registry's own
 * check reads no procedure; what it would break is found from the scopes (registry-change.ts).
 */
import type { ProcedureFees } from '../../core/catalog-checks/check-policies';
import { ValidationFailedError } from '../../errors';
import type { CatalogDocKind, Officer } from '../../ports';
import { readPublishedVersions } from '../publish/read-published-versions';
import { docErrors } from './check-doc';
import { publishedContext } from './published-context';
import { publishedProcedures, type ScopeDeps } from './published-procedures';
import { assertRegistrySafe } from './registry-change';
import { type DocDeps, transitionDoc } from './transition-doc';

export function submitDoc(
  deps: DocDeps & Pick<import('../../ports').AppDeps, 'procedures' | 'releases' | 'catalogInputs'>,
  officer: Officer,
  input: { kind: CatalogDocKind; id: string; version: number; ifMatch?: string },
) {
  return transitionDoc(deps, officer, {
    ...input,
    roles: ['author'],
    from: ['draft'],
    to: 'in-review',
    action: `${input.kind}.submit`,
    guard: async (version) => {
      // first what the change would break, naming the procedures: a removed level also makes the
      // registry itself inconsistent (its agency's level is unknown), which would hide who is hurt
      if (input.kind === 'registry') await assertRegistrySafe(deps, version.body);
      const ctx = await publishedContext(deps);
      const procedures = input.kind === 'policy' ? await procedureFees(deps) : [];
      const errors = docErrors(input.kind, version.jurisdiction, version.body, ctx, procedures);
      if (errors.length > 0) {
        throw new ValidationFailedError(errors, {
          vi: 'Bản nháp chưa đạt kiểm tra nên chưa gửi duyệt được.',
          en: 'The draft does not pass its checks, so it cannot be submitted.',
        });
      }
    },
    patch: { submittedBy: officer.sub, reviewComment: undefined },
  });
}

/** Every published procedure's id and fee line ids: from the release's scopes, else read in full. */
async function procedureFees(deps: ScopeDeps): Promise<readonly ProcedureFees[]> {
  const published = await publishedProcedures(deps);
  if (published) return published.scopes;
  return (await readPublishedVersions(deps)).map((v) => v.definition);
}
