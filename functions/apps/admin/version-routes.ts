/** Routes on one version: read, edit (draft only), validate, and the review/publish workflow. */
import { Hono } from 'hono';
import { readJson } from '../../http/read-json';
import type { OfficerEnv } from '../../http/variables';
import type { AppDeps } from '../../ports';
import { approveVersion } from '../../use-cases/admin/approve-version';
import { loadVersionFor } from '../../use-cases/admin/procedure-access';
import { publishVersion } from '../../use-cases/admin/publish-version';
import { scheduleVersion } from '../../use-cases/admin/schedule-version';
import { sendBackVersion } from '../../use-cases/admin/send-back-version';
import { submitForReview } from '../../use-cases/admin/submit-for-review';
import { updateDraft } from '../../use-cases/admin/update-draft';
import { validateVersion } from '../../use-cases/admin/validate-version';
import { optionalJson, versionParam } from './params';
import { versionResponse } from './present';

/** Mounted at `/api/admin/procedures/:id/versions/:version`. */
export function versionRoutes(deps: AppDeps) {
  const target = (c: { req: { param: (name: string) => string | undefined } }) => ({
    procedureId: c.req.param('id') ?? '',
    version: versionParam(c.req.param('version') ?? ''),
  });
  return new Hono<OfficerEnv>()
    .get('/', async (c) => {
      const { procedureId, version } = target(c);
      return versionResponse(c, await loadVersionFor(deps, c.get('principal'), procedureId, version));
    })
    .put('/', async (c) => {
      const body = await readJson(c);
      const result = await updateDraft(deps, c.get('principal'), {
        ...target(c),
        ifMatch: c.req.header('if-match'),
        body,
      });
      return versionResponse(c, result);
    })
    .post('/validate', async (c) => c.json(await validateVersion(deps, c.get('principal'), target(c))))
    .post('/submit', async (c) => {
      await optionalJson(c);
      const input = { ...target(c), ifMatch: c.req.header('if-match') };
      return versionResponse(c, await submitForReview(deps, c.get('principal'), input));
    })
    .post('/approve', async (c) => {
      const body = await optionalJson(c);
      const comment =
        typeof body.comment === 'string' && body.comment.trim() !== '' ? body.comment.trim() : undefined;
      const input = { ...target(c), ifMatch: c.req.header('if-match'), comment };
      return versionResponse(c, await approveVersion(deps, c.get('principal'), input));
    })
    .post('/send-back', async (c) => {
      const body = await readJson(c);
      const input = { ...target(c), ifMatch: c.req.header('if-match'), comment: body.comment };
      return versionResponse(c, await sendBackVersion(deps, c.get('principal'), input));
    })
    .post('/schedule', async (c) => {
      const body = await readJson(c);
      const input = { ...target(c), ifMatch: c.req.header('if-match'), effectiveFrom: body.effectiveFrom };
      return versionResponse(c, await scheduleVersion(deps, c.get('principal'), input));
    })
    .post('/publish', async (c) => {
      await optionalJson(c);
      const input = { ...target(c), ifMatch: c.req.header('if-match') };
      return versionResponse(c, await publishVersion(deps, c.get('principal'), input));
    });
}
