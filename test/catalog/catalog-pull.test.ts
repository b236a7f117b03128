/**
 * `catalog pull` against the seeded system (real admin app, local DynamoDB): the registry, the
 * policy files and the officer's agency's procedures come back byte for byte as committed, and a
 * second pull over them reports nothing changed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../functions/apps/admin/app';
import { pullCatalog } from '../../functions/cli/sync/pull-catalog';
import { pushCatalog } from '../../functions/cli/sync/push-catalog';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

const catalogs = join(import.meta.dirname, '..', '..', 'catalogs');
let env: TestPlatform;
let out: string;

beforeAll(async () => {
  env = await createTestDeps();
  await env.seedCatalog();
  await env.seedCatalogData();
  out = mkdtempSync(join(tmpdir(), 'pull-'));
});
afterAll(async () => {
  rmSync(out, { recursive: true, force: true });
  await env?.stop();
});

describe('catalog pull', () => {
  it('writes the seeded system back as the committed files, byte for byte', async () => {
    const app = createAdminApp(env.deps);
    const progress: number[] = [];
    const report = await pullCatalog({
      from: 'http://api.test',
      token: await env.officerToken('author.hoankiem'),
      out,
      fetch: (url, init) => Promise.resolve(app.request(url, init)),
      onProgress: (done) => progress.push(done),
    });
    const written = [...report.changed].sort();
    expect(written).toEqual([
      'policies/ha-noi.json',
      'policies/ho-chi-minh.json',
      'procedures/1.000894-dang-ky-ket-hon.json',
      'procedures/1.009994-cap-giay-phep-xay-dung-nha-o-rieng-le.json',
      'registry.json',
    ]);
    for (const path of written)
      expect(readFileSync(join(out, path), 'utf8')).toBe(readFileSync(join(catalogs, path), 'utf8'));
    // one step per document read: the registry, five policies, two procedures
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reports every file unchanged when pulled over the committed catalog', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'pull-copy-'));
    cpSync(catalogs, copy, { recursive: true });
    const app = createAdminApp(env.deps);
    const report = await pullCatalog({
      from: 'http://api.test',
      token: await env.officerToken('author.hoankiem'),
      out: copy,
      fetch: (url, init) => Promise.resolve(app.request(url, init)),
    });
    expect(report.changed).toEqual([]);
    expect(report.unchanged).toHaveLength(5);
    expect(readdirSync(join(copy, 'procedures')).length).toBe(
      readdirSync(join(catalogs, 'procedures')).length,
    );
    rmSync(copy, { recursive: true, force: true });
  });
});

describe('catalog push', () => {
  it('pushing what pull wrote changes nothing; an edited policy becomes a draft for review', async () => {
    const app = createAdminApp(env.deps);
    const options = {
      from: 'http://api.test',
      token: await env.officerToken('author.tuphap-hanoi'),
      out,
      fetch: (url: string, init: RequestInit) => Promise.resolve(app.request(url, init)),
    };
    const same = await pushCatalog(options);
    expect(same.drafted).toEqual([]);
    expect(same.unchanged).toContain('policies/ha-noi.json#hn-77-2025-hdnd');

    const file = JSON.parse(readFileSync(join(out, 'policies', 'ha-noi.json'), 'utf8'));
    file.policies[1].effectiveTo = '2030-12-31';
    writeFileSync(join(out, 'policies', 'ha-noi.json'), `${JSON.stringify(file, null, 2)}\n`);
    const pushed = await pushCatalog(options);
    expect(pushed.drafted).toEqual(['policies/ha-noi.json#hn-77-2025-hdnd']);
    // never published by push: a draft version 2 waits for review, version 1 stays in force
    const draft = await app.request('/api/admin/policies/hn-77-2025-hdnd', {
      headers: { authorization: `Bearer ${options.token}` },
    });
    expect((await draft.json()).head).toMatchObject({
      latestVersion: 2,
      publishedVersion: 1,
      status: 'draft',
    });
  });
});
