/** One procedure as officers see it: the head and a summary of every version. */
import type { AppDeps, Officer, ProcedureHead, ProcedureStatus, ProcedureVersion } from '../../ports';
import { loadHeadFor } from './procedure-access';

export interface VersionSummary {
  version: number;
  status: ProcedureStatus;
  /** `superseded`: published once, replaced by a later published version (still readable). */
  state: ProcedureStatus | 'superseded';
  revision: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  publishedAt?: string;
  reviewComment?: string;
}

/**
 * Head + versions, newest first. Versions above `latestVersion` (left by failed writes before
 * changes were transactions) are hidden.
 */
export async function getProcedure(
  deps: Pick<AppDeps, 'procedures'>,
  officer: Officer,
  procedureId: string,
): Promise<{ head: ProcedureHead; versions: VersionSummary[] }> {
  const head = await loadHeadFor(deps, officer, procedureId);
  const versions = (await deps.procedures.listVersions(procedureId))
    .filter((v) => v.version <= head.latestVersion)
    .sort((a, b) => b.version - a.version)
    .map((v) => summarizeVersion(v, head));
  return { head, versions };
}

/** The summary of one version, with its state relative to the head. */
export function summarizeVersion(v: ProcedureVersion, head: ProcedureHead): VersionSummary {
  const superseded = v.status === 'published' && v.version !== head.publishedVersion;
  return {
    version: v.version,
    status: v.status,
    state: superseded ? 'superseded' : v.status,
    revision: v.revision,
    createdAt: v.createdAt,
    createdBy: v.createdBy,
    updatedAt: v.updatedAt,
    updatedBy: v.updatedBy,
    ...(v.publishedAt ? { publishedAt: v.publishedAt } : {}),
    ...(v.reviewComment ? { reviewComment: v.reviewComment } : {}),
  };
}
