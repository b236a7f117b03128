/**
 * The ONLY place SDK clients are built. Local mode differs from AWS only by endpoint and dummy
 * credentials; s3rver additionally needs path-style URLs and checksums only when required
 * (otherwise streamed bodies are stored with chunk framing and presigned URLs carry an
 * empty-body checksum).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../config/load-config';

export interface SdkClients {
  dynamodb: DynamoDBClient;
  s3: S3Client;
}

const localCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** Builds the DynamoDB and S3 clients for a configuration. */
export function createSdkClients(config: Pick<Config, 'region' | 'endpoints'>): SdkClients {
  const { dynamodb: dynamoEndpoint, s3: s3Endpoint } = config.endpoints;
  // cacheMiddleware: the SDK otherwise rebuilds and sorts each command's middleware list on every
  // call (about 0.2 ms of CPU per call here, a third of a small call's SDK time); nothing adds
  // middleware to these clients once they serve (tests that watch calls turn it off: watch-sdk.ts).
  const dynamodb = new DynamoDBClient({
    region: config.region,
    cacheMiddleware: true,
    ...(dynamoEndpoint ? { endpoint: dynamoEndpoint, credentials: localCredentials } : {}),
  });
  const s3 = new S3Client({
    region: config.region,
    cacheMiddleware: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(s3Endpoint ? { endpoint: s3Endpoint, forcePathStyle: true, credentials: localCredentials } : {}),
  });
  // The SDK's logger middleware copies every input and output through a sensitive-field filter even
  // with its default no-op logger (a measurable share of a call's CPU); no door logs SDK calls.
  for (const client of [dynamodb, s3]) client.middlewareStack.remove('loggerMiddleware');
  return { dynamodb, s3 };
}
