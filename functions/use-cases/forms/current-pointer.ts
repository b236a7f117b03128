/**
 * How old a current-release pointer the citizen routes accept: 1 s. Before, every catalog page,
 * form, quote, upload slot and submission paid an S3 GET of `current.json` for a value that
 * changes a few times a day.
 *
 * Why one second of lag is consistent enough:
 * - releases are immutable and stay readable under their own id, and a release becomes current
 *   by one pointer write; a container holding the previous pointer for up to a second serves the
 *   whole previous release — what it would have served had the request come a second earlier.
 *   It never mixes two releases within one request (the pointer is read once per request).
 * - a publish or rollback made by this process writes the pointer through the same store, which
 *   keeps the new one at once (functions/adapters/s3/release-store.ts): the publisher, `npm start`
 *   and the tests see their release on the very next request.
 * - the head of the procedure (which version a citizen files against) is still read strongly
 *   consistently from DynamoDB, and the dossier records the version it was checked against.
 * Publishing, rollback and the admin views read the pointer fresh (no `maxAgeMs`).
 */
import type { ReleasePointer, ReleaseStore } from '../../ports/index';

export const POINTER_MAX_AGE_MS = 1000;

/** The current release pointer as the portal serves it (at most POINTER_MAX_AGE_MS old). */
export function servedPointer(releases: ReleaseStore): Promise<ReleasePointer | null> {
  return releases.getCurrentPointer({ maxAgeMs: POINTER_MAX_AGE_MS });
}
