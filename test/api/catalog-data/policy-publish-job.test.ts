/**
 * Publishing a council resolution on a catalog larger than a request may build (inlineLimit): the
 * admin API answers 202 with a publish job, the job builds the release outside the request and
 * only then marks the policy published. A failed build leaves the previous release current and
 * the policy approved; a successful one compiles and writes only the procedure the policy covers,
 * and the quote API shows the new fee. The builder's client shows the job's progress.
 * Real stack: hono apps, DynamoDB Local and s3rver, the in-process runner (awaited via idle()).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../builder-ui/src/api/client';
import { publishDocVersion } from '../../../builder-ui/src/builder/publish-doc';
import type { Localized } from '../../../builder-ui/src/i18n/lang';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createFormsApp } from '../../../functions/apps/forms/app';
import { createPublishApp } from '../../../functions/apps/publish/app';
import { seedPublisher } from '../../../functions/local/seed-all';
import { publishCatalog } from '../../../functions/use-cases/publish/publish-catalog';
import { inlineLimit, inProcessRunner } from '../../../functions/use-cases/publish/publish-job';
import { injectFault } from '../../support/inject-fault';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { send } from '../admin/http';
import { sampleProcedure } from '../admin/sample-procedure';

let env: TestPlatform;
let runner: ReturnType<typeof inProcessRunner>;
let admin: ReturnType<typeof createAdminApp>;
let publish: ReturnType<typeof createPublishApp>;
let forms: ReturnType<typeof createFormsApp>;
const t: Record<string, string> = {};
const count = inlineLimit + 5;
const ids = Array.from({ length: count }, (_, i) => `ho-tich-phuong-${i + 1}`);
const realFetch = globalThis.fetch;

/** A Ho Chi Minh City resolution making one procedure's in-person charge 0 đồng from today. */
const policyFor = (id: string, procedure: string) => ({
  id,
  resolution: {
    number: `${id}/2026/NQ-HĐND`,
    date: '2026-11-20',
    issuer: 'Hội đồng nhân dân Thành phố Hồ Chí Minh',
    title: 'Miễn lệ phí đăng ký khai sinh tại bộ phận một cửa (thử nghiệm)',
    confirmed: true,
  },
  summary: { vi: 'Lệ phí 0 đồng khi nộp trực tiếp', en: '0 đồng when filed in person' },
  effectiveFrom: '2026-12-01',
  effectiveTo: null,
  channels: ['in-person'],
  covers: { feeLines: [{ procedure, line: 'le-phi' }] },
  effect: { type: 'set-zero' },
  sources: ['Bản thử nghiệm'],
});

const as = (user: string, method: string, path: string, body?: unknown) =>
  send(admin, method, path, { token: t[user], body });
const inPerson = async (procedureId: string) =>
  (
    await send(forms, 'POST', `/api/forms/${procedureId}/quote`, {
      body: { channel: 'in-person', answers: {} },
    })
  ).body.total;

/** Drafts, submits and approves a policy (four eyes), ready to publish. */
async function approvedPolicy(policy: ReturnType<typeof policyFor>) {
  const base = `/api/admin/policies/${policy.id}`;
  expect(
    (await as('author.sonoivu-hcm', 'POST', '/api/admin/policies', { jurisdiction: 'ho-chi-minh', policy }))
      .status,
  ).toBe(201);
  expect((await as('author.sonoivu-hcm', 'POST', `${base}/versions/1/submit`)).status).toBe(200);
  expect((await as('approver.sonoivu-hcm', 'POST', `${base}/versions/1/approve`)).status).toBe(200);
  return base;
}

beforeAll(async () => {
  env = await createTestDeps();
  runner = inProcessRunner(env.deps);
  admin = createAdminApp(env.deps, { runner });
  publish = createPublishApp(env.deps, { runner });
  forms = createFormsApp(env.deps);
  for (const user of ['author.sonoivu-hcm', 'approver.sonoivu-hcm', 'publisher.sonoivu-hcm'])
    t[user] = await env.officerToken(user);
  await env.seedCatalogData();
  await env.seedCatalog(ids.map((id, i) => sampleProcedure({ id, code: `7.${String(i).padStart(6, '0')}` })));
  await publishCatalog(env.deps, seedPublisher);
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await env?.stop();
});

