/** Lambda entry point of the publish function. */
import { createPublishApp } from '../apps/publish/app';
import { tableStreamRunner } from '../use-cases/publish/publish-job';
import { lambdaHandler } from './lambda-handler';

// A large build is handed to the publish-worker Lambda through the table's stream: this
// request-bound function never runs it (Lambda freezes a process once it has answered).
export const handler = lambdaHandler((deps) => createPublishApp(deps, { runner: tableStreamRunner }));
