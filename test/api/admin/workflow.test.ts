/**
 * The whole life of a procedure through the admin API: draft → validate → submit → send back →
 * resubmit → approve → publish → new version → diff → publish again (v1 superseded) → retire,
 * with the status machine's refusals, immutability of published versions and the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createTestDeps, type TestPlatform as TestDeps } from '../../support/test-deps';
import { send } from './http';
import { sampleProcedure } from './sample-procedure';

let env: TestDeps;
let app: ReturnType<typeof createAdminApp>;
const t: Record<string, string> = {};
const id = 'quy-trinh-mau';
const base = `/api/admin/procedures/${id}`;
const as = (user: string, method: string, path: string, body?: unknown) =>
  send(app, method, path, { token: t[user], body });

beforeAll(async () => {
  env = await createTestDeps();
  app = createAdminApp(env.deps);
  for (const user of [
    'author.saigon',
    'approver.saigon',
    'publisher.saigon',
    'admin.saigon',
    'admin.hoankiem',
  ]) {
    t[user] = await env.officerToken(user);
  }
});
afterAll(async () => env?.stop());

describe('a procedure from draft to retirement', () => {
  it('validates a draft: format, semantic checks and embedded test cases', async () => {
    const created = await as('author.saigon', 'POST', '/api/admin/procedures', {
      definition: sampleProcedure({ id }),
    });
    expect(created.status).toBe(201);
    const report = await as('approver.saigon', 'POST', `${base}/versions/1/validate`);
    expect(report.status).toBe(200);
    expect(report.body.valid).toBe(true);
    expect(report.body.tests.map((test: { passed: boolean }) => test.passed)).toEqual([true, true]);
  });

  it('will not submit a draft whose checks fail (422 with what failed)', async () => {
    const broken = sampleProcedure({ id: 'ban-nhap-loi' });
    broken.tests[1]!.expect.feeTotal = 5000; // the in-person quote is 8,000 đồng
    broken.channels[0]!.fees = ['le-phi', 'khong-ton-tai']; // a reference the checker must catch
    await as('author.saigon', 'POST', '/api/admin/procedures', { definition: broken });
    const report = await as(
      'author.saigon',
      'POST',
      '/api/admin/procedures/ban-nhap-loi/versions/1/validate',
    );
    expect(report.body.valid).toBe(false);
    expect(report.body.problems.some((p: { path: string }) => p.path.startsWith('/channels/0/fees'))).toBe(
      true,
    );

    broken.channels[0]!.fees = ['le-phi'];
    await send(app, 'PUT', '/api/admin/procedures/ban-nhap-loi/versions/1', {
      token: t['author.saigon'],
      body: { definition: broken, revision: 1 },
    });
    const tests = await as('author.saigon', 'POST', '/api/admin/procedures/ban-nhap-loi/versions/1/validate');
    expect(tests.body.tests.map((test: { passed: boolean }) => test.passed)).toEqual([true, false]);
    const submit = await as('author.saigon', 'POST', '/api/admin/procedures/ban-nhap-loi/versions/1/submit');
    expect(submit.status).toBe(422);
    expect(submit.body.errors.some((e: { path: string }) => e.path.startsWith('/tests/1'))).toBe(true);
    const still = await as('author.saigon', 'GET', '/api/admin/procedures/ban-nhap-loi/versions/1');
    expect(still.body.status).toBe('draft');
  });

  it('goes to review, is sent back with a comment, and comes back', async () => {
    const submitted = await as('author.saigon', 'POST', `${base}/versions/1/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('in-review');

    const edit = await send(app, 'PUT', `${base}/versions/1`, {
      token: t['author.saigon'],
      body: { definition: sampleProcedure({ id }), revision: submitted.body.revision },
    });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('procedure.not-draft');
    expect((await as('author.saigon', 'POST', `${base}/versions/1/approve`)).status).toBe(403);

    const noComment = await as('approver.saigon', 'POST', `${base}/versions/1/send-back`, { comment: '  ' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.code).toBe('review.comment-required');
    const back = await as('approver.saigon', 'POST', `${base}/versions/1/send-back`, {
      comment: 'Bổ sung căn cứ pháp lý',
    });
    expect(back.body).toMatchObject({ status: 'draft', reviewComment: 'Bổ sung căn cứ pháp lý' });
    expect((await as('author.saigon', 'POST', `${base}/versions/1/submit`)).body.status).toBe('in-review');
  });

  it('is approved by a second person only, then published by a publisher', async () => {
    const wrongAgency = await as('admin.hoankiem', 'POST', `${base}/versions/1/approve`);
    expect(wrongAgency.status).toBe(403);
    expect(wrongAgency.body.code).toBe('auth.wrong-agency');
    const approved = await as('approver.saigon', 'POST', `${base}/versions/1/approve`, { comment: 'Đạt' });
    expect(approved.body.status).toBe('approved');
    expect((await as('approver.saigon', 'POST', `${base}/versions/1/publish`)).status).toBe(403);
    const published = await as('publisher.saigon', 'POST', `${base}/versions/1/publish`);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect(published.body.publishedAt).toBeTruthy();
    expect(published.body.head).toMatchObject({ publishedVersion: 1, status: 'published' });
  });

  it('never changes a published version', async () => {
    const current = await as('author.saigon', 'GET', `${base}/versions/1`);
    const put = await send(app, 'PUT', `${base}/versions/1`, {
      token: t['author.saigon'],
      body: { definition: sampleProcedure({ id }) },
      headers: { 'if-match': current.headers.get('etag') ?? '' },
    });
    expect(put.status).toBe(409);
    expect(put.body.code).toBe('procedure.immutable');
    const sendBack = await as('approver.saigon', 'POST', `${base}/versions/1/send-back`, {
      comment: 'Sửa lại',
    });
    expect(sendBack.status).toBe(409);
    expect(sendBack.body.code).toBe('procedure.immutable');
    const after = await as('author.saigon', 'GET', `${base}/versions/1`);
    expect(after.body.revision).toBe(current.body.revision);
  });

  it('starts version 2 as a copy, only one open version at a time, and diffs the two', async () => {
    const v2 = await as('author.saigon', 'POST', `${base}/versions`);
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ version: 2, status: 'draft', revision: 1 });
    expect(v2.body.definition).toEqual(sampleProcedure({ id }));
    expect((await as('author.saigon', 'POST', `${base}/versions`)).body.code).toBe('procedure.draft-exists');

    const changed = sampleProcedure({ id });
    changed.channels[0]!.processingTime = { type: 'working-days', value: 3 };
    const saved = await send(app, 'PUT', `${base}/versions/2`, {
      token: t['author.saigon'],
      body: { definition: changed },
      headers: { 'if-match': '"1"' },
    });
    expect(saved.status).toBe(200);

    const diff = await as('approver.saigon', 'GET', `${base}/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    expect(diff.body.changes).toEqual([
      { op: 'replace', path: '/channels/0/processingTime/type', before: 'same-day', after: 'working-days' },
      { op: 'add', path: '/channels/0/processingTime/value', after: 3 },
    ]);
    expect(diff.body.unified).toContain('-        "type": "same-day"');
    expect(diff.body.unified).toContain('+        "type": "working-days",');
    const bad = await as('approver.saigon', 'GET', `${base}/diff?from=one&to=2`);
    expect(bad.status).toBe(400);
    expect((await as('approver.saigon', 'GET', `${base}/diff?from=1&to=7`)).status).toBe(404);
  });

  it('publishes version 2: version 1 becomes superseded but stays readable', async () => {
    await as('author.saigon', 'POST', `${base}/versions/2/submit`);
    await as('approver.saigon', 'POST', `${base}/versions/2/approve`);
    const published = await as('publisher.saigon', 'POST', `${base}/versions/2/publish`);
    expect(published.body.head.publishedVersion).toBe(2);
    const procedure = await as('author.saigon', 'GET', base);
    expect(
      procedure.body.versions.map((v: { version: number; state: string }) => [v.version, v.state]),
    ).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    const v1 = await as('author.saigon', 'GET', `${base}/versions/1`);
    expect(v1.body.definition.channels[0].processingTime).toEqual({ type: 'same-day' });
  });

  it('is retired by a publisher, once', async () => {
    expect((await as('author.saigon', 'POST', `${base}/retire`)).status).toBe(403);
    const retired = await as('publisher.saigon', 'POST', `${base}/retire`, { reason: 'Thủ tục bị bãi bỏ' });
    expect(retired.status).toBe(200);
    expect(retired.body.status).toBe('retired');
    expect(retired.body.head).toMatchObject({ publishedVersion: null, status: 'retired' });
    const again = await as('publisher.saigon', 'POST', `${base}/retire`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('procedure.not-published');
  });

  it('keeps an append-only audit trail of who did what, when', async () => {
    const audit = await as('approver.saigon', 'GET', `${base}/audit`);
    expect(audit.status).toBe(200);
    const entries = audit.body.entries as {
      action: string;
      actor: string;
      agency: string;
      at: string;
      detail: Record<string, unknown>;
    }[];
    expect(entries.map((e) => e.action)).toEqual([
      'procedure.create',
      'procedure.submit',
      'procedure.send-back',
      'procedure.submit',
      'procedure.approve',
      'procedure.publish',
      'procedure.new-version',
      'procedure.update',
      'procedure.submit',
      'procedure.approve',
      'procedure.publish',
      'procedure.retire',
    ]);
    for (const entry of entries) {
      expect(entry.agency).toBe('ubnd-phuong-sai-gon');
      expect(entry.actor).toBeTruthy();
      expect(entry.detail.actorName).toBeTruthy();
      expect(Number.isNaN(Date.parse(entry.at))).toBe(false);
    }
    const update = entries.find((e) => e.action === 'procedure.update')!;
    expect(update.detail.paths).toEqual([
      'replace /channels/0/processingTime/type',
      'add /channels/0/processingTime/value',
    ]);
    expect(entries.find((e) => e.action === 'procedure.send-back')!.detail.comment).toBe(
      'Bổ sung căn cứ pháp lý',
    );
    expect(entries[5]!.detail).toMatchObject({ version: 1, to: 'published' });
  });
});

describe('four-eyes review', () => {
  it('refuses to let the submitter approve their own version, even as agency admin', async () => {
    await as('admin.saigon', 'POST', '/api/admin/procedures', {
      definition: sampleProcedure({ id: 'tu-duyet' }),
    });
    expect(
      (await as('admin.saigon', 'POST', '/api/admin/procedures/tu-duyet/versions/1/submit')).status,
    ).toBe(200);
    const own = await as('admin.saigon', 'POST', '/api/admin/procedures/tu-duyet/versions/1/approve');
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('review.own-submission');
    expect(
      (await as('approver.saigon', 'POST', '/api/admin/procedures/tu-duyet/versions/1/approve')).status,
    ).toBe(200);
  });

  it('refuses approval and publication to anyone who wrote a revision, even if a colleague submitted it', async () => {
    const path = '/api/admin/procedures/viet-chung/versions/1';
    // The agency admin writes the content; the author saves one more revision and submits.
    expect(
      (
        await as('admin.saigon', 'POST', '/api/admin/procedures', {
          definition: sampleProcedure({ id: 'viet-chung' }),
        })
      ).status,
    ).toBe(201);
    const edited = sampleProcedure({ id: 'viet-chung', name: { vi: 'Tên do tác giả sửa', en: 'Edited' } });
    expect((await as('author.saigon', 'PUT', path, { definition: edited, revision: 1 })).status).toBe(200);
    expect((await as('author.saigon', 'POST', `${path}/submit`)).status).toBe(200);

    const approveOwn = await as('admin.saigon', 'POST', `${path}/approve`);
    expect(approveOwn.status).toBe(403);
    expect(approveOwn.body.code).toBe('review.own-content');
    expect(approveOwn.body.messages.vi).toContain('không thể tự phê duyệt');
    expect((await as('approver.saigon', 'POST', `${path}/approve`)).status).toBe(200);

    const publishOwn = await as('admin.saigon', 'POST', `${path}/publish`);
    expect(publishOwn.status).toBe(403);
    expect(publishOwn.body.code).toBe('review.own-content');
    // Refused requests changed nothing: the version is still approved, and the audit has no publish.
    const procedure = await as('admin.saigon', 'GET', '/api/admin/procedures/viet-chung');
    expect(procedure.body.versions[0].status).toBe('approved');
    expect((await as('publisher.saigon', 'POST', `${path}/publish`)).status).toBe(200);
  });

  it('counts an officer who only saved a middle revision as an author too', async () => {
    const path = '/api/admin/procedures/sua-giua/versions/1';
    await as('author.saigon', 'POST', '/api/admin/procedures', {
      definition: sampleProcedure({ id: 'sua-giua' }),
    });
    const middle = sampleProcedure({ id: 'sua-giua', name: { vi: 'Sửa giữa chừng', en: 'Middle edit' } });
    expect((await as('admin.saigon', 'PUT', path, { definition: middle, revision: 1 })).status).toBe(200);
    const last = sampleProcedure({ id: 'sua-giua', name: { vi: 'Bản cuối', en: 'Final' } });
    expect((await as('author.saigon', 'PUT', path, { definition: last, revision: 2 })).status).toBe(200);
    expect((await as('author.saigon', 'POST', `${path}/submit`)).status).toBe(200);
    const own = await as('admin.saigon', 'POST', `${path}/approve`);
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('review.own-content');
  });
});
