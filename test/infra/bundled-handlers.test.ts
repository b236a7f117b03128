import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config/load-config';
import { bundleBudgetKb, type LambdaAsset, synthLambdaAssets } from '../../infra/scripts/lambda-assets';

const require = createRequire(import.meta.url);
const healthEvent = JSON.parse(fs.readFileSync(new URL('./events/get-health.json', import.meta.url), 'utf8'));

type Handler = (
  event: unknown,
  context: unknown,
) => Promise<{ statusCode: number; headers?: Record<string, string>; body: string }>;

const lambdaContext = {
  functionName: 'tthc-test',
  awsRequestId: 'req-health-1',
  getRemainingTimeInMillis: () => 10_000,
};

let assets: LambdaAsset[];
// Bundling five functions with esbuild, once for the file.
beforeAll(() => {
  assets = synthLambdaAssets();
}, 300_000);

/** Loads a bundle as Lambda would: the function's environment set before its module runs. */
function loadHandler(asset: LambdaAsset): Handler {
  Object.assign(process.env, asset.environment, {
    AWS_REGION: 'ap-southeast-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
  });
  const mod = require(asset.file) as { handler?: Handler };
  expect(typeof mod.handler).toBe('function');
  return mod.handler!;
}

describe('the synthesized Lambda bundles', () => {
  it('bundles all five functions', () => {
    expect(assets.map((a) => a.name)).toEqual(['admin', 'forms', 'submissions', 'publish', 'publish-worker']);
  });

  it('runs the publish worker bundle on a stream batch, ignoring records that are not new jobs', async () => {
    const asset = assets.find((a) => a.name === 'publish-worker')!;
    const handler = loadHandler(asset) as unknown as (event: unknown) => Promise<{ jobs: number }>;
    const progress = { eventName: 'MODIFY', dynamodb: { NewImage: { pk: { S: 'PUBLISH#JOB' } } } };
    const otherItem = { eventName: 'INSERT', dynamodb: { NewImage: { pk: { S: 'PROC#x' } } } };
    expect(await handler({ Records: [progress, otherItem] })).toEqual({ jobs: 0 });
  });

  it('keeps every bundle within the size budget', () => {
    for (const asset of assets) {
      const kb = fs.statSync(asset.file).size / 1024;
      expect({ name: asset.name, withinBudget: kb <= bundleBudgetKb }).toEqual({
        name: asset.name,
        withinBudget: true,
      });
    }
  });

  it('gives each function an environment the functions’ own config loader accepts, in Cognito mode', () => {
    for (const asset of assets) {
      const config = loadConfig({ ...asset.environment, AWS_REGION: 'ap-southeast-1' });
      expect(config.auth.mode).toBe('cognito');
      expect(config.endpoints).toEqual({ dynamodb: undefined, s3: undefined });
    }
  });

  it.each(['admin', 'forms', 'submissions', 'publish'])(
    '%s answers GET /health from an API Gateway v2 event',
    async (name) => {
      const asset = assets.find((a) => a.name === name)!;
      const response = await loadHandler(asset)(structuredClone(healthEvent), lambdaContext);
      expect(response.statusCode).toBe(200);
    },
  );

  it.each(['admin', 'publish'])(
    '%s refuses an officer route without a token (the real app is inside)',
    async (name) => {
      const asset = assets.find((a) => a.name === name)!;
      const path = `/api/${name}/procedures`;
      const event = structuredClone(healthEvent);
      event.rawPath = path;
      event.routeKey = `GET /api/${name}/{proxy+}`;
      event.requestContext.http.path = path;
      const response = await loadHandler(asset)(event, lambdaContext);
      expect(response.statusCode).toBe(401);
      expect(response.headers?.['content-type']).toContain('application/problem+json');
    },
  );
});
