/** The head keeps a summary of the latest version so the list needs one query, not one per item. */
import type { ProcedureHead, ProcedureVersion } from '../../ports';

/** Builds a head whose summary fields come from `version` (normally the latest one). */
export function headFromVersion(
  version: ProcedureVersion,
  pointers: Pick<ProcedureHead, 'latestVersion' | 'publishedVersion' | 'revision' | 'updatedAt'> &
    Partial<Pick<ProcedureHead, 'status'>>,
): ProcedureHead {
  const d = version.definition;
  return {
    procedureId: version.procedureId,
    agency: version.agency,
    code: d.code,
    name: { vi: d.name.vi, en: d.name.en },
    field: d.field,
    level: d.level,
    onlineLevel: d.onlineLevel,
    status: pointers.status ?? version.status,
    latestVersion: pointers.latestVersion,
    publishedVersion: pointers.publishedVersion,
    revision: pointers.revision,
    updatedAt: pointers.updatedAt,
  };
}
