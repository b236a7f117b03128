/**
 * Seeds procedure definitions as PUBLISHED version 1. Idempotent: a procedure whose head exists
 * is left alone, so a second `npm start` neither duplicates nor overwrites officers' edits.
 */
import type { Procedure } from '../core/types';
import type { AppDeps, ProcedureHead, ProcedureVersion } from '../ports';
import { mapLimit } from '../use-cases/publish/map-limit';

export const seedActor = 'system:seed';

/** Writes missing procedures; returns the ids it created. */
export async function seedCatalog(
  deps: Pick<AppDeps, 'procedures' | 'audit' | 'clock'>,
  definitions: readonly Procedure[],
): Promise<string[]> {
  // eight at a time: a province's 2,000 procedures seed in seconds, not a minute
  const done = await mapLimit(definitions, 8, async (definition) => {
    if (await deps.procedures.getHead(definition.id)) return null;
    const at = deps.clock.now().toISOString();
    const version: ProcedureVersion = {
      procedureId: definition.id,
      version: 1,
      status: 'published',
      agency: definition.agency,
      definition,
      revision: 1,
      createdAt: at,
      createdBy: seedActor,
      updatedAt: at,
      updatedBy: seedActor,
      publishedAt: at,
    };
    const head: ProcedureHead = {
      procedureId: definition.id,
      agency: definition.agency,
      code: definition.code,
      name: definition.name,
      field: definition.field,
      level: definition.level,
      onlineLevel: definition.onlineLevel,
      latestVersion: 1,
      publishedVersion: 1,
      status: 'published',
      revision: 1,
      updatedAt: at,
    };
    // Version, head and audit entry in one transaction, like every other change.
    await deps.procedures.commit({
      version,
      versionRevision: null,
      head,
      headRevision: null,
      audit: {
        at,
        actor: seedActor,
        agency: definition.agency,
        action: 'procedure.seeded',
        entity: `procedure:${definition.id}`,
        detail: { version: 1 },
      },
    });
    return definition.id;
  });
  return done.filter((id): id is string => id !== null);
}
