/**
 * DynamoDB failing in the middle of a request (fault injection into the real SDK client): the API
 * answers 503 and leaves no half-written state — the version and its head agree, and a retry works.
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

/** Each admin write is PutItem(version) then PutItem(head) then PutItem(audit entry). */
const failPut = (after: number, times = 1) =>
  (fault = injectFault(env, { service: 'dynamodb', command: 'PutItemCommand', after, times }));

describe('DynamoDB failing mid-request', () => {
  it('create: the version write fails → 503, nothing exists; a retry succeeds', async () => {
    failPut(0);
    const failed = await send(app, 'POST', base, {
      token: author,
      body: { definition: sampleProcedure({ id: 'loi-1' }) },
    });
    expect(failed.status).toBe(503);
    expect(failed.body.code).toBe('dependency.unavailable');
    expect(failed.body.messages.vi).toBeTruthy();
    expect((await send(app, 'GET', `${base}/loi-1`, { token: author })).status).toBe(404);
    fault?.remove();
    expect(
      (
        await send(app, 'POST', base, {
          token: author,
          body: { definition: sampleProcedure({ id: 'loi-1' }) },
        })
      ).status,
    ).toBe(201);
  });

  it('create: the head write fails → 503, the procedure is invisible; a retry succeeds', async () => {
    failPut(1);
    const failed = await send(app, 'POST', base, {
      token: author,
      body: { definition: sampleProcedure({ id: 'loi-2' }) },
    });
    expect(failed.status).toBe(503);
    expect((await send(app, 'GET', `${base}/loi-2`, { token: author })).status).toBe(404);
    const list = await send(app, 'GET', base, { token: author });
    expect(list.body.procedures.map((p: { procedureId: string }) => p.procedureId)).not.toContain('loi-2');
    fault?.remove();
    const retried = await send(app, 'POST', base, {
      token: author,
      body: { definition: sampleProcedure({ id: 'loi-2' }) },
    });
    expect(retried.status).toBe(201);
    const procedure = await send(app, 'GET', `${base}/loi-2`, { token: author });
    expect(procedure.body.versions).toHaveLength(1);
  });

  it('update: the head write fails → 503 and the draft is exactly as before; the same If-Match then works', async () => {
    const path = `${base}/loi-1/versions/1`;
    const before = await send(app, 'GET', path, { token: author });
    const edited = sampleProcedure({ id: 'loi-1', name: { vi: 'Tên mới', en: 'New name' } });
    failPut(1);
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
    const retried = await send(app, 'PUT', path, {
      token: author,
      body: { definition: edited },
      headers: { 'if-match': before.headers.get('etag') ?? '' },
    });
    expect(retried.status).toBe(200);
    expect(retried.body.head.name.vi).toBe('Tên mới');
  });

  it('submit: the head write fails → 503 and the version is still a draft', async () => {
    failPut(1);
    const failed = await send(app, 'POST', `${base}/loi-2/versions/1/submit`, { token: author });
    expect(failed.status).toBe(503);
    fault?.remove();
    const procedure = await send(app, 'GET', `${base}/loi-2`, { token: author });
    expect(procedure.body.head.status).toBe('draft');
    expect(procedure.body.versions[0].status).toBe('draft');
  });

  it('a read failing answers 503 with a bilingual problem, never a stack trace', async () => {
    fault = injectFault(env, { service: 'dynamodb', command: 'GetItemCommand' });
    const reply = await send(app, 'GET', `${base}/loi-1`, { token: author });
    expect(reply.status).toBe(503);
    expect(JSON.stringify(reply.body)).not.toContain('at ');
    expect(reply.body.messages.en).toContain('retry');
  });

  it('the audit append failing twice → 503 audit.unavailable saying the change WAS saved', async () => {
    failPut(2, 2);
    const reply = await send(app, 'POST', base, {
      token: author,
      body: { definition: sampleProcedure({ id: 'loi-3' }) },
    });
    expect(reply.status).toBe(503);
    expect(reply.body.code).toBe('audit.unavailable');
    expect(reply.body.messages.en).toContain('WAS saved');
    fault?.remove();
    expect((await send(app, 'GET', `${base}/loi-3`, { token: author })).status).toBe(200);
  });

  it('the audit append failing once is retried and the change answers normally', async () => {
    failPut(2, 1);
    const reply = await send(app, 'POST', base, {
      token: author,
      body: { definition: sampleProcedure({ id: 'loi-4' }) },
    });
    expect(reply.status).toBe(201);
    fault?.remove();
    const audit = await send(app, 'GET', `${base}/loi-4/audit`, { token: author });
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(['procedure.create']);
  });
});
