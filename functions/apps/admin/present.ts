/** How the admin API shows versions: the body plus an ETag carrying the revision for If-Match. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ProcedureHead, ProcedureVersion } from '../../ports';
import { summarizeVersion } from '../../use-cases/admin/get-procedure';

/** Responds with a version, its summary state and `ETag: "<revision>"`. */
export function versionResponse(
  c: Context,
  result: { head: ProcedureHead; version: ProcedureVersion },
  status: ContentfulStatusCode = 200,
): Response {
  c.header('ETag', `"${result.version.revision}"`);
  return c.json(
    { ...result.version, state: summarizeVersion(result.version, result.head).state, head: result.head },
    status,
  );
}
