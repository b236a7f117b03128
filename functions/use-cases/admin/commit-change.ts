/**
 * The one way admin use cases write: version item first, head last, each a single conditional
 * write (dynalite has no transactions). The head is the commit point — readers only see versions
 * up to `head.latestVersion` and the status the head points at — so:
 * - a version item written for a head that never got written is invisible (an "orphan") and is
 *   overwritten by the next attempt, which makes retries after a failure safe;
 * - when the head write fails, the version item is put back as it was before answering, so a
 *   failed request leaves the procedure exactly as it found it.
 */
import { ConflictError } from '../../errors';
import type { AppDeps, ProcedureHead, ProcedureVersion } from '../../ports';

export interface Change {
  /** The version as it must be stored (its `revision` already advanced). */
  version: ProcedureVersion;
  /** The stored version it replaces; null when `version` is a new version number. */
  previous: ProcedureVersion | null;
  head: ProcedureHead;
  /** The head revision that was read; null when the procedure is new. */
  headRevision: number | null;
}

/** Writes a change so that either all of it or none of it is visible. */
export async function commitChange(deps: Pick<AppDeps, 'procedures'>, change: Change): Promise<void> {
  let previous = change.previous;
  if (previous) await deps.procedures.updateVersion(change.version, previous.revision);
  else previous = await writeNewVersion(deps, change.version);
  try {
    await deps.procedures.putHead(change.head, change.headRevision);
  } catch (err) {
    await restoreVersion(deps, change.version, previous);
    throw err;
  }
}

/**
 * Creates the version item; when an item with that number already exists it can only be an orphan
 * of an earlier failed attempt (the caller read a head whose latestVersion is lower), so it is
 * replaced — and returned, so that a failure further on can put it back.
 */
async function writeNewVersion(
  deps: Pick<AppDeps, 'procedures'>,
  version: ProcedureVersion,
): Promise<ProcedureVersion | null> {
  try {
    await deps.procedures.putNewVersion(version);
    return null;
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    const orphan = await deps.procedures.getVersion(version.procedureId, version.version);
    if (!orphan) throw err;
    version.revision = orphan.revision + 1;
    await deps.procedures.updateVersion(version, orphan.revision);
    return orphan;
  }
}

/** Best effort: a failure here leaves at worst an orphan or a stale draft, never a broken head. */
async function restoreVersion(
  deps: Pick<AppDeps, 'procedures'>,
  written: ProcedureVersion,
  previous: ProcedureVersion | null,
): Promise<void> {
  if (!previous) return; // a brand-new item stays an invisible orphan: the port cannot delete
  try {
    await deps.procedures.updateVersion(previous, written.revision);
  } catch (err) {
    console.error(
      JSON.stringify({
        level: 'error',
        code: 'procedure.restore-failed',
        procedureId: written.procedureId,
        version: written.version,
        error: err instanceof Error ? err.message : String(err),
      }),
    );
  }
}
