/**
 * What officers' screens read of the current release: its summary (a few hundred bytes: id, when,
 * by whom, counts, what changed) and, per procedure, the version it holds — never the whole
 * manifest, which is about 1.7 MB at 2,000 procedures and was read by every procedure editor.
 */
import { NotFoundError } from '../../errors';
import type { AppDeps } from '../../ports';
import { getCurrentRelease, type ReleasedProcedure, releasedProcedure } from './read-release';
import { type ReleaseSummary, readSummary, summarize } from './release-summary';

/** The current pointer and the summary of its release; 404 `release.none` before the first publish. */
export async function currentReleaseSummary(deps: Pick<AppDeps, 'releases'>) {
  const { current, manifest } = await getCurrentRelease(deps);
  const release: ReleaseSummary =
    (await readSummary(deps, current.releaseId)) ?? summarize(manifest, null, null);
  return { current, release };
}

/**
 * The version of `procedureId` the current release holds (with its files); 404
 * `release.procedure-absent` when the current release does not hold the procedure.
 */
export async function currentReleaseProcedure(
  deps: Pick<AppDeps, 'releases'>,
  procedureId: string,
): Promise<{ releaseId: string; procedure: ReleasedProcedure }> {
  const { current, manifest } = await getCurrentRelease(deps);
  const procedure = releasedProcedure(manifest, procedureId);
  if (!procedure) {
    const shown = procedureId.slice(0, 80);
    throw new NotFoundError('release.procedure-absent', {
      vi: `Bản phát hành hiện hành không có thủ tục "${shown}".`,
      en: `The current release does not hold the procedure "${shown}".`,
    });
  }
  return { releaseId: current.releaseId, procedure };
}
