/** An author sends a policy or registry draft for review; it must pass the catalog checks (422). */
import { ValidationFailedError } from '../../errors';
import type { CatalogDocKind, Officer } from '../../ports';
import { readPublishedVersions } from '../publish/read-published-versions';
import { docErrors } from './check-doc';
import { publishedContext } from './published-context';
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
      const procedures = (await readPublishedVersions(deps)).map((v) => v.definition);
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
