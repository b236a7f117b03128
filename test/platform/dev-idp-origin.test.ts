/**
 * Issue 12, finding 9 (dev IdP): it trusted the Host header when building its discovery document
 * and accepting redirects. It now builds them from its configured origins (`npm start` sets them
 * once it listens), and local mode refuses to listen anywhere but loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalApp } from '../../functions/apps/index';
import { createDevIdpApp } from '../../functions/identity/dev-idp-app';
import { demoCitizens } from '../../functions/local/demo-users';
import { isLoopback, startLocal } from '../../functions/local/start';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

const configured = 'http://127.0.0.1:8787';
let t: TestPlatform;
let app: ReturnType<typeof createLocalApp>;

beforeAll(async () => {
  t = await createTestDeps();
  app = createLocalApp(t.deps, {
    extras: [createDevIdpApp(t.idp, demoCitizens, { origins: () => [configured, 'http://localhost:8787'] })],
  });
});
afterAll(() => t.stop());

describe('the dev IdP’s origin', () => {
  it('builds discovery from the configured origin whatever Host the request names', async () => {
    for (const host of ['evil.example', '127.0.0.1:8787']) {
      const reply = await app.request('/dev-idp/.well-known/openid-configuration', { headers: { host } });
      const doc = (await reply.json()) as Record<string, string>;
      expect(doc.issuer, host).toBe(`${configured}/dev-idp`);
      expect(doc.token_endpoint, host).toBe(`${configured}/dev-idp/token`);
    }
    // a request to the other configured origin (localhost) is answered with that one
    const viaLocalhost = await app.request('http://localhost:8787/dev-idp/.well-known/openid-configuration');
    expect(((await viaLocalhost.json()) as { issuer: string }).issuer).toBe('http://localhost:8787/dev-idp');
  });

  it('refuses to redirect to the Host the request names when that is not a configured origin', async () => {
    const query = new URLSearchParams({
      client_id: 'portal',
      redirect_uri: 'http://evil.example/',
      response_type: 'code',
      state: 's',
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'S256',
      account: '079088004321',
    });
    const reply = await app.request(`http://evil.example/dev-idp/authorize?${query}`);
    expect(reply.status).toBe(400);
    expect(reply.headers.get('location')).toBeNull();
    expect(await reply.text()).toContain(configured);
    const good = await app.request(
      `http://evil.example/dev-idp/authorize?${new URLSearchParams({ ...Object.fromEntries(query), redirect_uri: `${configured}/` })}`,
    );
    expect(good.status).toBe(302);
    expect(good.headers.get('location')).toMatch(new RegExp(`^${configured}/\\?code=`));
  });

  it('listens on loopback only', async () => {
    expect(['127.0.0.1', '127.0.0.2', 'localhost', '::1'].map(isLoopback)).toEqual([true, true, true, true]);
    expect(['0.0.0.0', '192.168.1.5', '::', 'example.com'].map(isLoopback)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    await expect(
      startLocal({
        root: '.',
        dataDir: '/tmp/never-used',
        port: 0,
        dynamoPort: 0,
        s3Port: 0,
        host: '0.0.0.0',
      }),
    ).rejects.toThrow(/loopback/);
  });
});
