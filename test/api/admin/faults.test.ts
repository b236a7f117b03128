/**
 * DynamoDB failing in the middle of a request (fault injection into the real SDK client): the API
 * answers 503 and leaves no half-written state — a change is one transaction (version, head, audit
 * entry), so either all of it is stored or none of it, and a plain retry works.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { type Fault, injectFault } from '../../support/inject-fault';
import { createTestDeps, type TestPlatform as TestDeps } from '../../support/test-deps';
import { send } from './http';
import { sampleProcedure } from './sample-procedure';

let env: TestDeps;
let app: ReturnType<typeof createAdminApp>;
let author = '';
let fault: Fault | undefined;
const base = '/api/admin/procedures';

beforeAll(async () => {
  env = await createTestDeps();
  app = createAdminApp(env.deps);
  author = await env.officerToken('author.saigon');
});
afterEach(() => fault?.remove());
afterAll(async () => env?.stop());

/** Each admin write is ONE TransactWriteItems (version + head + audit entry). */
const failWrite = (after = 0, times = 1) =>
  (fault = injectFault(env, { service: 'dynamodb', command: 'TransactWriteItemsCommand', after, times }));

async function auditActions(id: string): Promise<string[]> {
  const audit = await send(app, 'GET', `${base}/${id}/audit`, { token: author });
  return audit.body.entries.map((e: { action: string }) => e.action);
}

describe('DynamoDB failing mid-request', () => {
  it('create: the transaction fails → 503, nothing exists, nothing audited; a retry succeeds', async () => {
    failWrite();
    const failed = await send(app, 'POST', base, {
      token: author,
      body: { definition: sampleProcedure({ id: 'loi-1' }) },
    });
    expect(failed.status).toBe(503);
    expect(failed.body.code).toBe('dependency.unavailable');
    expect(failed.body.messages.vi).toBeTruthy();
    expect((await send(app, 'GET', `${base}/loi-1`, { token: author })).status).toBe(404);
    const list = await send(app, 'GET', base, { token: author });
    expect(list.body.procedures.map((p: { procedureId: string }) => p.procedureId)).not.toContain('loi-1');
    fault?.remove();
    const retried = await send(app, 'POST', base, {
      token: author,
      body: { definition: sampleProcedure({ id: 'loi-1' }) },
    });
    expect(retried.status).toBe(201);
    expect(await auditActions('loi-1')).toEqual(['procedure.create']);
  });

  it('update: the transaction fails → 503 and the draft is exactly as before; the same If-Match then works', async () => {
    const path = `${base}/loi-1/versions/1`;
    const before = await send(app, 'GET', path, { token: author });
    const edited = sampleProcedure({ id: 'loi-1', name: { vi: 'Tên mới', en: 'New name' } });
    failWrite();
    const failed = await send(app, 'PUT', path, {
      token: author,
      body: { definition: edited },
      headers: { 'if-match': before.headers.get('etag') ?? '' },
    });
    expect(failed.status).toBe(503);
    fault?.remove();
    const after = await send(app, 'GET', path, { token: author });
    expect(after.body.revision).toBe(before.body.revision);
    expect(after.body.definition).toEqual(before.body.definition);
    expect(after.body.head.name.vi).toBe('Đăng ký khai sinh');
    expect(await auditActions('loi-1')).toEqual(['procedure.create']);
    const retried = await send(app, 'PUT', path, {
      token: author,
      body: { definition: edited },
      headers: { 'if-match': before.headers.get('etag') ?? '' },
    });
    expect(retried.status).toBe(200);
    expect(retried.body.head.name.vi).toBe('Tên mới');
    expect(await auditActions('loi-1')).toEqual(['procedure.create', 'procedure.update']);
  });

  it('submit: the transaction fails → 503 and the version and head are still a draft, unaudited', async () => {
    failWrite();
    const failed = await send(app, 'POST', `${base}/loi-1/versions/1/submit`, { token: author });
    expect(failed.status).toBe(503);
    fault?.remove();
    const procedure = await send(app, 'GET', `${base}/loi-1`, { token: author });
    expect(procedure.body.head.status).toBe('draft');
    expect(procedure.body.versions[0].status).toBe('draft');
    expect(await auditActions('loi-1')).toEqual(['procedure.create', 'procedure.update']);
  });

  it('a read failing answers 503 with a bilingual problem, never a stack trace', async () => {
    fault = injectFault(env, { service: 'dynamodb', command: 'GetItemCommand' });
    const reply = await send(app, 'GET', `${base}/loi-1`, { token: author });
    expect(reply.status).toBe(503);
    expect(JSON.stringify(reply.body)).not.toContain('at ');
    expect(reply.body.messages.en).toContain('retry');
  });

  it('has no "saved but not audited" answer: the audit entry cannot fail apart from the change', async () => {
    // Fail every transaction of one request: the answer is a plain retryable 503, never a
    // "saved, do not resend", and neither the procedure nor an audit entry exists.
    failWrite(0, 5);
    const reply = await send(app, 'POST', base, {
      token: author,
      body: { definition: sampleProcedure({ id: 'loi-3' }) },
    });
    expect(reply.status).toBe(503);
    expect(reply.body.code).toBe('dependency.unavailable');
    expect(JSON.stringify(reply.body)).not.toMatch(/WAS saved|ĐÃ được lưu/);
    fault?.remove();
    expect((await send(app, 'GET', `${base}/loi-3`, { token: author })).status).toBe(404);
    expect(await env.deps.audit.list('procedure:loi-3')).toEqual([]);
  });
});
