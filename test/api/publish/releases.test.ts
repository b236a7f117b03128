/**
 * Catalog releases through the publish API against DynamoDB Local and s3rver (real SDK): the artefacts
 * of a release, publishing again with no change, the chain of releases, and an S3 failure midway
 * leaving the previous release current.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createPublishApp } from '../../../functions/apps/publish/app';
import type { Procedure } from '../../../functions/core/types';
import { readReleaseFile } from '../../../functions/use-cases/publish/read-release';
import { type Fault, injectFault } from '../../support/inject-fault';
import { createTestDeps, type TestPlatform as TestDeps } from '../../support/test-deps';
import { send } from '../admin/http';
import { sampleProcedure } from '../admin/sample-procedure';

let env: TestDeps;
let admin: ReturnType<typeof createAdminApp>;
let publish: ReturnType<typeof createPublishApp>;
const t: Record<string, string> = {};
let fault: Fault | undefined;
const releases = '/api/publish/releases';
/** The first release built (by the first describe); the later ones list and roll back to it. */
let first = '';

beforeAll(async () => {
  env = await createTestDeps();
  admin = createAdminApp(env.deps);
  publish = createPublishApp(env.deps);
  for (const user of ['author.saigon', 'approver.saigon', 'publisher.saigon', 'publisher.hoankiem']) {
    t[user] = await env.officerToken(user);
  }
});
afterEach(() => fault?.remove());
afterAll(async () => env?.stop());

/** Takes a definition through draft → review → approval → published version 1. */
async function publishProcedure(definition: Procedure): Promise<void> {
  const base = `/api/admin/procedures/${definition.id}/versions/1`;
  expect(
    (await send(admin, 'POST', '/api/admin/procedures', { token: t['author.saigon'], body: { definition } }))
      .status,
  ).toBe(201);
  expect((await send(admin, 'POST', `${base}/submit`, { token: t['author.saigon'] })).status).toBe(200);
  expect((await send(admin, 'POST', `${base}/approve`, { token: t['approver.saigon'] })).status).toBe(200);
  expect((await send(admin, 'POST', `${base}/publish`, { token: t['publisher.saigon'] })).status).toBe(200);
}

/** A file of a release, resolved through its manifest like the portal does. */
const readJson = async (releaseId: string, path: string) =>
  JSON.parse((await readReleaseFile(env.deps, releaseId, path)) ?? 'null');

