/** The definition a new procedure is copied from (see list-templates.ts for who may read which). */

import type { Procedure } from '../../core/types';
import { assertRole } from '../../http/auth';
import type { AppDeps, Officer } from '../../ports';
import { templateVersion } from './list-templates';
import { procedureNotFound } from './procedure-access';

/** 404 `procedure.not-found` for an unknown id and for another agency's unpublished procedure. */
export async function getTemplate(
  deps: Pick<AppDeps, 'procedures'>,
  officer: Officer,
  procedureId: string,
): Promise<{ procedureId: string; version: number; definition: Procedure }> {
  assertRole(officer, ['author']);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(procedureId) || procedureId.length > 80)
    throw procedureNotFound(procedureId.slice(0, 80));
  const head = await deps.procedures.getHead(procedureId);
  const version = head ? templateVersion(head, officer) : null;
  // Another agency's draft answers exactly like a missing procedure: its existence is not public.
  if (!head || version === null) throw procedureNotFound(procedureId);
  const found = await deps.procedures.getVersion(procedureId, version);
  if (!found) throw procedureNotFound(procedureId);
  return { procedureId, version, definition: found.definition };
}
