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

/** Versions published to take effect on a later date, with that date (see admin/in-force.ts). */
export async function readScheduledVersions(
  deps: Pick<AppDeps, 'procedures'>,
): Promise<{ from: string; version: ProcedureVersion }[]> {
  const heads = (await deps.procedures.listHeads()).filter((h) => h.scheduled && h.status !== 'retired');
  const found = await mapLimit(heads, 8, async (head) => {
    const version = await deps.procedures.getVersion(head.procedureId, head.scheduled!.version);
    return version?.status === 'published' ? { from: head.scheduled!.from, version } : null;
  });
  return found.filter((f): f is { from: string; version: ProcedureVersion } => f !== null);
}