describe('catalog releases', () => {
  it('has no current release before the first publish (404), and needs the publisher role', async () => {
    const none = await send(publish, 'GET', `${releases}/current`, { token: t['author.saigon'] });
    expect(none.status).toBe(404);
    expect(none.body.code).toBe('release.none');
    expect((await send(publish, 'POST', releases, {})).status).toBe(401);
    const author = await send(publish, 'POST', releases, { token: t['author.saigon'] });
    expect(author.status).toBe(403);
    expect(author.body.code).toBe('auth.missing-role');
  });

  it('builds index, details, forms and types of the published versions and makes them current', async () => {
    await publishProcedure(sampleProcedure());
    // a draft that was never published stays out of the catalog
    await send(admin, 'POST', '/api/admin/procedures', {
      token: t['author.saigon'],
      body: { definition: sampleProcedure({ id: 'chua-cong-bo' }) },
    });
    const reply = await send(publish, 'POST', releases, { token: t['publisher.hoankiem'] });
    expect(reply.status).toBe(201);
    expect(reply.body.changed).toBe(true);
    const manifest = reply.body.release;
    first = manifest.releaseId;
    expect(manifest.procedures).toEqual([{ id: 'dang-ky-khai-sinh-thu', version: 1 }]);
    expect(manifest.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual([
      'catalog-context.json',
      'forms/dang-ky-khai-sinh-thu.json',
      'index.json',
      'procedures/dang-ky-khai-sinh-thu.json',
      'scopes.json',
      'search.json',
      'types/dang-ky-khai-sinh-thu.ts',
    ]);

    const index = await readJson(first, 'index.json');
    const entry = index.procedures[0];
    expect(entry).toMatchObject({
      id: 'dang-ky-khai-sinh-thu',
      code: '1.001193',
      field: { id: 'ho-tich', name: { vi: 'Hộ tịch' } },
      agency: { id: 'ubnd-phuong-sai-gon' },
      onlineLevel: 'full',
    });
    // 8,000 đồng at the counter, 0 đồng online under HCM City Resolution 411/NQ-HĐND
    expect(entry.fees.zeroOnline).toBe(true);
    expect(entry.fees.onlinePolicies.map((p: { id: string }) => p.id)).toEqual(['hcm-411-2025']);
    expect(entry.fees.channels.map((c: { channel: string; total: number }) => [c.channel, c.total])).toEqual([
      ['in-person', 8000],
      ['online', 0],
    ]);
    expect(entry.reusableDocuments).toEqual([
      expect.objectContaining({ id: 'giay-chung-sinh', sources: ['warehouse'], modes: ['fallback'] }),
    ]);

    const detail = await readJson(first, 'procedures/dang-ky-khai-sinh-thu.json');
    expect(detail.tests).toBeUndefined();
    expect(detail.channels[1].quote.total).toBe(0);
    expect(detail.legalBasis[0].number).toBe('60/2014/QH13');
    const form = await readJson(first, 'forms/dang-ky-khai-sinh-thu.json');
    expect(form.channel).toBe('online');
    expect(Object.keys(form.schema.properties)).toEqual(['hoTenTre', 'ngaySinh']);
    const types = await readReleaseFile(env.deps, first, 'types/dang-ky-khai-sinh-thu.ts');
    expect(types).toContain('export interface DangKyKhaiSinhThuAnswers');
    expect(types).toMatch(/hoTenTre: string;/);

    // the current release as a summary, not its manifest; one procedure's entry on its own
    const current = await send(publish, 'GET', `${releases}/current`, { token: t['author.saigon'] });
    expect(current.body.current.releaseId).toBe(first);
    expect(current.body.manifest).toBeUndefined();
    expect(current.body.release).toMatchObject({
      releaseId: first,
      digest: manifest.digest,
      createdBy: 'publisher.hoankiem',
      procedures: 1,
      files: manifest.files.length,
    });
    const held = await send(publish, 'GET', `${releases}/current/procedures/dang-ky-khai-sinh-thu`, {
      token: t['author.saigon'],
    });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({
      releaseId: first,
      procedure: { id: 'dang-ky-khai-sinh-thu', version: 1 },
    });
    expect(held.body.procedure.files.map((f: { path: string }) => f.path).sort()).toEqual([
      'forms/dang-ky-khai-sinh-thu.json',
      'procedures/dang-ky-khai-sinh-thu.json',
      'types/dang-ky-khai-sinh-thu.ts',
    ]);
    const absent = await send(publish, 'GET', `${releases}/current/procedures/chua-cong-bo`, {
      token: t['author.saigon'],
    });
    expect(absent.status).toBe(404);
    expect(absent.body.code).toBe('release.procedure-absent');
    expect(absent.body.messages.vi).toContain('Bản phát hành hiện hành không có thủ tục');
    const audit = await env.deps.audit.list('catalog');
    expect(audit.map((e) => [e.action, e.actor, e.agency, e.detail?.releaseId])).toEqual([
      ['catalog.publish', 'publisher.hoankiem', 'ubnd-phuong-hoan-kiem', first],
    ]);
  });

  it('is a no-op when nothing changed', async () => {
    const again = await send(publish, 'POST', releases, { token: t['publisher.saigon'] });
    expect(again.status).toBe(200);
    expect(again.body.changed).toBe(false);
    expect(again.body.release.releaseId).toBe(first);
  });

  it('stays a no-op when the store hands back the same definition with its keys in another order', async () => {
    // DynamoDB documents maps as unordered: simulate it by re-storing the published version reversed
    const stored = (await env.deps.procedures.getVersion('dang-ky-khai-sinh-thu', 1))!;
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    const reordered = {
      ...stored,
      definition: reversed(stored.definition) as typeof stored.definition,
      revision: stored.revision + 1,
    };
    expect(Object.keys(reordered.definition)[0]).not.toBe(Object.keys(stored.definition)[0]);
    await env.deps.procedures.updateVersion(reordered, stored.revision);
    const again = await send(publish, 'POST', releases, { token: t['publisher.saigon'] });
    expect(again.status).toBe(200);
    expect(again.body.changed).toBe(false);
  });

  it('an S3 failure midway leaves the previous release current and serving', async () => {
    await publishProcedure(
      sampleProcedure({ id: 'thu-tuc-thu-hai', name: { vi: 'Thủ tục thứ hai', en: 'Second' } }),
    );
    fault = injectFault(env, { service: 's3', command: 'PutObjectCommand', after: 2 });
    const failed = await send(publish, 'POST', releases, { token: t['publisher.saigon'] });
    expect(failed.status).toBe(503);
    expect(failed.body.code).toBe('dependency.unavailable');
    fault.remove();
    const current = await send(publish, 'GET', `${releases}/current`, { token: t['publisher.saigon'] });
    expect(current.body.current.releaseId).toBe(first);
    const index = await readJson(first, 'index.json');
    expect(index.procedures.map((p: { id: string }) => p.id)).toEqual(['dang-ky-khai-sinh-thu']);
  });

  it('publishing the change makes a new release; the old one stays readable and listed', async () => {
    const reply = await send(publish, 'POST', releases, { token: t['publisher.saigon'] });
    expect(reply.status).toBe(201);
    const second = reply.body.release.releaseId as string;
    expect(second).not.toBe(first);
    expect(reply.body.release.previous).toBe(first);
    expect(reply.body.release.procedures.map((p: { id: string }) => p.id)).toEqual([
      'dang-ky-khai-sinh-thu',
      'thu-tuc-thu-hai',
    ]);
    const list = await send(publish, 'GET', releases, { token: t['author.saigon'] });
    expect(list.body.releases.map((r: { releaseId: string }) => r.releaseId)).toEqual([second, first]);
    const old = await readJson(first, 'index.json');
    expect(old.procedures).toHaveLength(1);
    const byId = await send(publish, 'GET', `${releases}/${first}`, { token: t['author.saigon'] });
    expect(byId.body.releaseId).toBe(first);
    expect((await send(publish, 'GET', `${releases}/khong-co`, { token: t['author.saigon'] })).status).toBe(
      404,
    );
  });
});

describe('the release list', () => {
  it('is small summaries a page at a time, newest first, with what changed against the one before', async () => {
    const token = t['author.saigon'];
    const page1 = await send(publish, 'GET', `${releases}?limit=1`, { token });
    expect(page1.status).toBe(200);
    expect(page1.body.releases).toHaveLength(1);
    const newest = page1.body.releases[0];
    expect(newest).toMatchObject({
      current: true,
      previous: first,
      procedures: 2,
      files: expect.any(Number),
      bytes: expect.any(Number),
      built: 1,
      changes: {
        added: { count: 1, ids: ['thu-tuc-thu-hai'] },
        removed: { count: 0, ids: [] },
        changed: { count: 0, ids: [] },
      },
    });
    expect(page1.body.current).toBe(newest.releaseId);
    expect(page1.body.next).toBe(newest.releaseId);

    const page2 = await send(publish, 'GET', `${releases}?limit=1&after=${page1.body.next}`, { token });
    expect(
      page2.body.releases.map((r: { releaseId: string; current: boolean }) => [r.releaseId, r.current]),
    ).toEqual([[first, false]]);
    expect(page2.body.next).toBeNull();

    expect((await send(publish, 'GET', `${releases}?limit=0`, { token })).status).toBe(400);
    expect((await send(publish, 'GET', `${releases}?limit=51`, { token })).status).toBe(400);
    const unknown = await send(publish, 'GET', `${releases}?after=20200101T000000Z-000000000000`, { token });
    expect(unknown.status).toBe(404);
  });

  it('rollback answers the release’s summary, not its manifest', async () => {
    const current = (await send(publish, 'GET', `${releases}/current`, { token: t['publisher.saigon'] }))
      .body;
    const back = await send(publish, 'POST', `${releases}/${first}/make-current`, {
      token: t['publisher.saigon'],
    });
    expect(back.status).toBe(200);
    expect(back.body.release).toMatchObject({ releaseId: first, procedures: 1, files: expect.any(Number) });
    // the newer release stays listed (from the newest), so it can be made current again
    const list = await send(publish, 'GET', releases, { token: t['author.saigon'] });
    expect(
      list.body.releases.map((r: { releaseId: string; current: boolean }) => [r.releaseId, r.current]),
    ).toEqual([
      [current.current.releaseId, false],
      [first, true],
    ]);
    const forward = await send(publish, 'POST', `${releases}/${current.current.releaseId}/make-current`, {
      token: t['publisher.saigon'],
    });
    expect(forward.status).toBe(200);
  });
});

describe('retire racing catalog publication', () => {
  it('never answers 5xx and never builds a release naming a version that is not there', async () => {
    const ids = ['dua-1', 'dua-2', 'dua-3', 'dua-4', 'dua-5'];
    for (const id of ids) await publishProcedure(sampleProcedure({ id }));
    const retire = (id: string) =>
      send(admin, 'POST', `/api/admin/procedures/${id}/retire`, { token: t['publisher.saigon'], body: {} });
    const build = () => send(publish, 'POST', releases, { token: t['publisher.saigon'] });
    // Interleave: every retire has a catalog publication starting right next to it.
    const replies = await Promise.all(ids.flatMap((id) => [build(), retire(id)]).concat([build()]));
    expect(replies.map((r) => r.status).filter((status) => status >= 500)).toEqual([]);
    for (const id of ids) {
      expect((await env.deps.procedures.getHead(id))?.publishedVersion).toBeNull();
    }
    const built = replies.filter((r) => r.body?.release?.procedures);
    expect(built.length).toBeGreaterThan(0);
    for (const reply of built) {
      for (const entry of reply.body.release.procedures as { id: string; version: number }[]) {
        const stored = await env.deps.procedures.getVersion(entry.id, entry.version);
        expect(stored?.status, `${entry.id} v${entry.version}`).toMatch(/^(published|retired)$/);
      }
    }
    const after = await build();
    const names = (after.body.release.procedures as { id: string }[]).map((p) => p.id);
    expect(names.filter((name) => ids.includes(name))).toEqual([]);
  });
});
