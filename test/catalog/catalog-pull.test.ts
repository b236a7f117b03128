/**
 * `catalog pull` / `catalog push` against the seeded system (real admin app, local DynamoDB/S3).
 * With the national reader's token (`dongbo.quocgia`) pull writes catalogs/ back byte for byte:
 * the registry, every policy file and every procedure. The only files it does not write are
 * listed below (not catalog data: no API serves them). With an agency officer's token it writes
 * that agency's procedures and lists the others as not on the server, deleting nothing. Pushing
 * what pull wrote changes nothing; an edited file becomes a draft waiting for review.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../functions/apps/admin/app';
import { pullCatalog, type SyncOptions } from '../../functions/cli/sync/pull-catalog';
import { pushCatalog } from '../../functions/cli/sync/push-catalog';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

const catalogs = join(import.meta.dirname, '..', '..', 'catalogs');
/** Files of catalogs/ pull does not write, and why: the format's own docs and JSON Schemas. */
const notCatalogData = (path: string) => path === 'README.md' || path.startsWith('schema/');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}
const committedData = filesUnder(catalogs).filter((p) => !notCatalogData(p));

let env: TestPlatform;
let out: string;
const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
const options = async (user: string, dir: string): Promise<SyncOptions> => {
  const app = createAdminApp(env.deps);
  return {
    from: 'http://api.test',
    token: await env.officerToken(user),
    out: dir,
    fetch: (url, init) => Promise.resolve(app.request(url, init)),
  };
};

beforeAll(async () => {
  env = await createTestDeps();
  await env.seedCatalog();
  await env.seedCatalogData();
  out = temp('pull-');
});
afterAll(async () => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  await env?.stop();
});

describe('catalog pull with the national reader', () => {
  it('writes the seeded system back as catalogs/, byte for byte, with a progress step per document', async () => {
    expect(committedData.filter((p) => p.startsWith('procedures/')).length).toBeGreaterThan(2);
    const progress: [number, number][] = [];
    const report = await pullCatalog({
      ...(await options('dongbo.quocgia', out)),
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(report.changed).toEqual(committedData);
    expect(filesUnder(out)).toEqual(committedData);
    for (const path of committedData)
      expect({ path, text: readFileSync(join(out, path), 'utf8') }).toEqual({
        path,
        text: readFileSync(join(catalogs, path), 'utf8'),
      });
    // one step per document read: the registry, each policy, each procedure
    const policyCount = committedData
      .filter((p) => p.startsWith('policies/'))
      .reduce((n, p) => n + JSON.parse(readFileSync(join(catalogs, p), 'utf8')).policies.length, 0);
    const total = 1 + policyCount + committedData.filter((p) => p.startsWith('procedures/')).length;
    expect(progress).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  });

  it('reports every file unchanged when pulled over the committed catalog', async () => {
    const copy = temp('pull-copy-');
    cpSync(catalogs, copy, { recursive: true });
    const report = await pullCatalog(await options('dongbo.quocgia', copy));
    expect(report).toEqual({ changed: [], unchanged: committedData, notOnServer: [] });
  });
});

describe('catalog pull with an agency officer', () => {
  it("writes that agency's procedures and lists the others as not on the server, deleting nothing", async () => {
    const copy = temp('pull-agency-');
    cpSync(catalogs, copy, { recursive: true });
    const report = await pullCatalog(await options('author.hoankiem', copy));
    const own = committedData.filter(
      (p) =>
        p.startsWith('procedures/') &&
        JSON.parse(readFileSync(join(catalogs, p), 'utf8')).agency === 'ubnd-phuong-hoan-kiem',
    );
    expect(own.length).toBeGreaterThan(0);
    expect(report.changed).toEqual([]);
    expect(report.unchanged).toEqual(
      committedData.filter((p) => !p.startsWith('procedures/') || own.includes(p)),
    );
    expect(report.notOnServer).toEqual(
      committedData.filter((p) => p.startsWith('procedures/') && !own.includes(p)),
    );
    expect(filesUnder(copy)).toEqual(filesUnder(catalogs));
  });
});

// every push reads what is published for each file (ten procedures, five policies, the registry)
describe('catalog push', { timeout: 120_000 }, () => {
  it('pushing what pull wrote changes nothing; an edited policy becomes a draft for review', async () => {
    const dir = temp('push-policy-');
    cpSync(catalogs, dir, { recursive: true });
    const pusher = await options('author.tuphap-hanoi', dir);
    const same = await pushCatalog(pusher);
    expect(same.drafted).toEqual([]);
    expect(same.unchanged).toContain('policies/ha-noi.json#hn-77-2025-hdnd');

    const file = JSON.parse(readFileSync(join(dir, 'policies', 'ha-noi.json'), 'utf8'));
    file.policies[1].effectiveTo = '2030-12-31';
    writeFileSync(join(dir, 'policies', 'ha-noi.json'), `${JSON.stringify(file, null, 2)}\n`);
    const pushed = await pushCatalog(pusher);
    expect(pushed.drafted).toEqual(['policies/ha-noi.json#hn-77-2025-hdnd']);
    // never published by push: a draft version 2 waits for review, version 1 stays in force
    const app = createAdminApp(env.deps);
    const draft = await app.request('/api/admin/policies/hn-77-2025-hdnd', {
      headers: { authorization: `Bearer ${pusher.token}` },
    });
    expect((await draft.json()).head).toMatchObject({
      latestVersion: 2,
      publishedVersion: 1,
      status: 'draft',
    });
  });

  it("an edited procedure file becomes a draft in the builder's list; other agencies' files are refused", async () => {
    const dir = temp('push-procedure-');
    cpSync(catalogs, dir, { recursive: true });
    const pusher = await options('author.hoankiem', dir);
    const name = committedData.find(
      (p) =>
        p.startsWith('procedures/') &&
        JSON.parse(readFileSync(join(catalogs, p), 'utf8')).agency === 'ubnd-phuong-hoan-kiem',
    )!;
    const definition = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    definition.name.vi = `${definition.name.vi} (sửa đổi)`;
    writeFileSync(join(dir, name), `${JSON.stringify(definition, null, 2)}\n`);
    const pushed = await pushCatalog(pusher);
    expect({ drafted: pushed.drafted, refused: pushed.refused.filter((l) => l.startsWith(name)) }).toEqual({
      drafted: [name],
      refused: [],
    });
    // the other agencies' files: this officer may not draft them, each is named with the reason
    const others = committedData.filter(
      (p) =>
        p.startsWith('procedures/') &&
        JSON.parse(readFileSync(join(catalogs, p), 'utf8')).agency !== 'ubnd-phuong-hoan-kiem',
    );
    expect(pushed.refused.map((line) => line.split(':')[0])).toEqual(others);
    expect(pushed.refused[0]).toContain('403');
    // what the builder's procedure list reads (#/builder): the new draft version, the old one live
    const app = createAdminApp(env.deps);
    const list = await app.request('/api/admin/procedures', {
      headers: { authorization: `Bearer ${pusher.token}` },
    });
    const head = (await list.json()).procedures.find(
      (p: { procedureId: string }) => p.procedureId === definition.id,
    );
    expect(head).toMatchObject({ latestVersion: 2, publishedVersion: 1, status: 'draft' });
    const v2 = await app.request(`/api/admin/procedures/${definition.id}/versions/2`, {
      headers: { authorization: `Bearer ${pusher.token}` },
    });
    expect((await v2.json()).definition.name.vi).toBe(definition.name.vi);
  });
});
