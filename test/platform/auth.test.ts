import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devIssuers } from '../../functions/config/load-config';
import {
  assertAgency,
  notFound,
  onError,
  optionalCitizen,
  requireCitizen,
  requireOfficer,
} from '../../functions/http';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

let t: TestPlatform;
let app: Hono;
beforeAll(async () => {
  t = await createTestDeps();
  await t.seedCitizens();
  app = new Hono();
  app.onError(onError);
  app.notFound(notFound);
  app.post('/agencies/:agency/publish', requireOfficer(t.deps, { roles: ['publisher'] }), (c) => {
    const officer = c.get('principal');
    assertAgency(officer, c.req.param('agency'));
    return c.json({ by: officer.sub, agency: officer.agency });
  });
  app.get('/me/dossiers', requireCitizen(t.deps), (c) =>
    c.json({ personalId: c.get('principal').personalId }),
  );
  app.get('/forms', optionalCitizen(t.deps), (c) => c.json({ citizen: c.get('principal')?.name ?? null }));
});
afterAll(() => t.stop());

const call = (path: string, token?: string, method = 'GET') =>
  app.request(path, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('officer authorisation', () => {
  it('lets a publisher of the agency through', async () => {
    const res = await call(
      '/agencies/ubnd-phuong-sai-gon/publish',
      await t.officerToken('publisher.saigon'),
      'POST',
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ by: 'publisher.saigon', agency: 'ubnd-phuong-sai-gon' });
  });

  it('lets the agency admin do what a publisher does', async () => {
    const res = await call(
      '/agencies/ubnd-phuong-sai-gon/publish',
      await t.officerToken('admin.saigon'),
      'POST',
    );
    expect(res.status).toBe(200);
  });

  it('answers 401 without a token, with a garbage token and with a malformed header', async () => {
    for (const res of [
      await call('/agencies/ubnd-phuong-sai-gon/publish', undefined, 'POST'),
      await call('/agencies/ubnd-phuong-sai-gon/publish', 'not-a-jwt', 'POST'),
      await app.request('/agencies/x/publish', { method: 'POST', headers: { authorization: 'Basic abc' } }),
    ]) {
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({
        code: 'auth.unauthenticated',
        messages: { vi: expect.any(String) },
      });
    }
  });

  it('answers 401 for an expired token and for one signed by another key', async () => {
    const expired = await t.idp.sign(
      { sub: 'publisher.saigon', 'cognito:groups': ['agency:ubnd-phuong-sai-gon', 'role:publisher'] },
      { issuer: devIssuers.officer, expiresIn: Math.floor(Date.now() / 1000) - 60 },
    );
    const res = await call('/agencies/ubnd-phuong-sai-gon/publish', expired, 'POST');
    expect(res.status).toBe(401);
    expect((await res.json()).messages.en).toContain('expired');

    const other = await createTestDeps({ aws: t.aws });
    try {
      const foreign = await other.officerToken('publisher.saigon');
      expect((await call('/agencies/ubnd-phuong-sai-gon/publish', foreign, 'POST')).status).toBe(401);
    } finally {
      await other.stop();
    }
  });

  it('answers 403 auth.missing-role for an author and auth.wrong-agency for another agency', async () => {
    const author = await call(
      '/agencies/ubnd-phuong-sai-gon/publish',
      await t.officerToken('author.saigon'),
      'POST',
    );
    expect(author.status).toBe(403);
    expect(await author.json()).toMatchObject({ code: 'auth.missing-role' });
    const foreign = await call(
      '/agencies/ubnd-phuong-sai-gon/publish',
      await t.officerToken('publisher.hoankiem'),
      'POST',
    );
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ code: 'auth.wrong-agency' });
  });

  it('does not accept a citizen token on officer routes', async () => {
    const res = await call(
      '/agencies/ubnd-phuong-sai-gon/publish',
      await t.citizenToken('079190012345'),
      'POST',
    );
    expect(res.status).toBe(403);
  });
});

describe('citizen authentication', () => {
  it('requires a citizen on citizen routes', async () => {
    expect((await call('/me/dossiers')).status).toBe(401);
    const res = await call('/me/dossiers', await t.citizenToken('079190012345'));
    expect(await res.json()).toEqual({ personalId: '079190012345' });
    expect((await call('/me/dossiers', await t.officerToken('author.saigon'))).status).toBe(403);
  });

  it('treats the citizen as optional on public routes, but never ignores a bad token', async () => {
    expect(await (await call('/forms')).json()).toEqual({ citizen: null });
    expect(await (await call('/forms', await t.citizenToken('001195003456'))).json()).toEqual({
      citizen: 'Lê Thị Mai',
    });
    expect((await call('/forms', 'bad')).status).toBe(401);
  });

  it('signs in only seeded people', async () => {
    await expect(t.idp.signInCitizen('079999999999')).rejects.toMatchObject({ status: 401 });
    await expect(t.idp.signInOfficer('nobody')).rejects.toMatchObject({ status: 401 });
  });
});
