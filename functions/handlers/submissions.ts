/** Lambda entry point of the submissions function. */
import { createSubmissionsApp } from '../apps/submissions/app';
import { lambdaHandler } from './lambda-handler';

export const handler = lambdaHandler(createSubmissionsApp);
