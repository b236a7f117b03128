/**
 * Fields, fee categories, levels and administrative units (jurisdictions) changed through the
 * admin registry API, on the seeded system (every committed procedure and policy published):
 * a change that would orphan something published is refused at submit naming every procedure and
 * policy concerned (expected lists are read from catalogs/, not typed in); bad input is refused
 * with a pointer and Vietnamese + English messages; a harmless change goes through four-eyes
 * review, is published, diffed and audited.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { send } from '../admin/http';

type Row = { id: string; name: { vi: string; en: string }; [k: string]: unknown };
type Registry = Record<'levels' | 'jurisdictions' | 'agencies' | 'fields' | 'feeCategories', Row[]>;

const catalogs = join(import.meta.dirname, '..', '..', '..', 'catalogs');
const procedures = readdirSync(join(catalogs, 'procedures')).map(
  (name) =>
    JSON.parse(readFileSync(join(catalogs, 'procedures', name), 'utf8')) as {
      id: string;
      field: string;
      level: string;
      agency: string;
      fees: { category: string }[];
    },
);
const policies = readdirSync(join(catalogs, 'policies')).flatMap(
  (name) =>
    (
      JSON.parse(readFileSync(join(catalogs, 'policies', name), 'utf8')) as {
        policies: { id: string; covers?: { categories?: string[] } }[];
      }
    ).policies,
);
const committed = JSON.parse(readFileSync(join(catalogs, 'registry.json'), 'utf8')) as Registry;
const agencyOf = (id: string) => committed.agencies.find((a) => a.id === id)!;

let env: TestPlatform;
let admin: ReturnType<typeof createAdminApp>;
const t: Record<string, string> = {};
const as = (user: string, method: string, path: string, body?: unknown) =>
  send(admin, method, path, { token: t[user], body });
const base = '/api/admin/registry/registry';

beforeAll(async () => {
  env = await createTestDeps();
  admin = createAdminApp(env.deps);
  for (const user of ['admin.hoankiem', 'admin.saigon', 'author.hoankiem'])
    t[user] = await env.officerToken(user);
  await env.seedCatalog();
  await env.seedCatalogData();
});
afterAll(async () => {
  await env?.stop();
});

/** Saves `change(published registry)` as the draft and submits it; returns both answers. */
async function attempt(change: (r: Registry) => void) {
  const registry = structuredClone(committed);
  change(registry);
  const draft = await as('admin.hoankiem', 'PUT', base, { registry });
  expect([200, 201]).toContain(draft.status);
  const submit = await as('admin.hoankiem', 'POST', `${base}/versions/${draft.body.version.version}/submit`);
  return { draft, submit };
}

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe('a registry change that would orphan something published is refused, naming it', () => {
  it('removing a field used by published procedures', async () => {
    const { draft, submit } = await attempt((r) => {
      r.fields = r.fields.filter((f) => f.id !== 'ho-tich');
    });
    const concerned = procedures
      .filter((p) => p.field === 'ho-tich')
      .map((p) => p.id)
      .sort();
    expect(concerned.length).toBeGreaterThan(1);
    expect(ids(draft.body.registryCheck.broken)).toEqual(concerned);
    expect(submit.status).toBe(409);
    expect(submit.body.code).toBe('registry.breaks-published');
    for (const id of concerned) expect(submit.body.messages.vi).toContain(id);
    expect(submit.body.messages.en).toContain('field.unknown');
    expect(submit.body.errors).toContainEqual(
      expect.objectContaining({ path: `/procedures/${concerned[0]}/field`, code: 'field.unknown' }),
    );
  });

  it('renaming a fee category: the procedures with such lines and the policies covering it', async () => {
    const { submit } = await attempt((r) => {
      r.feeCategories = r.feeCategories.map((c) => (c.id === 'ho-tich' ? { ...c, id: 'le-phi-ho-tich' } : c));
    });
    const concernedProcedures = procedures.filter((p) => p.fees.some((f) => f.category === 'ho-tich'));
    const concernedPolicies = policies.filter((p) => p.covers?.categories?.includes('ho-tich'));
    expect(concernedPolicies.length).toBeGreaterThan(0);
    expect(submit.status).toBe(409);
    const paths: string[] = submit.body.errors.map((e: { path: string }) => e.path);
    const named = new Set(paths.map((p) => p.split('/').slice(1, 3).join('/')));
    expect([...named].sort()).toEqual(
      [
        ...concernedProcedures.map((p) => `procedures/${p.id}`),
        ...concernedPolicies.map((p) => `policies/${p.id}`),
      ].sort(),
    );
    expect(submit.body.errors.map((e: { code: string }) => e.code)).toEqual(
      expect.arrayContaining(['fee.category.unknown', 'policy.category.unknown']),
    );
  });

  it('removing a level: procedures at that level and those of agencies at that level', async () => {
    const { submit } = await attempt((r) => {
      r.levels = r.levels.filter((l) => l.id !== 'tinh');
    });
    const concerned = procedures
      .filter((p) => p.level === 'tinh' || agencyOf(p.agency).level === 'tinh')
      .map((p) => p.id)
      .sort();
    expect(concerned.length).toBeGreaterThan(0);
    expect(submit.status).toBe(409);
    const named = new Set<string>(submit.body.errors.map((e: { path: string }) => e.path.split('/')[2]));
    expect([...named].sort()).toEqual(concerned);
    expect(submit.body.errors).toContainEqual(
      expect.objectContaining({ path: `/procedures/${concerned[0]}/agency`, code: 'agency.level.unknown' }),
    );
  });

  it('removing an administrative unit that an agency of published procedures sits in', async () => {
    const { draft, submit } = await attempt((r) => {
      r.jurisdictions = r.jurisdictions.filter((j) => j.id !== 'phuong-ba-dinh');
    });
    const concerned = procedures
      .filter((p) => agencyOf(p.agency).jurisdiction === 'phuong-ba-dinh')
      .map((p) => p.id)
      .sort();
    expect(concerned.length).toBeGreaterThan(0);
    expect(ids(draft.body.registryCheck.broken)).toEqual(concerned);
    expect(submit.status).toBe(409);
    expect(submit.body.errors).toContainEqual(
      expect.objectContaining({
        path: `/procedures/${concerned[0]}/agency`,
        code: 'agency.jurisdiction.unknown',
        message: expect.objectContaining({ vi: expect.stringContaining('phuong-ba-dinh') }),
      }),
    );
  });
});

