/** The audit trail of one procedure, oldest first, for officers of its agency. */
import type { AppDeps, AuditEntry, Officer } from '../../ports';
import { auditEntity, loadHeadFor } from './procedure-access';

/** Every entry recorded for the procedure (append-only, never edited). */
export async function listAudit(
  deps: Pick<AppDeps, 'procedures' | 'audit'>,
  officer: Officer,
  procedureId: string,
): Promise<AuditEntry[]> {
  await loadHeadFor(deps, officer, procedureId);
  const entries = await deps.audit.list(auditEntity(procedureId));
  return [...entries].sort((a, b) => a.at.localeCompare(b.at));
}
