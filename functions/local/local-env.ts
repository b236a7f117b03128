/**
 * The environment of local mode, as the Lambda functions would get it from CDK — local mode goes
 * through the same loadConfig.
 */
import { envNames } from '../config/env-names';

/** Environment variables for a local (dev-auth) configuration. */
export function localEnv(input: {
  aws: { dynamoEndpoint: string; s3Endpoint: string };
  /** Prefix of table and bucket names (tests use a random one to isolate files). */
  prefix?: string;
  siteOrigin?: string;
}): Record<string, string> {
  const p = input.prefix ? `${input.prefix}-` : '';
  return {
    [envNames.tables.procedures]: `${p}tthc-procedures`,
    [envNames.tables.audit]: `${p}tthc-audit`,
    [envNames.tables.dossiers]: `${p}tthc-dossiers`,
    [envNames.tables.citizens]: `${p}tthc-citizens`,
    [envNames.tables.counters]: `${p}tthc-counters`,
    [envNames.buckets.catalog]: `${p}tthc-catalog`,
    [envNames.buckets.uploads]: `${p}tthc-uploads`,
    [envNames.authMode]: 'dev',
    [envNames.region]: 'ap-southeast-1',
    [envNames.dynamoEndpoint]: input.aws.dynamoEndpoint,
    [envNames.s3Endpoint]: input.aws.s3Endpoint,
    ...(input.siteOrigin ? { [envNames.siteOrigin]: input.siteOrigin } : {}),
  };
}
