/**
 * The checks of a policy or registry body: the catalog format (JSON Schema of catalogs/schema)
 * and the same semantic checks `npm run catalog -- check` runs, so a draft the builder accepts
 * is a file the CLI accepts.
 */

import { checkPolicies, type ProcedureFees } from '../../core/catalog-checks/check-policies';
import { checkRegistry } from '../../core/catalog-checks/check-registry';
import { validateFormat } from '../../core/catalog-checks/index';
import { registryIndexOf } from '../../core/catalog-checks/registry-index';
import type { CatalogContext, CoreError } from '../../core/types';
import { ValidationFailedError } from '../../errors';
import type { CatalogDocKind } from '../../ports';
import { toCoreError } from '../admin/check-definition';

/** 422 with the format problems unless `body` is a well-formed policy (or registry). */
export function assertDocFormat(kind: CatalogDocKind, jurisdiction: string, body: unknown): void {
  const problems =
    kind === 'policy'
      ? validateFormat('policy', { formatVersion: 1, jurisdiction, policies: [body] }).map((p) => ({
          ...p,
          pointer: p.pointer.replace(/^\/policies\/0/, ''),
        }))
      : validateFormat('registry', body);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new ValidationFailedError(errors.map(toCoreError), {
      vi:
        kind === 'policy'
          ? 'Chính sách phí không đúng định dạng.'
          : 'Danh mục dùng chung không đúng định dạng.',
      en:
        kind === 'policy'
          ? 'The fee policy does not follow the format.'
          : 'The registry does not follow the format.',
    });
  }
}

/**
 * Semantic errors of a body against the published context (policy: registry refs, dates, the fee
 * lines it names — only the procedures' ids and fee line ids are read).
 */
export function docErrors(
  kind: CatalogDocKind,
  jurisdiction: string,
  body: Record<string, unknown>,
  ctx: CatalogContext,
  procedures: readonly ProcedureFees[],
): CoreError[] {
  if (kind === 'registry') {
    return checkRegistry(body as never)
      .filter((p) => p.severity === 'error')
      .map(toCoreError);
  }
  const others = ctx.policies.filter((p) => p.id !== body.id);
  const policy = { ...(body as object), jurisdiction } as (typeof ctx.policies)[number];
  return checkPolicies([policy, ...others], registryIndexOf(ctx.registry), procedures)
    .filter((p) => p.severity === 'error' && p.subject.kind === 'policy' && p.subject.index === 0)
    .map(toCoreError);
}
