/**
 * The officers' admin API (`/api/admin/…`): authoring, reviewing and publishing procedure versions
 * of the officer's own agency. Every route needs a signed-in officer; roles and the agency are
 * checked by the use cases once they know which procedure is touched.
 */
import { Hono } from 'hono';
import { requireOfficer } from '../../http/auth';
import { bodyLimit } from '../../http/body-limit';
import { notFound, onError } from '../../http/problem';
import type { OfficerEnv } from '../../http/variables';
import type { AppDeps } from '../../ports';
import { inProcessRunner, type PublishRunner } from '../../use-cases/publish/publish-job';
import { catalogDocRoutes } from './catalog-doc-routes';
import { procedureRoutes } from './procedure-routes';
import { templateRoutes } from './template-routes';
import { versionRoutes } from './version-routes';

/**
 * Builds the admin app; register it as is (it carries full `/api/admin/…` paths). `runner` builds
 * the release of a policy/registry publish on a large catalog (in this process unless given).
 */
export function createAdminApp(deps: AppDeps, options: { runner?: PublishRunner } = {}): Hono<OfficerEnv> {
  const runner = options.runner ?? inProcessRunner(deps);
  const app = new Hono<OfficerEnv>();
  app.onError(onError);
  app.notFound(notFound);
  app.use('/api/admin/*', requireOfficer(deps), bodyLimit(deps.limits.maxBodyBytes));
  app.route('/api/admin/procedures/:id/versions/:version', versionRoutes(deps));
  app.route('/api/admin/procedures', procedureRoutes(deps));
  app.route('/api/admin/policies', catalogDocRoutes(deps, 'policy', runner));
  app.route('/api/admin/registry', catalogDocRoutes(deps, 'registry', runner));
  app.route('/api/admin/templates', templateRoutes(deps));
  return app;
}
