/** Lambda entry point of the admin function. */
import { createAdminApp } from '../apps/admin/app';
import { lambdaHandler } from './lambda-handler';

export const handler = lambdaHandler(createAdminApp);
