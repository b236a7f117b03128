import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalApp } from '../../functions/apps/index';
import { createDevIdpApp } from '../../functions/identity/dev-idp-app';
import { demoCitizens } from '../../functions/local/demo-users';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

let t: TestPlatform;
let app: Hono;
let ready = false;
beforeAll(async () => {
  t = await createTestDeps();
  await t.seedCitizens();
  app = createLocalApp(t.deps, { extras: [createDevIdpApp(t.idp, demoCitizens)], isReady: () => ready });
});
afterAll(() => t.stop());

const post = (path: string, body: string) =>
  app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('the combined local app', () => {
  it('answers /health 503 while seeding and 200 once ready', async () => {
    expect((await app.request('/health')).status).toBe(503);
    ready = true;
    const res = await app.request('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('describes every app’s routes in /openapi.json', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.keys(doc.paths);
    for (const prefix of [
      '/api/admin/',
      '/api/publish/',
      '/api/catalog',
      '/api/forms/',
      '/api/uploads',
      '/health',
    ]) {
      expect(paths.some((p) => p.startsWith(prefix))).toBe(true);
    }
    expect(doc.components.schemas.Problem).toBeDefined();
  });

  it('signs in demo officers and citizens and refuses anyone else', async () => {
    const officer = await post('/dev-idp/officers/sign-in', '{"username":"approver.hoankiem"}');
    expect(officer.status).toBe(200);
    const body = (await officer.json()) as { token: string; principal: unknown };
    expect(body.principal).toEqual({
      kind: 'officer',
      sub: 'approver.hoankiem',
      name: 'Vũ Văn Xét',
      agency: 'ubnd-phuong-hoan-kiem',
      roles: ['approver'],
    });
    expect(await t.deps.verifier.verify(body.token)).toEqual(body.principal);

    const citizen = await post('/dev-idp/vneid/sign-in', '{"personalId":"079088004321"}');
    expect(((await citizen.json()) as { principal: { name: string } }).principal.name).toBe('Trần Văn Minh');

    const unknown = await post('/dev-idp/officers/sign-in', '{"username":"mallory"}');
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as { messages: { vi: string } }).messages.vi).toContain('mallory');
    expect((await post('/dev-idp/vneid/sign-in', '{}')).status).toBe(400);
  });

  it('serves the JWKS and a sign-in page listing the demo users', async () => {
    const jwks = (await (await app.request('/dev-idp/.well-known/jwks.json')).json()) as {
      keys: { d?: string }[];
    };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]?.d).toBeUndefined();
    const page = await (await app.request('/dev-idp')).text();
    expect(page).toContain('author.saigon');
    expect(page).toContain('Nguyễn Thị Lan');
  });

  it('answers unknown routes with a problem', async () => {
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
