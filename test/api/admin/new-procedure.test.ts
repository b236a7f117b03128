/**
 * Starting a procedure through the admin API (what "Thủ tục mới" calls): templates to copy from,
 * a blank draft created by a police officer, and that police unit's own officers taking it all the
 * way to the portal — author, a different approver, a publisher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import registry from '../../../catalogs/registry.json';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createFormsApp } from '../../../functions/apps/forms/app';
import { createPublishApp } from '../../../functions/apps/publish/app';
import { blankProcedure, procedureFrom } from '../../../functions/core/authoring/start-procedure';
import { demoOfficers } from '../../../functions/local/demo-users';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { send } from './http';

let env: TestPlatform;
let admin: ReturnType<typeof createAdminApp>;
const token: Record<string, string> = {};

beforeAll(async () => {
  env = await createTestDeps();
  admin = createAdminApp(env.deps);
  await env.seedCatalog();
  for (const u of [
    'author.congan-hoankiem',
    'approver.congan-hoankiem',
    'publisher.congan-hoankiem',
    'author.saigon',
    'approver.saigon',
  ]) {
    token[u] = await env.officerToken(u);
  }
});
afterAll(async () => env?.stop());

describe('demo officers', () => {
  it('give every agency of the registry an author, an approver and a publisher, three different people', () => {
    for (const agency of registry.agencies) {
      const holders = (role: string) =>
        demoOfficers
          .filter((o) => o.agency === agency.id && o.roles.includes(role as never))
          .map((o) => o.username);
      const [author, approver, publisher] = ['author', 'approver', 'publisher'].map(holders);
      expect(author?.length, `${agency.id} author`).toBeGreaterThan(0);
      expect(approver?.length, `${agency.id} approver`).toBeGreaterThan(0);
      expect(publisher?.length, `${agency.id} publisher`).toBeGreaterThan(0);
      expect(new Set([author![0], approver![0], publisher![0]]).size).toBe(3);
    }
  });
});

describe('GET /api/admin/templates', () => {
  it('lists the own agency’s procedures first, then other agencies’ published ones', async () => {
    const reply = await send(admin, 'GET', '/api/admin/templates', {
      token: token['author.congan-hoankiem'],
    });
    expect(reply.status).toBe(200);
    const templates = reply.body.templates as { procedureId: string; agency: string; own: boolean }[];
    expect(templates[0]).toMatchObject({ procedureId: 'dang-ky-thuong-tru', own: true });
    expect(templates.map((t) => t.procedureId)).toContain('dang-ky-khai-sinh');
    expect(templates.filter((t) => !t.own).every((t) => t.agency !== 'cong-an-phuong-hoan-kiem')).toBe(true);
  });

  it('returns another agency’s published definition to copy, but refuses officers who cannot author', async () => {
    const reply = await send(admin, 'GET', '/api/admin/templates/dang-ky-khai-sinh', {
      token: token['author.congan-hoankiem'],
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ procedureId: 'dang-ky-khai-sinh', version: 1 });
    expect(reply.body.definition.tests.length).toBeGreaterThan(0);
    const approver = await send(admin, 'GET', '/api/admin/templates', { token: token['approver.saigon'] });
    expect(approver.status).toBe(403);
  });

  it('hides another agency’s draft as if it did not exist (404)', async () => {
    const draft = blankProcedure({
      id: 'thu-tuc-nhap-sai-gon',
      code: '1.000001',
      name: { vi: 'Thủ tục nháp', en: 'Draft procedure' },
      field: 'ho-tich',
      level: 'xa',
      agency: 'ubnd-phuong-sai-gon',
    });
    expect(
      (
        await send(admin, 'POST', '/api/admin/procedures', {
          token: token['author.saigon'],
          body: { definition: draft },
        })
      ).status,
    ).toBe(201);
    const reply = await send(admin, 'GET', '/api/admin/templates/thu-tuc-nhap-sai-gon', {
      token: token['author.congan-hoankiem'],
    });
    expect(reply.status).toBe(404);
    expect(reply.body.code).toBe('procedure.not-found');
  });
});

describe('a police unit’s new procedure, from copy to portal', () => {
  it('is created from a template without its tests, then submitted, approved, published and released by three officers', async () => {
    const template = await send(admin, 'GET', '/api/admin/templates/dang-ky-thuong-tru', {
      token: token['author.congan-hoankiem'],
    });
    const identity = {
      id: 'dang-ky-tam-tru-cong-an',
      code: '1.004194',
      name: { vi: 'Đăng ký tạm trú', en: 'Temporary residence registration' },
      field: 'cu-tru',
      level: 'xa',
      agency: 'cong-an-phuong-hoan-kiem',
    };
    const definition = procedureFrom(template.body.definition, identity, {
      form: true,
      documents: true,
      fees: true,
      tests: false,
    });
    const base = `/api/admin/procedures/${identity.id}`;
    const created = await send(admin, 'POST', '/api/admin/procedures', {
      token: token['author.congan-hoankiem'],
      body: { definition },
    });
    expect(created.status).toBe(201);
    const checked = await send(admin, 'POST', `${base}/versions/1/validate`, {
      token: token['author.congan-hoankiem'],
      body: {},
    });
    expect(checked.body.valid).toBe(true);
    expect(checked.body.problems.map((p: { code: string }) => p.code)).toContain('test.none');

    const step = async (who: string, action: string, status: string) => {
      const current = await send(admin, 'GET', `${base}/versions/1`, { token: token[who] });
      const reply = await send(admin, 'POST', `${base}/versions/1/${action}`, {
        token: token[who],
        headers: { 'if-match': `"${current.body.revision}"` },
        body: {},
      });
      expect(reply.status, `${who} ${action}: ${JSON.stringify(reply.body)}`).toBe(200);
      expect(reply.body.status).toBe(status);
    };
    await step('author.congan-hoankiem', 'submit', 'in-review');
    await step('approver.congan-hoankiem', 'approve', 'approved');
    await step('publisher.congan-hoankiem', 'publish', 'published');
    const release = await send(createPublishApp(env.deps), 'POST', '/api/publish/releases', {
      token: token['publisher.congan-hoankiem'],
      body: {},
    });
    expect([200, 201]).toContain(release.status);
    const found = await send(createFormsApp(env.deps), 'GET', '/api/catalog?q=tam%20tru');
    expect(JSON.stringify(found.body)).toContain(identity.id);
  });
});
