/** Lambda entry point of the forms function. */
import { createFormsApp } from '../apps/forms/app';
import { lambdaHandler } from './lambda-handler';

export const handler = lambdaHandler(createFormsApp);
