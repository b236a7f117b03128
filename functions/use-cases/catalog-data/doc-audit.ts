/** The audit trail of a policy or the registry, oldest first. */
import type { AppDeps, AuditEntry, CatalogDocKind, Officer } from '../../ports';
import { docEntity } from './doc-title';
import { loadDocHead } from './load-doc';

export async function docAudit(
  deps: Pick<AppDeps, 'catalogDocs' | 'catalog' | 'audit'>,
  officer: Officer,
  kind: CatalogDocKind,
  id: string,
): Promise<AuditEntry[]> {
  await loadDocHead(deps, officer, kind, id);
  const entries = await deps.audit.list(docEntity(kind, id));
  return [...entries].sort((a, b) => a.at.localeCompare(b.at));
}
