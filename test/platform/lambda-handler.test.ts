import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAdminApp } from '../../functions/apps/admin/app';
import { envNames } from '../../functions/config/env-names';
import { devIssuers } from '../../functions/config/load-config';
import { withHealth } from '../../functions/handlers/lambda-handler';
import { httpApiEvent, lambdaContext } from '../support/api-gateway-event';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

type Result = { statusCode: number; headers?: Record<string, string>; body: string };

let t: TestPlatform;
let jwksServer: ReturnType<typeof serve>;
let jwksUrl: string;
beforeAll(async () => {
  t = await createTestDeps();
  await t.seedCatalog();
  // The Lambda path verifies with a REMOTE key set, as with Cognito: serve the dev IdP's JWKS.
  const jwks = new Hono().get('/jwks.json', (c) => c.json(t.idp.jwks));
  await new Promise<void>((resolve) => {
    jwksServer = serve({ fetch: jwks.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
});
afterAll(async () => {
  await new Promise((resolve) => jwksServer.close(resolve));
  await t.stop();
});

function lambdaEnv(): Record<string, string> {
  return {
    [envNames.tables.procedures]: t.config.tables.procedures,
    [envNames.tables.audit]: t.config.tables.audit,
    [envNames.tables.dossiers]: t.config.tables.dossiers,
    [envNames.tables.citizens]: t.config.tables.citizens,
    [envNames.tables.counters]: t.config.tables.counters,
    [envNames.buckets.catalog]: t.config.buckets.catalog,
    [envNames.buckets.uploads]: t.config.buckets.uploads,
    [envNames.authMode]: 'cognito',
    [envNames.region]: 'ap-southeast-1',
    [envNames.officerIssuer]: devIssuers.officer,
    [envNames.officerJwksUrl]: jwksUrl,
    [envNames.officerAudience]: devIssuers.audience,
    [envNames.citizenIssuer]: devIssuers.citizen,
    [envNames.citizenJwksUrl]: jwksUrl,
    [envNames.dynamoEndpoint]: t.aws.dynamoEndpoint,
    [envNames.s3Endpoint]: t.aws.s3Endpoint,
  };
}

const invoke = (handler: ReturnType<typeof handle>, event: unknown) =>
  handler(event as never, lambdaContext as never) as Promise<Result>;

describe('Lambda handlers (API Gateway HTTP API v2)', () => {
  it('answer GET /health even before any configuration is valid', async () => {
    const handler = handle(withHealth(createAdminApp, {}));
    const res = await invoke(handler, httpApiEvent('GET', '/health'));
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ status: 'ok' });
  });

  it('turn a missing configuration into a 500 problem without a stack trace, logging every variable', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const handler = handle(withHealth(createAdminApp, { [envNames.authMode]: 'cognito' }));
      const res = await invoke(handler, httpApiEvent('GET', '/api/admin/procedures'));
      expect(res.statusCode).toBe(500);
      expect(res.headers?.['content-type']).toContain('application/problem+json');
      expect(res.body).not.toContain('TABLE_PROCEDURES');
      expect(log.mock.calls.join('\n')).toContain('TABLE_PROCEDURES is missing');
      expect(log.mock.calls.join('\n')).toContain('OFFICER_JWKS_URL is missing');
    } finally {
      log.mockRestore();
    }
  });

  it('serve the real app behind a remote JWKS: 401 without a token, the seeded catalog with one', async () => {
    const handler = handle(withHealth(createAdminApp, lambdaEnv()));
    const anonymous = await invoke(handler, httpApiEvent('GET', '/api/admin/procedures'));
    expect(anonymous.statusCode).toBe(401);
    expect(JSON.parse(anonymous.body)).toMatchObject({ code: 'auth.unauthenticated' });

    const token = await t.officerToken('author.saigon');
    const res = await invoke(
      handler,
      httpApiEvent('GET', '/api/admin/procedures', { headers: { authorization: `Bearer ${token}` } }),
    );
    expect(res.statusCode).toBe(200);
    const body = JSON.parse(res.body) as { procedures: { procedureId: string }[] };
    expect(body.procedures.map((p) => p.procedureId)).toContain('dang-ky-khai-sinh');
  });

  it('answer 503 (not 401) when the identity provider’s keys cannot be fetched', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const env = { ...lambdaEnv(), [envNames.officerJwksUrl]: 'http://127.0.0.1:9/unreachable/jwks.json' };
      const handler = handle(withHealth(createAdminApp, env));
      const token = await t.officerToken('author.saigon');
      const res = await invoke(
        handler,
        httpApiEvent('GET', '/api/admin/procedures', { headers: { authorization: `Bearer ${token}` } }),
      );
      expect(res.statusCode).toBe(503);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'dependency.unavailable' });
    } finally {
      log.mockRestore();
    }
  });

  it('pass malformed JSON bodies on as a 400 problem', async () => {
    const handler = handle(withHealth(createAdminApp, lambdaEnv()));
    const token = await t.officerToken('author.saigon');
    const res = await invoke(
      handler,
      httpApiEvent('POST', '/api/admin/procedures', {
        headers: { authorization: `Bearer ${token}` },
        body: '{"id":',
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'request.malformed-json' });
  });
});
