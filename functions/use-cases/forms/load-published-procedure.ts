/**
 * Citizens only ever see the version an officer published: drafts, versions in review and
 * retired procedures answer 404 exactly like ids that never existed.
 */
import { NotFoundError } from '../../errors';
import type { AppDeps, ProcedureHead, ProcedureVersion } from '../../ports/index';
import { versionInForce } from '../admin/in-force';
import { type CompiledProcedure, compiledVersion } from './compiled-procedures';
import { servedVersion } from './published-version-cache';
import { releaseContext } from './release-context';
import { vietnamDate } from './vietnam-date';

export interface PublishedProcedure {
  head: ProcedureHead;
  version: ProcedureVersion;
  compiled: CompiledProcedure;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * How old a procedure head the citizen routes accept: 1 s, like the release pointer (see
 * current-pointer.ts for why that is consistent enough). A version an officer publishes, schedules
 * or retires in another container reaches citizens within a second — as if the change had been
 * made a second later; a change made through this process's store is seen at once (the store
 * forgets its kept heads on every write). Each dossier records the version it was checked
 * against, so what a citizen filed is never ambiguous.
 */
export const HEAD_MAX_AGE_MS = 1000;

export function procedureNotFound(procedureId: string): NotFoundError {
  const shown = procedureId.length > 80 ? `${procedureId.slice(0, 80)}…` : procedureId;
  return new NotFoundError('procedure.not-found', {
    vi: `Không tìm thấy thủ tục "${shown}" đang được công bố.`,
    en: `No published procedure "${shown}" was found.`,
  });
}

/** The current published version of a procedure, compiled; 404 `procedure.not-found` otherwise. */
export async function loadPublishedProcedure(
  deps: AppDeps,
  procedureId: string,
): Promise<PublishedProcedure> {
  // Ids are slugs; anything else cannot exist, so it never reaches storage.
  if (procedureId.length > 80 || !SLUG.test(procedureId)) throw procedureNotFound(procedureId);
  // The head and the release's context are independent reads: one round-trip of waiting, not two.
  const [head, context] = await Promise.all([
    deps.procedures.getHead(procedureId, { maxAgeMs: HEAD_MAX_AGE_MS }),
    releaseContext(deps),
  ]);
  if (!head || head.status === 'retired') throw procedureNotFound(procedureId);
  // a version scheduled for a legal date serves from that day on; dossiers record which one
  const inForce = versionInForce(head, vietnamDate(deps.clock.now()));
  if (inForce === null) throw procedureNotFound(procedureId);
  const version = await servedVersion(deps.procedures, head, inForce);
  if (!version) throw procedureNotFound(procedureId);
  return { head, version, compiled: compiledVersion(context, version) };
}
