/**
 * A publisher withdraws a procedure from the catalog: its published version becomes retired (the
 * definition is untouched) and the head no longer points at a published version, so the next
 * catalog release leaves it out. A newer draft, if any, stays as it is.
 */
import { ConflictError } from '../../errors';
import type { AppDeps, Officer } from '../../ports';
import { loadHeadFor } from './procedure-access';
import { transitionVersion } from './transition-version';

/** published → retired for the procedure's live version; 409 when nothing is published. */
export async function retireProcedure(
  deps: Pick<AppDeps, 'procedures' | 'audit' | 'clock'>,
  officer: Officer,
  input: { procedureId: string; reason?: string },
) {
  const head = await loadHeadFor(deps, officer, input.procedureId, ['publisher']);
  if (head.publishedVersion === null) {
    throw new ConflictError('procedure.not-published', {
      vi: `Thủ tục "${input.procedureId}" chưa có phiên bản đang công bố nên không thể bãi bỏ.`,
      en: `Procedure "${input.procedureId}" has no published version to retire.`,
    });
  }
  return transitionVersion(deps, officer, {
    procedureId: input.procedureId,
    version: head.publishedVersion,
    roles: ['publisher'],
    from: ['published'],
    to: 'retired',
    action: 'procedure.retire',
    headPatch: () => ({ publishedVersion: null }),
    detail: input.reason ? { reason: input.reason } : {},
  });
}
