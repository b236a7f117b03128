/**
 * Registry data and fee policies as stored, reviewed documents: each policy (by id) and the
 * registry (one document, id `registry`) have a head and numbered versions that go through the
 * same lifecycle as procedure versions — draft → in-review → approved → published (four-eyes).
 */
import type { AuditEntry, ProcedureStatus } from './index';

export type CatalogDocKind = 'policy' | 'registry';

export interface CatalogDocVersion {
  kind: CatalogDocKind;
  id: string;
  version: number;
  status: ProcedureStatus;
  /** The policy's jurisdiction; `viet-nam` for the registry. Decides who may author it. */
  jurisdiction: string;
  /** A FeePolicy (without `jurisdiction`) or a Registry. */
  body: Record<string, unknown>;
  revision: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Everyone who wrote content into it: none of them may approve or publish it. */
  authors: string[];
  /** Who sent it for review. */
  submittedBy?: string;
  approvedBy?: string;
  reviewComment?: string;
  publishedAt?: string;
}

export interface CatalogDocHead {
  kind: CatalogDocKind;
  id: string;
  jurisdiction: string;
  /** A short title for lists (resolution number and summary, or "Danh mục dùng chung"). */
  title: string;
  latestVersion: number;
  publishedVersion: number | null;
  status: ProcedureStatus;
  revision: number;
  updatedAt: string;
}

export interface CatalogDocStore {
  getHead(kind: CatalogDocKind, id: string): Promise<CatalogDocHead | null>;
  listHeads(kind: CatalogDocKind): Promise<CatalogDocHead[]>;
  getVersion(kind: CatalogDocKind, id: string, version: number): Promise<CatalogDocVersion | null>;
  listVersions(kind: CatalogDocKind, id: string): Promise<CatalogDocVersion[]>;
  /**
   * Writes a version, its head and the audit entry as one transaction: `versionRevision` null =
   * the version must not exist; `headRevision` null = the head must not exist. 409 when stale.
   */
  commit(
    change: { version: CatalogDocVersion; head: CatalogDocHead },
    expected: { versionRevision: number | null; headRevision: number | null },
    audit: AuditEntry,
  ): Promise<void>;
}
