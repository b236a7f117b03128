/**
 * The national sync reader (`dongbo.quocgia`, role `reader`, agency at the national level): reads
 * every agency's published procedures, policies and the registry through the admin API — what
 * `catalog pull` needs — and may author, approve, publish or retire nothing. An agency admin,
 * who holds every role of its own agency, still reads only its own agency.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { send } from './http';

const catalogs = join(import.meta.dirname, '..', '..', '..', 'catalogs');
const committed = readdirSync(join(catalogs, 'procedures')).map(
  (name) =>
    JSON.parse(readFileSync(join(catalogs, 'procedures', name), 'utf8')) as { id: string; agency: string },
);
const registry = JSON.parse(readFileSync(join(catalogs, 'registry.json'), 'utf8'));

let env: TestPlatform;
let admin: ReturnType<typeof createAdminApp>;
const t: Record<string, string> = {};
const as = (user: string, method: string, path: string, body?: unknown) =>
  send(admin, method, path, { token: t[user], body });
// a procedure of an agency the reader does not belong to (every one: the reader's agency has none)
const other = committed.find((p) => p.agency === 'ubnd-phuong-hoan-kiem')!;
const proc = `/api/admin/procedures/${other.id}`;

beforeAll(async () => {
  env = await createTestDeps();
  admin = createAdminApp(env.deps);
  for (const user of ['dongbo.quocgia', 'admin.saigon', 'author.hoankiem'])
    t[user] = await env.officerToken(user);
  await env.seedCatalog();
  await env.seedCatalogData();
});
afterAll(async () => {
  await env?.stop();
});

describe('the national reader reads every agency', () => {
  it('belongs to a national agency of the registry', () => {
    const agency = registry.agencies.find((a: { id: string }) => a.id === 'cuc-kiem-soat-tthc');
    expect(agency).toMatchObject({ jurisdiction: 'viet-nam', level: 'trung-uong' });
  });

  it('lists and reads the published procedures of every agency', async () => {
    const list = await as('dongbo.quocgia', 'GET', '/api/admin/procedures');
    expect(list.status).toBe(200);
    expect(list.body.procedures.map((p: { procedureId: string }) => p.procedureId).sort()).toEqual(
      committed.map((p) => p.id).sort(),
    );
    const filtered = await as('dongbo.quocgia', 'GET', '/api/admin/procedures?agency=ubnd-phuong-ba-dinh');
    expect(filtered.body.procedures.map((p: { agency: string }) => p.agency)).toEqual(
      committed.filter((p) => p.agency === 'ubnd-phuong-ba-dinh').map((p) => p.agency),
    );
    expect((await as('dongbo.quocgia', 'GET', proc)).status).toBe(200);
    const v1 = await as('dongbo.quocgia', 'GET', `${proc}/versions/1`);
    expect(v1.status).toBe(200);
    expect(v1.body.definition.id).toBe(other.id);
    expect((await as('dongbo.quocgia', 'GET', `${proc}/audit`)).status).toBe(200);
    expect((await as('dongbo.quocgia', 'GET', '/api/admin/policies')).body.items.length).toBeGreaterThan(0);
    expect((await as('dongbo.quocgia', 'GET', '/api/admin/registry/registry/versions/1')).status).toBe(200);
  });

  it("sees another agency's published versions, never its drafts", async () => {
    const next = await as('author.hoankiem', 'POST', `${proc}/versions`);
    expect(next.status).toBe(201);
    expect((await as('dongbo.quocgia', 'GET', `${proc}/versions/${next.body.version}`)).status).toBe(404);
    expect((await as('dongbo.quocgia', 'GET', `${proc}/versions/1`)).status).toBe(200);
    // a procedure never published is hidden altogether, like an unknown one
    const draft = await as('author.hoankiem', 'POST', '/api/admin/procedures', {
      definition: {
        ...(await as('author.hoankiem', 'GET', `${proc}/versions/1`)).body.definition,
        id: 'ban-nhap-rieng',
      },
    });
    expect(draft.status).toBe(201);
    expect((await as('dongbo.quocgia', 'GET', '/api/admin/procedures/ban-nhap-rieng')).status).toBe(404);
    const list = await as('dongbo.quocgia', 'GET', '/api/admin/procedures');
    expect(list.body.procedures.map((p: { procedureId: string }) => p.procedureId)).not.toContain(
      'ban-nhap-rieng',
    );
  });

  it('an agency admin still reads only its own agency', async () => {
    expect((await as('admin.saigon', 'GET', proc)).status).toBe(404);
    const list = await as('admin.saigon', 'GET', '/api/admin/procedures');
    expect(new Set(list.body.procedures.map((p: { agency: string }) => p.agency))).toEqual(
      new Set(['ubnd-phuong-sai-gon']),
    );
    expect((await as('admin.saigon', 'GET', '/api/admin/procedures?agency=ubnd-phuong-ba-dinh')).status).toBe(
      403,
    );
  });
});

describe('the national reader changes nothing', () => {
  it('may not create, edit, open a version, submit, approve, publish or retire a procedure', async () => {
    const v1 = (await as('dongbo.quocgia', 'GET', `${proc}/versions/1`)).body.definition;
    const before = (await as('dongbo.quocgia', 'GET', proc)).body.head;
    const attempts: [string, string, unknown?][] = [
      ['POST', '/api/admin/procedures', { definition: { ...v1, agency: 'cuc-kiem-soat-tthc' } }],
      ['POST', `${proc}/versions`],
      ['PUT', `${proc}/versions/1`, { definition: v1 }],
      ['POST', `${proc}/versions/1/submit`],
      ['POST', `${proc}/versions/1/approve`, { comment: 'ok' }],
      ['POST', `${proc}/versions/1/publish`],
      ['POST', `${proc}/retire`, { reason: 'thử' }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await as('dongbo.quocgia', method, path, body);
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 403 });
    }
    const after = await as('dongbo.quocgia', 'GET', proc);
    expect(after.body.head).toEqual(before);
  });

  it('may not author, approve or publish a policy or the registry', async () => {
    const policies = (await as('dongbo.quocgia', 'GET', '/api/admin/policies')).body.items;
    const first = policies[0];
    const body = (await as('dongbo.quocgia', 'GET', `/api/admin/policies/${first.id}/versions/1`)).body
      .version.body;
    const reg = (await as('dongbo.quocgia', 'GET', '/api/admin/registry/registry/versions/1')).body.version
      .body;
    const attempts: [string, string, unknown?][] = [
      ['PUT', `/api/admin/policies/${first.id}`, { jurisdiction: first.jurisdiction, policy: body }],
      ['POST', `/api/admin/policies/${first.id}/versions/1/approve`, { comment: 'ok' }],
      ['POST', `/api/admin/policies/${first.id}/versions/1/publish`],
      ['PUT', '/api/admin/registry/registry', { registry: reg }],
      ['POST', '/api/admin/registry/registry/versions/1/publish'],
    ];
    for (const [method, path, reqBody] of attempts) {
      const res = await as('dongbo.quocgia', method, path, reqBody);
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 403 });
    }
    expect((await as('dongbo.quocgia', 'GET', '/api/admin/registry/registry')).body.head.latestVersion).toBe(
      1,
    );
  });
});
