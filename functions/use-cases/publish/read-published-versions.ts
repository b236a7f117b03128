/** What goes into a catalog release: the published version of every procedure of every agency. */
import { AppError } from '../../errors';
import type { AppDeps, ProcedureVersion } from '../../ports';
import { mapLimit } from './map-limit';

/** The published version of every procedure of every agency, read from the store. */
export async function readPublishedVersions(deps: Pick<AppDeps, 'procedures'>): Promise<ProcedureVersion[]> {
  const heads = (await deps.procedures.listHeads()).filter((h) => h.publishedVersion !== null);
  const versions = await mapLimit(heads, 8, async (head) => {
    const version = await deps.procedures.getVersion(head.procedureId, head.publishedVersion!);
    if (version?.status !== 'published') {
      throw new AppError(500, 'publish.version-missing', {
        vi: `Không đọc được phiên bản đã công bố ${head.publishedVersion} của thủ tục "${head.procedureId}".`,
        en: `The published version ${head.publishedVersion} of procedure "${head.procedureId}" could not be read.`,
      });
    }
    return version;
  });
  return versions;
}
