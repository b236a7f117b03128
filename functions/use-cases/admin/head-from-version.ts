/** The head keeps a summary of the latest version so the list needs one query, not one per item. */
import type { ProcedureHead, ProcedureVersion } from '../../ports';

/**
 * A head as the admin use cases write it: the latest version's keywords ride along (the store keeps
 * whole objects), so the text search rarely has to read versions. Heads written elsewhere (the seed)
 * may lack them; the search then reads the latest version.
 */
export type SearchableHead = ProcedureHead & { keywords?: string[] };

/** Builds a head whose summary fields come from `version` (normally the latest one). */
export function headFromVersion(
  version: ProcedureVersion,
  pointers: Pick<ProcedureHead, 'latestVersion' | 'publishedVersion' | 'revision' | 'updatedAt'> &
    Partial<Pick<ProcedureHead, 'status'>>,
): SearchableHead {
  const d = version.definition;
  return {
    procedureId: version.procedureId,
    agency: version.agency,
    code: d.code,
    name: { vi: d.name.vi, en: d.name.en },
    field: d.field,
    level: d.level,
    onlineLevel: d.onlineLevel,
    keywords: d.keywords ?? [],
    status: pointers.status ?? version.status,
    latestVersion: pointers.latestVersion,
    publishedVersion: pointers.publishedVersion,
    revision: pointers.revision,
    updatedAt: pointers.updatedAt,
  };
}
