/**
 * The one way admin use cases write: the version, the head and the audit entry go to the store as
 * ONE transaction (ProcedureStore.commit). Either the whole change with its audit entry is stored or
 * nothing is; a stale copy answers 409 and a failed store 503 with nothing written, so a client may
 * always simply retry.
 */
import type { AppDeps, AuditEntry, Officer, ProcedureHead, ProcedureVersion } from '../../ports';

export interface Change {
  /** The version as it must be stored (its `revision` already advanced). */
  version: ProcedureVersion;
  /** The stored version it replaces; null when `version` is a new version number. */
  previous: ProcedureVersion | null;
  head: ProcedureHead;
  /** The head revision that was read; null when the procedure is new. */
  headRevision: number | null;
}

export interface AuditInput {
  action: string;
  entity: string;
  detail?: Record<string, unknown>;
}

/** Stores the change and its audit entry atomically; returns the entry. */
export async function commitChange(
  deps: Pick<AppDeps, 'procedures' | 'clock'>,
  officer: Officer,
  change: Change,
  audit: AuditInput,
): Promise<AuditEntry> {
  const entry = auditEntry(deps, officer, audit);
  await deps.procedures.commit({
    version: change.version,
    versionRevision: change.previous?.revision ?? null,
    head: change.head,
    headRevision: change.headRevision,
    audit: entry,
  });
  return entry;
}

/** Who did what, when — the entry stored with the change. */
export function auditEntry(deps: Pick<AppDeps, 'clock'>, officer: Officer, input: AuditInput): AuditEntry {
  return {
    at: deps.clock.now().toISOString(),
    actor: officer.sub,
    agency: officer.agency,
    action: input.action,
    entity: input.entity,
    detail: { actorName: officer.name, ...input.detail },
  };
}
