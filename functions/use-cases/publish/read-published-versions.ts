/** What goes into a catalog release: the published version of every procedure of every agency. */
import type { AppDeps, ProcedureVersion } from '../../ports';
import { mapLimit } from './map-limit';

/**
 * The published version of every procedure of every agency. Each is read together with its head
 * (see ProcedureStore.getPublished), so a procedure retired while the release is being built is
 * simply left out instead of naming a version that is no longer published.
 */
export async function readPublishedVersions(deps: Pick<AppDeps, 'procedures'>): Promise<ProcedureVersion[]> {
  const heads = (await deps.procedures.listHeads()).filter((h) => h.publishedVersion !== null);
  const versions = await mapLimit(heads, 8, (head) => deps.procedures.getPublished(head.procedureId));
  return versions.filter((version): version is ProcedureVersion => version !== null);
}
