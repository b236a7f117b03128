import { buildApp } from '../lib/app';
import { InfraConfigError } from '../lib/config';

try {
  buildApp({ defaultAccount: process.env.CDK_DEFAULT_ACCOUNT }).app.synth();
} catch (error) {
  // A configuration mistake is the operator's to fix: print the list, not a stack trace.
  if (!(error instanceof InfraConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
