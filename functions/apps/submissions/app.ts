/**
 * The `submissions` function (public, citizens signed in): upload slots and their confirmation,
 * submitting a dossier (idempotent), and reading one's own dossiers and receipts.
 */
import { Hono } from 'hono';
import { bodyLimit, type CitizenEnv, notFound, onError, readJson, requireCitizen } from '../../http/index';
import { rateLimit } from '../../http/rate-limit';
import type { AppDeps } from '../../ports/index';
import { checkRate } from '../../use-cases/limits/check-rate';
import { buildReceipt } from '../../use-cases/submissions/build-receipt';
import { confirmUpload } from '../../use-cases/submissions/confirm-upload';
import { createUploadSlot } from '../../use-cases/submissions/create-upload-slot';
import {
  parseIdempotencyKey,
  parseSubmission,
  type SubmissionRequest,
} from '../../use-cases/submissions/parse-submission';
import { getOwnDossier, listOwnDossiers } from '../../use-cases/submissions/read-own-dossiers';
import { submitDossier } from '../../use-cases/submissions/submit-dossier';

/** Builds the submissions app; every route needs a signed-in citizen. */
export function createSubmissionsApp(deps: AppDeps): Hono<CitizenEnv> {
  const app = new Hono<CitizenEnv>();
  app.onError(onError);
  app.notFound(notFound);
  // `/x/*` also matches `/x` in hono. No catch-all: mounted beside other apps, it would guard their routes too.
  for (const path of ['/api/uploads/*', '/api/submissions', '/api/dossiers/*']) {
    app.use(path, bodyLimit(deps.limits.maxBodyBytes), requireCitizen(deps));
  }

  // The citizen's upload rate is counted with the day's quota, in one write (count-upload-slot.ts).
  app.post('/api/uploads', rateLimit(deps, 'upload', { citizen: false }), async (c) =>
    c.json(await createUploadSlot(deps, c.get('principal'), () => readJson(c)), 201),
  );

  app.post('/api/uploads/:id/confirm', async (c) =>
    c.json(await confirmUpload(deps, c.get('principal'), c.req.param('id'))),
  );

  // The citizen's submission rate is counted while the dossier's inputs are read (submit-dossier.ts).
  app.post('/api/submissions', rateLimit(deps, 'submission', { citizen: false }), async (c) => {
    const citizen = c.get('principal');
    let key: string;
    let request: SubmissionRequest;
    try {
      key = parseIdempotencyKey(c.req.header('idempotency-key'));
      request = parseSubmission(await readJson(c));
    } catch (err) {
      // A malformed request counts against the rate too (and a full window answers first).
      await checkRate(deps, 'submission', 'citizen', citizen.sub);
      throw err;
    }
    const result = await submitDossier(deps, citizen, request, key);
    c.header('location', `/api/dossiers/${result.dossier.code}`);
    return c.json(
      { code: result.dossier.code, created: result.created, receipt: result.receipt },
      result.created ? 201 : 200,
    );
  });

  app.get('/api/dossiers', async (c) => c.json({ items: await listOwnDossiers(deps, c.get('principal')) }));

  app.get('/api/dossiers/:code', async (c) =>
    c.json(await getOwnDossier(deps, c.get('principal'), c.req.param('code'))),
  );

  app.get('/api/dossiers/:code/receipt', async (c) => {
    const dossier = await getOwnDossier(deps, c.get('principal'), c.req.param('code'));
    return c.json(await buildReceipt(deps, dossier));
  });

  return app;
}
