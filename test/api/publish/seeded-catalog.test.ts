/**
 * Publishing the real catalog (catalogs/procedures, seeded as published versions the way
 * `npm start` does): every procedure gets its detail, form and answer types, and the HCM City
 * procedures carry the "0 đồng online" marker of Resolution 411/NQ-HĐND.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPublishApp } from '../../../functions/apps/publish/app';
import { readReleaseFile } from '../../../functions/use-cases/publish/read-release';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { send } from '../admin/http';

let env: TestPlatform;
let seeded: string[] = [];

beforeAll(async () => {
  env = await createTestDeps();
  seeded = await env.seedCatalog();
});
afterAll(async () => env?.stop());

it('publishes every seeded procedure with its detail, form and answer types', async () => {
  expect(seeded.length).toBeGreaterThan(0);
  const app = createPublishApp(env.deps);
  const reply = await send(app, 'POST', '/api/publish/releases', {
    token: await env.officerToken('admin.hoankiem'),
  });
  expect(reply.status).toBe(201);
  const { releaseId, procedures, files } = reply.body.release;
  expect(procedures.map((p: { id: string }) => p.id).sort()).toEqual([...seeded].sort());
  const paths = new Set(files.map((f: { path: string }) => f.path));
  for (const id of seeded) {
    for (const path of [`procedures/${id}.json`, `forms/${id}.json`, `types/${id}.ts`])
      expect(paths.has(path), path).toBe(true);
    const types = await readReleaseFile(env.deps, releaseId, `types/${id}.ts`);
    expect(types).toMatch(/^export interface \w+Answers \{/m);
  }

  const index = JSON.parse((await readReleaseFile(env.deps, releaseId, 'index.json')) ?? '{}');
  const khaiSinh = index.procedures.find((p: { id: string }) => p.id === 'dang-ky-khai-sinh');
  expect(khaiSinh.agency.id).toBe('ubnd-phuong-sai-gon');
  expect(khaiSinh.fees.zeroOnline).toBe(true);
  expect(
    khaiSinh.fees.onlinePolicies.map((p: { resolution: { number: string } }) => p.resolution.number),
  ).toContain('411/NQ-HĐND');
  // procedures that charge nothing anywhere are "free", not "0 đồng online"
  for (const entry of index.procedures) {
    if (entry.fees.free) expect(entry.fees.zeroOnline).toBe(false);
  }
});
