/**
 * The publish API (`/api/publish/…`): build a catalog release from the published versions and
 * switch the current-release pointer; read the current release and the chain of earlier ones.
 * Publishing needs the publisher (or admin) role of any agency — see publish-catalog.ts for why.
 */
import { Hono } from 'hono';
import { BadRequestError, NotFoundError } from '../../errors';
import { requireOfficer } from '../../http/auth';
import { bodyLimit } from '../../http/body-limit';
import { notFound, onError } from '../../http/problem';
import type { OfficerEnv } from '../../http/variables';
import type { AppDeps } from '../../ports';
import { currentReleaseProcedure, currentReleaseSummary } from '../../use-cases/publish/current-release-view';
import {
  getPublishJob,
  inProcessRunner,
  type PublishRunner,
  startPublish,
} from '../../use-cases/publish/publish-job';
import { readManifest, releaseIdPattern } from '../../use-cases/publish/read-release';
import { listReleaseSummaries } from '../../use-cases/publish/release-summary';
import { rollbackRelease } from '../../use-cases/publish/rollback-release';

const defaultPage = 20;
const maxPage = 50;

/** `?limit=` of the release list: 1…50 (20 when absent); 400 otherwise. */
function pageLimit(value: string | undefined): number {
  if (value === undefined || value === '') return defaultPage;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > maxPage) {
    throw new BadRequestError('release.invalid-limit', {
      vi: `Tham số limit phải là số nguyên từ 1 đến ${maxPage}.`,
      en: `The limit parameter must be an integer from 1 to ${maxPage}.`,
    });
  }
  return n;
}

/** Builds the publish app; it carries full `/api/publish/…` paths. */
export function createPublishApp(deps: AppDeps, options: { runner?: PublishRunner } = {}): Hono<OfficerEnv> {
  const runner = options.runner ?? inProcessRunner(deps);
  const app = new Hono<OfficerEnv>();
  app.onError(onError);
  app.notFound(notFound);
  app.use('/api/publish/*', requireOfficer(deps), bodyLimit(deps.limits.maxBodyBytes));
  // the role is checked by the use case itself, so every door (API, npm start, CLI) gets the same rule
  app.post('/api/publish/releases', async (c) => {
    const started = await startPublish(deps, c.get('principal'), runner);
    if (started.kind === 'job') {
      // a large build: it runs as a job; the publisher polls its progress
      c.header('Location', `/api/publish/jobs/${started.job.jobId}`);
      return c.json({ job: started.job }, 202);
    }
    const result = started.result;
    if (result.changed) c.header('Location', `/api/publish/releases/${result.release.releaseId}`);
    return c.json(result, result.changed ? 201 : 200);
  });
  app.get('/api/publish/jobs/:jobId', async (c) => c.json(await getPublishJob(deps, c.req.param('jobId'))));
  // small answers: the summary, and one procedure's entry (the editor's "is it on the portal?")
  app.get('/api/publish/releases/current', async (c) => c.json(await currentReleaseSummary(deps)));
  app.get('/api/publish/releases/current/procedures/:procedureId', async (c) =>
    c.json(await currentReleaseProcedure(deps, c.req.param('procedureId'))),
  );
  app.post('/api/publish/releases/:releaseId/make-current', async (c) =>
    c.json(await rollbackRelease(deps, c.get('principal'), c.req.param('releaseId'))),
  );
  app.get('/api/publish/releases/:releaseId', async (c) => {
    const releaseId = c.req.param('releaseId');
    // Checked before it becomes an S3 key: `zzz/../<id>` must not climb to another release's files.
    const manifest = releaseIdPattern.test(releaseId) ? await readManifest(deps, releaseId) : null;
    if (!manifest) {
      const shown = releaseId.slice(0, 40);
      throw new NotFoundError('release.not-found', {
        vi: `Không có bản phát hành "${shown}".`,
        en: `There is no release "${shown}".`,
      });
    }
    return c.json(manifest);
  });
  // summaries, a page at a time: whole manifests are 1.7 MB each at 2,000 procedures
  app.get('/api/publish/releases', async (c) => {
    const page = await listReleaseSummaries(deps, {
      limit: pageLimit(c.req.query('limit')),
      after: c.req.query('after'),
    });
    return c.json({ ...page, count: page.releases.length });
  });
  return app;
}