describe('a policy publish on a catalog above the inline limit', () => {
  const policy = policyFor('hcm-thu-nghiem-mot-cua', ids[2]!);
  let base = '';

  it('answers 202 with a job; a build that fails leaves the previous release current and the policy approved', async () => {
    base = await approvedPolicy(policy);
    const before = await env.deps.releases.getCurrentPointer();
    const fault = injectFault(env, { service: 's3', command: 'PutObjectCommand', after: 1 });
    const started = await as('publisher.sonoivu-hcm', 'POST', `${base}/versions/1/publish`);
    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toBe(`/api/publish/jobs/${started.body.job.jobId}`);
    expect(started.body.job).toMatchObject({ status: 'running', done: 0, total: count });
    expect(started.body.version.status).toBe('approved');
    await runner.idle();
    fault.remove();

    const job = await send(publish, 'GET', `/api/publish/jobs/${started.body.job.jobId}`, {
      token: t['publisher.sonoivu-hcm'],
    });
    expect(job.body.status).toBe('failed');
    expect(job.body.error.vi).toContain('bản phát hành trước vẫn đang phục vụ');
    expect(job.body.error.en).toContain('previous release is still serving');
    expect(await env.deps.releases.getCurrentPointer()).toEqual(before);
    const head = (await as('publisher.sonoivu-hcm', 'GET', base)).body.head;
    expect(head).toMatchObject({ status: 'approved', publishedVersion: null });
    expect(await inPerson(ids[2]!)).toBe(8000);
  });

  it('undoes the mark when the release cannot be made current (the pointer write fails)', async () => {
    const before = await env.deps.releases.getCurrentPointer();
    const fault = injectFault(env, {
      service: 'dynamodb',
      command: 'TransactWriteItemsCommand',
      matching: 'CATALOG#RELEASE',
    });
    const started = await as('publisher.sonoivu-hcm', 'POST', `${base}/versions/1/publish`);
    expect(started.status).toBe(202);
    await runner.idle();
    fault.remove();
    expect(fault.failures).toBeGreaterThan(0);
    const job = await send(publish, 'GET', `/api/publish/jobs/${started.body.job.jobId}`, {
      token: t['publisher.sonoivu-hcm'],
    });
    expect(job.body.status).toBe('failed');
    expect(await env.deps.releases.getCurrentPointer()).toEqual(before);
    const head = (await as('publisher.sonoivu-hcm', 'GET', base)).body.head;
    expect(head).toMatchObject({ status: 'approved', publishedVersion: null });
    const audit = (await as('publisher.sonoivu-hcm', 'GET', `${base}/audit`)).body.entries;
    expect(audit.map((e: { action: string }) => e.action).slice(-2)).toEqual([
      'policy.publish',
      'policy.publish-undone',
    ]);
  });

  it('publishes on a retry: the job completes, only the covered procedure is rebuilt, the quote shows 0 đồng', async () => {
    const before = (await env.deps.releases.getCurrentPointer())!;
    const started = await as('publisher.sonoivu-hcm', 'POST', `${base}/versions/1/publish`);
    expect(started.status).toBe(202);
    await runner.idle();
    const job = (
      await send(publish, 'GET', `/api/publish/jobs/${started.body.job.jobId}`, {
        token: t['publisher.sonoivu-hcm'],
      })
    ).body;
    expect(job).toMatchObject({ status: 'succeeded', done: count, total: count });
    // one procedure compiled; the others' files come from the previous release unchanged
    expect(job.stats).toMatchObject({ built: 1, reused: count - 1 });
    // its detail, form, types + index, search, context + summary, manifest, pointer, latest: O(affected)
    expect(job.stats.objectsWritten).toBeLessThanOrEqual(10);
    const current = (await env.deps.releases.getCurrentPointer())!;
    expect(current.releaseId).toBe(job.releaseId);
    expect(current.releaseId).not.toBe(before.releaseId);

    expect(await inPerson(ids[2]!)).toBe(0);
    expect(await inPerson(ids[3]!)).toBe(8000);
    const head = (await as('publisher.sonoivu-hcm', 'GET', base)).body.head;
    expect(head).toMatchObject({ status: 'published', publishedVersion: 1 });
    const audit = (await as('publisher.sonoivu-hcm', 'GET', `${base}/audit`)).body.entries;
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      'policy.create',
      'policy.submit',
      'policy.approve',
      'policy.publish',
      'policy.publish-undone',
      'policy.publish',
    ]);
  });
});

describe('the builder’s publish button on a large catalog', () => {
  it('shows the job’s progress and ends with the published version', async () => {
    const base = await approvedPolicy(policyFor('hcm-thu-nghiem-hai', ids[4]!));
    const apps = [admin, publish];
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      return (path.startsWith('/api/admin/') ? apps[0]! : apps[1]!).request(path, init);
    }) as typeof fetch;
    const shown: Localized[] = [];
    const published = await publishDocVersion<{ version: { status: string }; impact: unknown[] }>(
      `${base}/versions/1`,
      t['publisher.sonoivu-hcm']!,
      (text) => shown.push(text),
    );
    expect(shown[0]!.vi).toMatch(new RegExp(`^Đang công bố lên Cổng dịch vụ công… \\d+/${count} thủ tục$`));
    expect(published.version.status).toBe('published');
    expect(Array.isArray(published.impact)).toBe(true);
    expect(await inPerson(ids[4]!)).toBe(0);
  });

  it('reports a failed job with the server’s reason, the version still approved', async () => {
    const base = await approvedPolicy(policyFor('hcm-thu-nghiem-ba', ids[5]!));
    const fault = injectFault(env, { service: 's3', command: 'PutObjectCommand' });
    const error = await publishDocVersion(`${base}/versions/1`, t['publisher.sonoivu-hcm']!).catch(
      (e: unknown) => e,
    );
    fault.remove();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).messages.vi).toContain('Công bố thất bại');
    expect((await as('publisher.sonoivu-hcm', 'GET', base)).body.head.status).toBe('approved');
    expect(await inPerson(ids[5]!)).toBe(8000);
  });
});
