/** Lambda entry point of the admin function. */
import { createAdminApp } from '../apps/admin/app';
import { tableStreamRunner } from '../use-cases/publish/publish-job';
import { lambdaHandler } from './lambda-handler';

// A policy/registry publish on a large catalog is built by the publish-worker Lambda (through the
// table's stream), never in this request-bound function.
export const handler = lambdaHandler((deps) => createAdminApp(deps, { runner: tableStreamRunner }));
