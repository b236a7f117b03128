/**
 * Every operation of the API, read from the OpenAPI document the app serves (so a new route is
 * attacked without anyone remembering to list it), with the path filled from known resources.
 */
import { buildOpenApiDocument } from '../../../../functions/apps/index';
import type { HostileEnv } from './hostile-env';

export interface Operation {
  method: 'GET' | 'POST' | 'PUT';
  /** OpenAPI template, e.g. `/api/admin/procedures/{id}/versions/{version}`. */
  template: string;
}

/** All operations, in document order. */
export function operations(): Operation[] {
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([template, ops]) =>
    Object.keys(ops).map((method) => ({ method: method.toUpperCase() as Operation['method'], template })),
  );
}

/** The template's parameter names, e.g. `['id', 'version']`. */
export function parameters(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** Fills a template with `values` (each URI-encoded). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/** The known resource each parameter of each route names. */
export function knownValues(op: Operation, env: HostileEnv): Record<string, string> {
  const { known } = env;
  const admin = op.template.startsWith('/api/admin/');
  return {
    id: admin ? known.draftX : op.template.startsWith('/api/uploads') ? known.uploadA : known.publishedId,
    version: '1',
    procedureId: known.publishedId,
    releaseId: known.releaseId,
    // no job runs in this environment: the route still answers (404 publish-job.not-found), never 401/403 to officers
    jobId: 'khong-co-luot-cong-bo',
    code: known.dossierA,
  };
}
