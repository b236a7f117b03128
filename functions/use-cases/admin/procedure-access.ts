/**
 * Loading a procedure on behalf of an officer: 404 when it does not exist AND when it belongs to
 * another agency — the same status and body, so ids of other agencies cannot be enumerated (a 403
 * naming the agency told a prober which ids exist and whose they are). Every admin use case goes
 * through here, so no route can forget the agency check.
 */

import { NotFoundError } from '../../errors';
import { assertRole, readsEveryAgency } from '../../http/auth';
import type { AppDeps, Officer, OfficerRole, ProcedureHead, ProcedureVersion } from '../../ports';

/** The head of `procedureId`, checked against the officer's agency and (optionally) roles. */
export async function loadHeadFor(
  deps: Pick<AppDeps, 'procedures'>,
  officer: Officer,
  procedureId: string,
  roles: readonly OfficerRole[] = [],
): Promise<ProcedureHead> {
  assertRole(officer, roles);
  // ids are slugs (catalog format); anything else cannot exist, and must not reach DynamoDB's key limits
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(procedureId) || procedureId.length > 80)
    throw procedureNotFound(procedureId.slice(0, 80));
  const head = await deps.procedures.getHead(procedureId);
  if (!head || (head.agency !== officer.agency && !nationalRead(officer, head, roles)))
    throw procedureNotFound(procedureId);
  return head;
}

/** The head and one version of it; 404 `procedure.version-not-found` for an unknown version. */
export async function loadVersionFor(
  deps: Pick<AppDeps, 'procedures'>,
  officer: Officer,
  procedureId: string,
  version: number,
  roles: readonly OfficerRole[] = [],
): Promise<{ head: ProcedureHead; version: ProcedureVersion }> {
  const head = await loadHeadFor(deps, officer, procedureId, roles);
  const found =
    version >= 1 && version <= head.latestVersion
      ? await deps.procedures.getVersion(procedureId, version)
      : null;
  // the national reader sees another agency's published versions only, never its drafts
  if (found && head.agency !== officer.agency && found.publishedAt === undefined)
    throw procedureNotFound(procedureId);
  if (!found) {
    throw new NotFoundError('procedure.version-not-found', {
      vi: `Thủ tục "${procedureId}" không có phiên bản ${version}.`,
      en: `Procedure "${procedureId}" has no version ${version}.`,
    });
  }
  return { head, version: found };
}

/**
 * Reads (no roles asked) by the national reader cross agencies, for what has been published:
 * anything that changes data asks a role, which the reader does not hold.
 */
function nationalRead(officer: Officer, head: ProcedureHead, roles: readonly OfficerRole[]): boolean {
  return roles.length === 0 && readsEveryAgency(officer) && head.publishedVersion !== null;
}

export function procedureNotFound(procedureId: string): NotFoundError {
  return new NotFoundError('procedure.not-found', {
    vi: `Không tìm thấy thủ tục "${procedureId}".`,
    en: `There is no procedure "${procedureId}".`,
  });
}

/** The audit entity name of a procedure. */
export function auditEntity(procedureId: string): string {
  return `procedure:${procedureId}`;
}
