/**
 * Moves a policy or registry version along the same status machine as procedure versions:
 *   draft → in-review → approved → published;  in-review | approved → draft (send back).
 * The version, the head and the audit entry are one transaction (CatalogDocStore.commit).
 */
import { ConflictError } from '../../errors';
import type {
  AppDeps,
  CatalogDocHead,
  CatalogDocKind,
  CatalogDocVersion,
  Officer,
  OfficerRole,
  ProcedureStatus,
} from '../../ports';
import { auditEntry } from '../admin/commit-change';
import { assertRevision, expectedRevision } from '../admin/expected-revision';
import { docEntity } from './doc-title';
import { loadDocVersion } from './load-doc';

export interface DocTransition {
  kind: CatalogDocKind;
  id: string;
  version: number;
  roles: OfficerRole[];
  from: ProcedureStatus[];
  to: ProcedureStatus;
  action: string;
  ifMatch?: string;
  guard?: (version: CatalogDocVersion, head: CatalogDocHead) => Promise<void> | void;
  patch?: Partial<CatalogDocVersion>;
  publishes?: boolean;
  detail?: Record<string, unknown>;
}

export type DocDeps = Pick<AppDeps, 'catalogDocs' | 'catalog' | 'audit' | 'clock'>;

/** Applies the transition; returns the new head and version. */
export async function transitionDoc(
  deps: DocDeps,
  officer: Officer,
  t: DocTransition,
): Promise<{ head: CatalogDocHead; version: CatalogDocVersion }> {
  const { head, version } = await loadDocVersion(deps, officer, t.kind, t.id, t.version, t.roles);
  if (!t.from.includes(version.status)) {
    throw new ConflictError(`${t.kind}.invalid-transition`, {
      vi: `Phiên bản ${version.version} đang ở trạng thái "${version.status}", không thể chuyển sang "${t.to}" (cần: ${t.from.join(', ')}).`,
      en: `Version ${version.version} is "${version.status}" and cannot become "${t.to}" (it must be: ${t.from.join(', ')}).`,
    });
  }
  if (t.ifMatch !== undefined && t.ifMatch.trim() !== '') {
    assertRevision(version.revision, expectedRevision(t.ifMatch, {}));
  }
  await t.guard?.(version, head);
  const at = deps.clock.now().toISOString();
  const next: CatalogDocVersion = {
    ...version,
    ...t.patch,
    status: t.to,
    revision: version.revision + 1,
    updatedAt: at,
    updatedBy: officer.sub,
  };
  const isLatest = version.version === head.latestVersion;
  const nextHead: CatalogDocHead = {
    ...head,
    status: isLatest ? t.to : head.status,
    publishedVersion: t.publishes ? version.version : head.publishedVersion,
    revision: head.revision + 1,
    updatedAt: at,
  };
  await deps.catalogDocs.commit(
    { version: next, head: nextHead },
    { versionRevision: version.revision, headRevision: head.revision },
    auditEntry(deps, officer, {
      action: t.action,
      entity: docEntity(t.kind, t.id),
      detail: { version: t.version, from: version.status, to: t.to, ...t.detail },
    }),
  );
  return { head: nextHead, version: next };
}
