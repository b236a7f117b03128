/**
 * Authoring through the admin API against DynamoDB Local (real SDK): create, read, list and search,
 * edit with optimistic concurrency, and every kind of bad request an officer can make.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createTestDeps, type TestPlatform as TestDeps } from '../../support/test-deps';
import { send } from './http';
import { sampleProcedure } from './sample-procedure';

let env: TestDeps;
let app: ReturnType<typeof createAdminApp>;
const tokens: Record<string, string> = {};
const base = '/api/admin/procedures';
const id = 'dang-ky-khai-sinh-thu';

beforeAll(async () => {
  env = await createTestDeps();
  app = createAdminApp(env.deps);
  for (const user of ['author.saigon', 'approver.saigon', 'author.hoankiem', 'admin.hoankiem']) {
    tokens[user] = await env.officerToken(user);
  }
  const created = await send(app, 'POST', base, {
    token: tokens['author.saigon'],
    body: { definition: sampleProcedure() },
  });
  expect(created.status).toBe(201);
});
afterAll(async () => env?.stop());

describe('creating a draft', () => {
  it('stores version 1 as a draft with revision 1, an ETag and a Location', async () => {
    const definition = sampleProcedure({
      id: 'cap-ban-sao-thu',
      code: '2.000635',
      name: { vi: 'Cấp bản sao trích lục hộ tịch', en: 'Civil-status extract copies' },
      keywords: ['trích lục'],
    });
    const reply = await send(app, 'POST', base, { token: tokens['author.saigon'], body: { definition } });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('location')).toBe(`${base}/cap-ban-sao-thu/versions/1`);
    expect(reply.headers.get('etag')).toBe('"1"');
    expect(reply.body).toMatchObject({
      procedureId: 'cap-ban-sao-thu',
      version: 1,
      status: 'draft',
      revision: 1,
    });
    expect(reply.body.createdBy).toBeTruthy();
  });

  it('refuses a second procedure with the same id (409)', async () => {
    const reply = await send(app, 'POST', base, {
      token: tokens['author.saigon'],
      body: { definition: sampleProcedure() },
    });
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('procedure.exists');
  });

  it('answers 422 with the format problems, by pointer, for an invalid definition', async () => {
    const definition = { ...sampleProcedure({ id: 'khong-hop-le' }), code: 'abc', channels: [] };
    const reply = await send(app, 'POST', base, { token: tokens['author.saigon'], body: { definition } });
    expect(reply.status).toBe(422);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(reply.body.code).toBe('validation.failed');
    const paths = reply.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('/code');
    expect(paths).toContain('/channels');
    expect(reply.body.errors[0].message.vi).toBeTruthy();
  });

  it('refuses a definition for another agency (403) and an officer without the author role (403)', async () => {
    const other = sampleProcedure({ id: 'cua-phuong-khac', agency: 'ubnd-phuong-hoan-kiem' });
    const wrongAgency = await send(app, 'POST', base, {
      token: tokens['author.saigon'],
      body: { definition: other },
    });
    expect(wrongAgency.status).toBe(403);
    expect(wrongAgency.body.code).toBe('auth.wrong-agency');
    const approver = await send(app, 'POST', base, {
      token: tokens['approver.saigon'],
      body: { definition: sampleProcedure({ id: 'khong-phai-tac-gia' }) },
    });
    expect(approver.status).toBe(403);
    expect(approver.body.code).toBe('auth.missing-role');
  });

  it('answers 400 for malformed JSON and for a body without "definition"', async () => {
    const malformed = await send(app, 'POST', base, {
      token: tokens['author.saigon'],
      raw: '{"definition": {',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('request.malformed-json');
    expect(malformed.body.messages.vi).toBeTruthy();
    const missing = await send(app, 'POST', base, { token: tokens['author.saigon'], body: { id: 'x' } });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('procedure.definition-missing');
  });

  it('answers 413 for a body over the limit, 401 without a token', async () => {
    const huge = JSON.stringify({ definition: { filler: 'x'.repeat(env.deps.limits.maxBodyBytes + 10) } });
    const tooLarge = await send(app, 'POST', base, { token: tokens['author.saigon'], raw: huge });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('request.too-large');
    const anonymous = await send(app, 'POST', base, { body: { definition: sampleProcedure() } });
    expect(anonymous.status).toBe(401);
  });
});

describe('reading and listing', () => {
  it('returns the head with a summary of versions, and each version with its ETag', async () => {
    const reply = await send(app, 'GET', `${base}/${id}`, { token: tokens['approver.saigon'] });
    expect(reply.status).toBe(200);
    expect(reply.body.head).toMatchObject({
      procedureId: id,
      latestVersion: 1,
      publishedVersion: null,
      status: 'draft',
    });
    expect(reply.body.versions).toHaveLength(1);
    const version = await send(app, 'GET', `${base}/${id}/versions/1`, { token: tokens['author.saigon'] });
    expect(version.status).toBe(200);
    expect(version.headers.get('etag')).toBe(`"${version.body.revision}"`);
    expect(version.body.definition.name.vi).toBe('Đăng ký khai sinh');
  });

  it('answers 404 for an unknown procedure or version and 403 to another agency', async () => {
    expect((await send(app, 'GET', `${base}/khong-co`, { token: tokens['author.saigon'] })).body.code).toBe(
      'procedure.not-found',
    );
    const odd = await send(app, 'GET', `${base}/${'X'.repeat(3000)}`, { token: tokens['author.saigon'] });
    expect(odd.status).toBe(404); // not a slug: cannot exist, and never reaches DynamoDB's key limit
    const badVersion = await send(app, 'GET', `${base}/${id}/versions/abc`, {
      token: tokens['author.saigon'],
    });
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.code).toBe('request.invalid-version');
    const noVersion = await send(app, 'GET', `${base}/${id}/versions/9`, { token: tokens['author.saigon'] });
    expect(noVersion.status).toBe(404);
    expect(noVersion.body.code).toBe('procedure.version-not-found');
    for (const path of [`${base}/${id}`, `${base}/${id}/versions/1`, `${base}/${id}/audit`]) {
      const reply = await send(app, 'GET', path, { token: tokens['admin.hoankiem'] });
      expect(reply.status, path).toBe(403);
      expect(reply.body.code).toBe('auth.wrong-agency');
    }
  });

  it('lists only the officer’s agency, and searches without diacritics', async () => {
    const own = await send(app, 'GET', base, { token: tokens['author.saigon'] });
    expect(own.body.procedures.map((p: { procedureId: string }) => p.procedureId)).toContain(id);
    const other = await send(app, 'GET', base, { token: tokens['author.hoankiem'] });
    expect(other.body.procedures.map((p: { procedureId: string }) => p.procedureId)).not.toContain(id);
    const forbidden = await send(app, 'GET', `${base}?agency=ubnd-phuong-sai-gon`, {
      token: tokens['author.hoankiem'],
    });
    expect(forbidden.status).toBe(403);

    const search = async (query: string) =>
      (await send(app, 'GET', `${base}?${query}`, { token: tokens['author.saigon'] })).body.procedures.map(
        (p: { procedureId: string }) => p.procedureId,
      );
    expect(await search('q=khai%20sinh')).toEqual([id]);
    expect(await search(`q=${encodeURIComponent('dang ky')}`)).toContain(id);
    expect(await search(`q=${encodeURIComponent('ĐĂNG KÝ')}`)).toContain(id);
    expect(await search('q=giay%20khai%20sinh')).toEqual([id]); // keyword "giấy khai sinh"
    expect(await search('q=1.001193')).toEqual([id]);
    expect(await search('q=ket%20hon')).toEqual([]);
    expect(await search('field=ho-tich&level=xa&onlineLevel=full&status=draft')).toContain(id);
    expect(await search('status=published')).not.toContain(id);
    const bad = await send(app, 'GET', `${base}?status=xong`, { token: tokens['author.saigon'] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('request.invalid-status');
  });
});

describe('editing a draft', () => {
  const edited = () =>
    sampleProcedure({ name: { vi: 'Đăng ký khai sinh (sửa)', en: 'Birth registration (edited)' } });

  it('needs the revision read (428 without), refuses a stale one (409) and accepts the current one', async () => {
    const path = `${base}/${id}/versions/1`;
    const current = await send(app, 'GET', path, { token: tokens['author.saigon'] });
    const revision = current.body.revision as number;

    const missing = await send(app, 'PUT', path, {
      token: tokens['author.saigon'],
      body: { definition: edited() },
    });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('precondition.required');

    const stale = await send(app, 'PUT', path, {
      token: tokens['author.saigon'],
      body: { definition: edited() },
      headers: { 'if-match': `"${revision - 1}"` },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('procedure.revision-conflict');

    const saved = await send(app, 'PUT', path, {
      token: tokens['author.saigon'],
      body: { definition: edited() },
      headers: { 'if-match': `"${revision}"` },
    });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe(`"${revision + 1}"`);
    expect(saved.body.definition.name.vi).toBe('Đăng ký khai sinh (sửa)');

    // the revision can also travel in the body; the old one is now stale for everybody
    const again = await send(app, 'PUT', path, {
      token: tokens['author.saigon'],
      body: { definition: sampleProcedure(), revision },
    });
    expect(again.status).toBe(409);
    const head = await send(app, 'GET', `${base}/${id}`, { token: tokens['author.saigon'] });
    expect(head.body.head.name.vi).toBe('Đăng ký khai sinh (sửa)');
  });

  it('refuses an invalid definition (422) and a changed id (422) without saving anything', async () => {
    const path = `${base}/${id}/versions/1`;
    const before = await send(app, 'GET', path, { token: tokens['author.saigon'] });
    const etag = before.headers.get('etag') ?? '';
    const invalid = await send(app, 'PUT', path, {
      token: tokens['author.saigon'],
      body: { definition: { ...sampleProcedure(), onlineLevel: 'level-4' } },
      headers: { 'if-match': etag },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((e: { path: string }) => e.path)).toContain('/onlineLevel');
    const renamed = await send(app, 'PUT', path, {
      token: tokens['author.saigon'],
      body: { definition: sampleProcedure({ id: 'ten-khac' }) },
      headers: { 'if-match': etag },
    });
    expect(renamed.status).toBe(422);
    expect(renamed.body.errors[0].code).toBe('procedure.id-changed');
    const after = await send(app, 'GET', path, { token: tokens['author.saigon'] });
    expect(after.body.revision).toBe(before.body.revision);
  });

  it('lets exactly one of two simultaneous saves of the same revision win', async () => {
    const path = `${base}/${id}/versions/1`;
    const current = await send(app, 'GET', path, { token: tokens['author.saigon'] });
    const save = (vi: string) =>
      send(app, 'PUT', path, {
        token: tokens['author.saigon'],
        body: { definition: sampleProcedure({ name: { vi, en: vi } }) },
        headers: { 'if-match': current.headers.get('etag') ?? '' },
      });
    const replies = await Promise.all([save('Bản A'), save('Bản B')]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = replies.find((r) => r.status === 200)!;
    const after = await send(app, 'GET', path, { token: tokens['author.saigon'] });
    expect(after.body.revision).toBe(current.body.revision + 1);
    expect(after.body.definition.name.vi).toBe(winner.body.definition.name.vi);
    expect(after.body.head.name.vi).toBe(winner.body.definition.name.vi);
  });

  it('forbids editing to other agencies and to officers without the author role', async () => {
    const path = `${base}/${id}/versions/1`;
    const body = { definition: sampleProcedure(), revision: 1 };
    expect((await send(app, 'PUT', path, { token: tokens['admin.hoankiem'], body })).status).toBe(403);
    const approver = await send(app, 'PUT', path, { token: tokens['approver.saigon'], body });
    expect(approver.status).toBe(403);
    expect(approver.body.code).toBe('auth.missing-role');
  });
});
