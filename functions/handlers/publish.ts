/** Lambda entry point of the publish function. */
import { createPublishApp } from '../apps/publish/app';
import { lambdaHandler } from './lambda-handler';

export const handler = lambdaHandler(createPublishApp);