describe('bad registry input gets a clear error at the offending entry', () => {
  it('an id that is not a lower-case slug, an empty name: 422 with pointers, vi and en', async () => {
    const registry = structuredClone(committed);
    registry.feeCategories.push({ id: 'Le Phi Moi', name: { vi: 'Lệ phí mới', en: 'New charge' } });
    registry.fields.push({ id: 'y-te', name: { vi: '', en: 'Health' } });
    const res = await as('admin.hoankiem', 'PUT', base, { registry });
    expect(res.status).toBe(422);
    const pointers = res.body.errors.map((e: { path: string }) => e.path);
    expect(pointers).toContain(`/feeCategories/${registry.feeCategories.length - 1}/id`);
    expect(pointers).toContain(`/fields/${registry.fields.length - 1}/name/vi`);
    expect(res.body.messages.vi).toMatch(/danh mục/i);
    expect(res.body.messages.en).toMatch(/registry/i);
  });

  it('a duplicate id is refused at submit, pointing at the second entry', async () => {
    const { submit } = await attempt((r) => {
      r.levels.push({ id: 'xa', name: { vi: 'Cấp Xã (trùng)', en: 'Commune (again)' } });
    });
    expect(submit.status).toBe(422);
    expect(submit.body.errors).toContainEqual(
      expect.objectContaining({
        code: 'registry.id.duplicate',
        path: `/levels/${committed.levels.length}/id`,
      }),
    );
  });

  it('only an administrator may change the registry', async () => {
    const res = await as('author.hoankiem', 'PUT', base, { registry: committed });
    expect(res.status).toBe(403);
  });
});

describe('a harmless change to the four kinds goes through review and is published', () => {
  it('adds a field, a fee category, a level, an administrative unit; four-eyes; diff; audit', async () => {
    const { draft, submit } = await attempt((r) => {
      r.fields.push({ id: 'y-te', name: { vi: 'Y tế', en: 'Health' } });
      r.feeCategories.push({ id: 'phi-y-te', name: { vi: 'Phí y tế', en: 'Health fees' } });
      r.levels.push({ id: 'dac-khu', name: { vi: 'Cấp Đặc khu', en: 'Special zone' } });
      r.jurisdictions.push({
        id: 'dac-khu-phu-quoc',
        name: { vi: 'Đặc khu Phú Quốc', en: 'Phu Quoc Special Zone' },
        level: 'dac-khu',
        parent: 'viet-nam',
      });
    });
    expect(draft.body.registryCheck.broken).toEqual([]);
    expect(submit.status).toBe(200);
    const v = draft.body.version.version;
    expect((await as('admin.hoankiem', 'POST', `${base}/versions/${v}/approve`)).status).toBe(403);
    expect((await as('admin.saigon', 'POST', `${base}/versions/${v}/approve`)).status).toBe(200);
    const published = await as('admin.saigon', 'POST', `${base}/versions/${v}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.head.publishedVersion).toBe(v);

    const diff = await as('admin.saigon', 'GET', `${base}/diff?from=1&to=${v}`);
    const added = diff.body.changes
      .filter((c: { op: string }) => c.op === 'add')
      .map((c: { path: string }) => c.path);
    expect(added).toEqual(
      expect.arrayContaining([
        `/fields/${committed.fields.length}`,
        `/feeCategories/${committed.feeCategories.length}`,
        `/levels/${committed.levels.length}`,
        `/jurisdictions/${committed.jurisdictions.length}`,
      ]),
    );
    const audit = await as('admin.saigon', 'GET', `${base}/audit`);
    const actions = audit.body.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['registry.update', 'registry.submit', 'registry.approve', 'registry.publish']),
    );
    // what is published is what the next draft starts from: the new unit and category are there
    const current = await as('author.hoankiem', 'GET', `${base}/versions/${v}`);
    expect(ids(current.body.version.body.jurisdictions)).toContain('dac-khu-phu-quoc');
    expect(ids(current.body.version.body.feeCategories)).toContain('phi-y-te');
  });
});
