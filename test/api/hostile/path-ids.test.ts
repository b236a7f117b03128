/**
 * Issue 12, finding 8: `releaseId` was not validated (`zzz%2F..%2F<id>` answered 200 with another
 * release's manifest); every path parameter is now checked against its pattern before it becomes
 * a storage key, and a malformed one answers like an unknown one. (Another agency's procedure
 * answering like an unknown one is asserted in authorization-matrix.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../submissions/fixtures/http';
import { createHostileEnv, type HostileEnv } from './support/hostile-env';

let env: HostileEnv;
beforeAll(async () => {
  env = await createHostileEnv();
}, 120_000);
afterAll(() => env?.stop());

const hostile = (id: string) => [
  `zzz%2F..%2F${id}`,
  `..%2F${id}`,
  `${id}%2F..%2F${id}`,
  `${id}%00`,
  `${id}x`,
  encodeURIComponent(`${id}/../../current`),
  'A'.repeat(2000),
];

describe('path parameters', () => {
  it('answers 404 for a release id that is not exactly a release id, and 200 only for the real one', async () => {
    const token = env.tokens['publisher X']!;
    const { releaseId } = env.known;
    expect((await call(env.app, 'GET', `/api/publish/releases/${releaseId}`, { token })).status).toBe(200);
    for (const bad of hostile(releaseId)) {
      const reply = await call(env.app, 'GET', `/api/publish/releases/${bad}`, { token });
      expect(reply.status, bad).toBe(404);
      expect(reply.body.code, bad).toBe('release.not-found');
      expect(JSON.stringify(reply.body), bad).not.toContain('"procedures"');
    }
  });

  it('answers 404 (never 200, never 5xx) for malformed procedure ids, versions, upload ids and dossier codes', async () => {
    const a = env.tokens['citizen A']!;
    const officer = env.tokens['admin X']!;
    const cases: [string, string, string][] = [
      ...hostile(env.known.draftX).map((bad): [string, string, string] => [
        'GET',
        `/api/admin/procedures/${bad}`,
        officer,
      ]),
      ...hostile(env.known.publishedId).map((bad): [string, string, string] => [
        'GET',
        `/api/forms/${bad}`,
        a,
      ]),
      ...hostile(env.known.publishedId).map((bad): [string, string, string] => [
        'GET',
        `/api/catalog/procedures/${bad}`,
        a,
      ]),
      ...hostile(env.known.uploadA).map((bad): [string, string, string] => [
        'POST',
        `/api/uploads/${bad}/confirm`,
        a,
      ]),
      ...hostile(env.known.dossierA).map((bad): [string, string, string] => [
        'GET',
        `/api/dossiers/${bad}`,
        a,
      ]),
    ];
    for (const [method, path, token] of cases) {
      const reply = await call(env.app, method, path, { token });
      expect(reply.status, path).toBe(404);
    }
    const badVersion = await call(
      env.app,
      'GET',
      `/api/admin/procedures/${env.known.draftX}/versions/1%2F..%2F1`,
      {
        token: officer,
      },
    );
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.code).toBe('request.invalid-version');
  });
});
