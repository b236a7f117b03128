/**
 * Searching the seeded catalog as an officer: heads written by the seed carry no keywords, so the
 * search falls back to the latest version's keywords — still accent-insensitive.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { send } from './http';

let env: TestPlatform;

beforeAll(async () => {
  env = await createTestDeps();
  await env.seedCatalog();
});
afterAll(async () => env?.stop());

it('finds seeded procedures by keyword typed without diacritics, within the officer’s agency only', async () => {
  const app = createAdminApp(env.deps);
  const search = async (user: string, q: string) => {
    const reply = await send(app, 'GET', `/api/admin/procedures?q=${encodeURIComponent(q)}`, {
      token: await env.officerToken(user),
    });
    expect(reply.status).toBe(200);
    return reply.body.procedures.map((p: { procedureId: string }) => p.procedureId);
  };
  expect(await search('author.saigon', 'tre em')).toContain('dang-ky-khai-sinh'); // keyword "trẻ em"
  expect(await search('author.saigon', 'BIRTH certificate')).toContain('dang-ky-khai-sinh');
  expect(await search('author.hoankiem', 'tre em')).not.toContain('dang-ky-khai-sinh'); // another agency's procedure
  expect(await search('author.saigon', 'ket hon')).not.toContain('dang-ky-khai-sinh');
});
