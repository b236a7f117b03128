/**
 * The combined app of local mode: `/health`, the four function apps (they register full paths,
 * so the same paths work behind API Gateway and here), `/openapi.json` and, when given, the
 * development IdP. On AWS each app runs alone in its own Lambda (functions/handlers/).
 */
import { Hono } from 'hono';
import { mergeOpenApi, type OpenApiPart, platformOpenApi } from '../http/merge-openapi';
import { notFound, onError } from '../http/problem';
import { securityHeaders } from '../http/security-headers';
import type { AppDeps } from '../ports';
import { inProcessRunner } from '../use-cases/publish/publish-job';
import { createAdminApp } from './admin/app';
import { openapi as adminOpenApi } from './admin/openapi';
import { createFormsApp } from './forms/app';
import { openapi as formsOpenApi } from './forms/openapi';
import { createPublishApp } from './publish/app';
import { openapi as publishOpenApi } from './publish/openapi';
import { createSubmissionsApp } from './submissions/app';
import { openapi as submissionsOpenApi } from './submissions/openapi';

export interface LocalAppOptions {
  /** Extra routes mounted first (the dev IdP in local mode). */
  extras?: Hono[];
  /** While false, `/health` answers 503 (seeding still running). */
  isReady?: () => boolean;
  /** Origins besides our own the browser app may call (the S3 endpoint of presigned uploads). */
  connectSources?: readonly string[];
}

/** The whole API's OpenAPI document. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const parts = [
    platformOpenApi,
    adminOpenApi,
    publishOpenApi,
    formsOpenApi,
    submissionsOpenApi,
  ] as OpenApiPart[];
  return mergeOpenApi(parts);
}

/** Builds the combined app over one set of dependencies. */
export function createLocalApp(deps: AppDeps, options: LocalAppOptions = {}): Hono {
  const app = new Hono();
  app.onError(onError);
  app.notFound(notFound);
  // First, so every answer (errors, the static site, the dev IdP) carries them.
  app.use('*', securityHeaders({ connectSources: options.connectSources }));
  app.get('/health', (c) =>
    (options.isReady?.() ?? true) ? c.json({ status: 'ok' }) : c.json({ status: 'starting' }, 503),
  );
  const openapi = JSON.stringify(buildOpenApiDocument());
  app.get('/openapi.json', (c) =>
    c.body(openapi, 200, { 'content-type': 'application/json; charset=utf-8' }),
  );
  for (const extra of options.extras ?? []) app.route('/', extra);
  // one runner for both doors, so publish jobs run one after another
  const runner = inProcessRunner(deps);
  app.route('/', createAdminApp(deps, { runner }));
  app.route('/', createPublishApp(deps, { runner }));
  app.route('/', createFormsApp(deps));
  app.route('/', createSubmissionsApp(deps));
  return app;
}
