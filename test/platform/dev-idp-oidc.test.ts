/**
 * The development IdP's OpenID Connect face over HTTP: discovery, the authorize step (account
 * picker, refusals of unusable requests), and the code exchange with PKCE — the same protocol
 * the builder and portal speak to Cognito and VNeID on AWS.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalApp } from '../../functions/apps/index';
import { createDevIdpApp } from '../../functions/identity/dev-idp-app';
import { codeLifetimeMs } from '../../functions/identity/dev-idp-oidc';
import { demoCitizens } from '../../functions/local/demo-users';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

const origin = 'http://localhost';
const redirectUri = `${origin}/`;
let t: TestPlatform;
let app: Hono;
let clock = Date.now();

beforeAll(async () => {
  t = await createTestDeps();
  await t.seedCitizens();
  app = createLocalApp(t.deps, {
    extras: [createDevIdpApp(t.idp, demoCitizens, { now: () => clock })],
    isReady: () => true,
  });
});
afterAll(() => t.stop());

const newVerifier = () => randomBytes(32).toString('base64url');
const challengeOf = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

function authorizeQuery(overrides: Record<string, string | undefined> = {}, verifier = newVerifier()) {
  const params: Record<string, string | undefined> = {
    client_id: 'builder',
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state: 'state-123',
    code_challenge: challengeOf(verifier),
    code_challenge_method: 'S256',
    ...overrides,
  };
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) query.set(k, v);
  return query;
}

/** Picks an account on the authorize step; returns the code and state the redirect carries. */
async function pick(account: string, query: URLSearchParams) {
  const form = new URLSearchParams(query);
  form.set('account', account);
  const res = await app.request('/dev-idp/authorize', { method: 'POST', body: form });
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get('location') ?? '');
  expect(location.origin + location.pathname).toBe(redirectUri);
  return { code: location.searchParams.get('code') ?? '', state: location.searchParams.get('state') };
}

function exchange(fields: Record<string, string>) {
  return app.request('/dev-idp/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', redirect_uri: redirectUri, ...fields }),
  });
}

describe('dev IdP OpenID Connect', () => {
  it('publishes its discovery document', async () => {
    const res = await app.request('/dev-idp/.well-known/openid-configuration');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc.issuer).toBe(`${origin}/dev-idp`);
    expect(doc.authorization_endpoint).toBe(`${origin}/dev-idp/authorize`);
    expect(doc.token_endpoint).toBe(`${origin}/dev-idp/token`);
    expect(doc.jwks_uri).toBe(`${origin}/dev-idp/.well-known/jwks.json`);
    expect(doc.code_challenge_methods_supported).toEqual(['S256']);
    const jwks = await app.request(new URL(String(doc.jwks_uri)).pathname);
    expect(((await jwks.json()) as { keys: unknown[] }).keys).toHaveLength(1);
  });

  it('shows officers to the builder client and citizens to the portal client', async () => {
    const officers = await (await app.request(`/dev-idp/authorize?${authorizeQuery()}`)).text();
    expect(officers).toContain('data-account="author.saigon"');
    expect(officers).toContain('Đăng nhập cán bộ');
    expect(officers).not.toContain(`data-account="${demoCitizens[0]?.personalId}"`);
    const res = await app.request(`/dev-idp/authorize?${authorizeQuery({ client_id: 'portal' })}`);
    const portal = await res.text();
    expect(portal).toContain(`data-account="${demoCitizens[0]?.personalId}"`);
    expect(portal).not.toContain('data-account="author.saigon"');
  });

  it('refuses a foreign redirect_uri, a missing S256 challenge and an unknown client with a bilingual 400 page', async () => {
    const cases: [Record<string, string | undefined>, RegExp, RegExp][] = [
      [{ redirect_uri: 'https://evil.example/' }, /redirect_uri phải là/, /same origin/],
      [{ code_challenge: undefined }, /Cần code_challenge/, /PKCE code_challenge/],
      [{ code_challenge_method: 'plain' }, /S256/, /S256/],
      [{ client_id: 'stranger' }, /không được đăng ký/, /not registered/],
      [{ response_type: 'token' }, /response_type phải là/, /response_type must be/],
      [{ state: undefined }, /Thiếu tham số state/, /state parameter is missing/],
    ];
    for (const [overrides, vi, en] of cases) {
      const res = await app.request(`/dev-idp/authorize?${authorizeQuery(overrides)}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      const html = await res.text();
      expect(html).toMatch(vi);
      expect(html).toMatch(en);
    }
    // Choosing an account does not bypass the checks either.
    const form = authorizeQuery({ redirect_uri: 'https://evil.example/' });
    form.set('account', 'author.saigon');
    expect((await app.request('/dev-idp/authorize', { method: 'POST', body: form })).status).toBe(400);
  });

  it('exchanges a code once, with the right verifier, for an id_token of the chosen officer', async () => {
    const verifier = newVerifier();
    const query = authorizeQuery({}, verifier);
    const { code, state } = await pick('author.saigon', query);
    expect(state).toBe('state-123');

    const wrong = await exchange({ client_id: 'builder', code, code_verifier: newVerifier() });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant', message: { vi: expect.any(String) } });

    // The failed attempt used the code up: a fresh one is needed.
    const again = await pick('author.saigon', query);
    const res = await exchange({ client_id: 'builder', code: again.code, code_verifier: verifier });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id_token: string; token_type: string; expires_in: number };
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBeGreaterThan(0);
    expect(await t.idp.verifier.verify(body.id_token)).toMatchObject({
      kind: 'officer',
      sub: 'author.saigon',
      agency: 'ubnd-phuong-sai-gon',
    });

    const reused = await exchange({ client_id: 'builder', code: again.code, code_verifier: verifier });
    expect(reused.status).toBe(400);
    expect(((await reused.json()) as { message: { en: string } }).message.en).toMatch(/already used/);
  });

  it('maps a portal sign-in to the chosen citizen', async () => {
    const citizen = demoCitizens[0];
    if (!citizen) throw new Error('no demo citizen');
    const verifier = newVerifier();
    const { code } = await pick(citizen.personalId, authorizeQuery({ client_id: 'portal' }, verifier));
    const res = await exchange({ client_id: 'portal', code, code_verifier: verifier });
    expect(res.status).toBe(200);
    const { id_token } = (await res.json()) as { id_token: string };
    expect(await t.idp.verifier.verify(id_token)).toMatchObject({
      kind: 'citizen',
      personalId: citizen.personalId,
    });
  });

  it('rejects an expired code and a code presented by another client', async () => {
    const verifier = newVerifier();
    const expired = await pick('author.saigon', authorizeQuery({}, verifier));
    clock += codeLifetimeMs + 1000;
    const late = await exchange({ client_id: 'builder', code: expired.code, code_verifier: verifier });
    expect(late.status).toBe(400);
    expect(((await late.json()) as { message: { en: string } }).message.en).toMatch(/expired/);

    const other = await pick('author.saigon', authorizeQuery({}, verifier));
    const stolen = await exchange({ client_id: 'portal', code: other.code, code_verifier: verifier });
    expect(stolen.status).toBe(400);
    expect(((await stolen.json()) as { message: { en: string } }).message.en).toMatch(
      /client_id or redirect_uri/,
    );
  });

  it('refuses another grant type and an unknown account', async () => {
    const res = await app.request('/dev-idp/token', {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('unsupported_grant_type');
    const form = authorizeQuery();
    form.set('account', 'nobody');
    const page = await app.request('/dev-idp/authorize', { method: 'POST', body: form });
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('Không có tài khoản thử nghiệm');
  });
});
