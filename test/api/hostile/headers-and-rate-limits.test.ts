/**
 * Issue 12, finding 9 (local half; CloudFront and WAF are in test/infra/edge-protection.test.ts):
 * no CSP anywhere and no security headers locally; no rate limit besides the API stage's
 * throttle (613 dev sign-ins/s, 300 dossiers from one citizen in 5 s, 500 anonymous quotes in
 * 3.9 s). Now every local answer carries a strict CSP and the usual headers, and sign-in,
 * submissions, uploads and anonymous quotes are limited per IP and per citizen: 429, Retry-After,
 * vi/en, nothing done.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalApp } from '../../../functions/apps/index';
import { rateLimit } from '../../../functions/http/rate-limit';
import { createDevIdpApp } from '../../../functions/identity/dev-idp-app';
import { demoCitizens } from '../../../functions/local/demo-users';
import { countCommands } from '../../support/count-commands';
import type { LocalAws } from '../../support/local-aws';
import { startLocalAws } from '../../support/local-aws';
import { call } from '../submissions/fixtures/http';
import { TRICH_LUC_ID } from '../submissions/fixtures/trich-luc-procedure';
import { createHostileEnv, type HostileEnv, validSubmission } from './support/hostile-env';

// 09:00:10 in Vietnam: 50 s left in the minute's window
const NOW = new Date('2026-03-13T02:00:10Z');
let aws: LocalAws;
let env: HostileEnv;
let app: ReturnType<typeof createLocalApp>;

beforeAll(async () => {
  aws = await startLocalAws();
  env = await createHostileEnv({
    aws,
    env: {
      RATE_LIMITS: [
        'sign-in.ip=3/60',
        'submission.ip=1000/60',
        'submission.citizen=2/60',
        'upload.ip=1000/60',
        'upload.citizen=2/60',
        'quote.ip=3/60',
        'quote.citizen=1000/60',
      ].join(','),
    },
  });
  // The same deps with a fixed clock, so Retry-After is exact.
  const deps = { ...env.t.deps, clock: { now: () => NOW } };
  app = createLocalApp(deps, {
    extras: [createDevIdpApp(env.t.idp, demoCitizens, { signInLimit: rateLimit(deps, 'sign-in') })],
    connectSources: ['http://127.0.0.1:4569'],
  });
}, 120_000);
afterAll(async () => {
  await env?.stop();
  await aws?.stop();
});

describe('security headers on the local server', () => {
  it('sends a strict CSP and the usual headers on the app, the API, errors and the dev IdP', async () => {
    const answers = {
      app: await app.request('/'),
      api: await app.request('/api/catalog'),
      error: await app.request('/api/khong-co'),
      idp: await app.request('/dev-idp'),
    };
    for (const [what, response] of Object.entries(answers)) {
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
      expect(response.headers.get('x-frame-options'), what).toBe('DENY');
      expect(response.headers.get('permissions-policy'), what).toContain('camera=()');
      expect(response.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
      // HSTS only where the site is HTTPS (CloudFront): never on http://localhost
      expect(response.headers.get('strict-transport-security'), what).toBeNull();
    }
    const site = answers.app.headers.get('content-security-policy')!;
    expect(site).toContain("default-src 'self'");
    expect(site).toContain("script-src 'self' 'unsafe-eval'");
    // No inline script may run; inline styles are allowed for the code editor's theme.
    expect(site).toMatch(/script-src 'self' 'unsafe-eval'(;|$)/);
    expect(site).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(site).toContain("connect-src 'self' http://127.0.0.1:4569");
    expect(answers.api.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(answers.error.status).toBe(404);
  });
});

describe('rate limits', () => {
  it('limits dev sign-in per IP: 429 with Retry-After and a vi/en message, no token issued', async () => {
    const signIn = () =>
      call(app, 'POST', '/dev-idp/vneid/sign-in', { body: { personalId: '079088004321' } });
    for (let i = 0; i < 3; i++) expect((await signIn()).status).toBe(200);
    const refused = await signIn();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('50');
    expect(refused.body).toMatchObject({ code: 'rate.limited', status: 429 });
    expect(refused.body.messages.vi).toContain('Quá nhiều yêu cầu đăng nhập');
    expect(refused.body.messages.en).toContain('please try again in 50 s');
    expect(refused.body.token).toBeUndefined();
  });

  it('limits anonymous quotes per IP', async () => {
    const quote = () =>
      call(app, 'POST', `/api/forms/${TRICH_LUC_ID}/quote`, { body: { channel: 'online', answers: {} } });
    for (let i = 0; i < 3; i++) expect((await quote()).status).toBe(200);
    const refused = await quote();
    expect(refused.status).toBe(429);
    expect(refused.body.messages.vi).toContain('tính phí');
  });

  it('limits submissions per citizen: the refused one stores nothing, and another citizen is unaffected', async () => {
    const a = env.tokens['citizen A']!;
    const submit = (token: string, key: string) =>
      call(app, 'POST', '/api/submissions', {
        token,
        headers: { 'idempotency-key': key },
        body: validSubmission(env.citizenA.name),
      });
    const counts = countCommands(env.t);
    expect((await submit(a, 'rate-limit-key-1')).status).toBe(201);
    // the rate: one counter write beside the dossier's one PutItem, no transaction
    expect(counts.of('dynamodb', 'UpdateItemCommand')).toBe(1);
    expect(counts.of('dynamodb', 'PutItemCommand')).toBe(1);
    expect(counts.of('dynamodb', 'TransactWriteItemsCommand')).toBe(0);
    counts.remove();
    // the hostile env's own dossier was filed with the real clock, in another window
    expect((await submit(a, 'rate-limit-key-2')).status).toBe(201);
    const before = await env.fingerprint();
    const refused = await submit(a, 'rate-limit-key-3');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('50');
    expect(refused.body.messages.en).toContain('dossier submission');
    // a retry of a stored dossier counts too: refused while the window is full
    expect((await submit(a, 'rate-limit-key-1')).status).toBe(429);
    expect(await env.fingerprint()).toBe(before);
    // citizen B is counted on his own (his answers are A's, so the core refuses them: 422, not 429)
    const b = env.tokens['citizen B']!;
    expect((await submit(b, 'rate-limit-key-4')).status).toBe(422);
    // refused requests count: the 422 above and a malformed one fill B's window (2 per minute)
    const malformed = await call(app, 'POST', '/api/submissions', {
      token: b,
      headers: { 'idempotency-key': 'rate-limit-key-5' },
      body: [],
    });
    expect(malformed.status).toBe(400);
    expect((await submit(b, 'rate-limit-key-6')).status).toBe(429);
  });

  it('limits upload slots per citizen', async () => {
    const b = env.tokens['citizen B']!;
    const slot = () =>
      call(app, 'POST', '/api/uploads', {
        token: b,
        body: {
          procedureId: TRICH_LUC_ID,
          document: 'giay-chung-sinh',
          contentType: 'application/pdf',
          size: 1000,
        },
      });
    expect((await slot()).status).toBe(201);
    expect((await slot()).status).toBe(201);
    const refused = await slot();
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate.limited');
  });
});
