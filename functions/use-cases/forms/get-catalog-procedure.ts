/** The portal's detail page of one procedure, read from the current release. */
import type { AppDeps } from '../../ports/index';
import { detailOnDate } from './fees-on-date';
import { procedureNotFound } from './load-published-procedure';
import { currentReleaseId, readReleaseJson } from './read-current-release';
import { vietnamDate } from './vietnam-date';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The release's detail document of `procedureId`; 404 `procedure.not-found` when the release lacks it. */
export async function getCatalogProcedure(
  deps: AppDeps,
  procedureId: string,
): Promise<{ releaseId: string; procedure: unknown }> {
  // Checked before building an S3 key from it: a slug cannot climb out of the release prefix.
  if (procedureId.length > 80 || !SLUG.test(procedureId)) throw procedureNotFound(procedureId);
  const releaseId = await currentReleaseId(deps);
  let procedure = await readReleaseJson(deps, releaseId, `procedures/${procedureId}.json`);
  if (procedure === null) throw procedureNotFound(procedureId);
  const today = vietnamDate(deps.clock.now());
  // a version scheduled for a legal date replaces the page on that day; before, the page announces it
  const upcoming = (procedure as { upcoming?: { from: string } }).upcoming;
  if (upcoming && upcoming.from <= today) {
    procedure = (await readReleaseJson(deps, releaseId, `procedures/${procedureId}.next.json`)) ?? procedure;
  }
  return { releaseId, procedure: detailOnDate(procedure, today) };
}
