/**
 * Concurrency under attack (issue 12 kept these green: exact winners under 50 concurrent edits
 * and 20 concurrent submissions): exactly one winner, the others refused cleanly (409) or given
 * the same result (idempotent retry), never a 5xx, and the losers change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleProcedure } from '../admin/sample-procedure';
import { call } from '../submissions/fixtures/http';
import { createHostileEnv, type HostileEnv, validSubmission } from './support/hostile-env';

let env: HostileEnv;
beforeAll(async () => {
  env = await createHostileEnv();
}, 120_000);
afterAll(() => env?.stop());

describe('concurrent requests', () => {
  it('lets exactly one of 30 concurrent edits of the same revision win; the rest get 409 and change nothing', async () => {
    const path = `/api/admin/procedures/${env.known.draftX}/versions/1`;
    const token = env.tokens['author X']!;
    const current = await call(env.app, 'GET', path, { token });
    const auditBefore = (await env.t.deps.audit.list(`procedure:${env.known.draftX}`)).length;
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        call(env.app, 'PUT', path, {
          token,
          headers: { 'if-match': `"${current.body.revision}"` },
          body: {
            definition: sampleProcedure({ id: env.known.draftX, name: { vi: `Tên ${i}`, en: `Name ${i}` } }),
          },
        }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    const winner = replies.find((r) => r.status === 200)!;
    const after = await call(env.app, 'GET', path, { token });
    expect(after.body.revision).toBe(current.body.revision + 1);
    expect(after.body.definition.name.vi).toBe(winner.body.definition.name.vi);
    expect((await env.t.deps.audit.list(`procedure:${env.known.draftX}`)).length).toBe(auditBefore + 1);
  });

  it('turns 20 concurrent submissions with one idempotency key into one dossier, the same code for all', async () => {
    const token = env.tokens['citizen A']!;
    const before = (await env.t.deps.dossiers.listDossiers(`vneid:${env.citizenA.personalId}`)).length;
    const replies = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(env.app, 'POST', '/api/submissions', {
          token,
          headers: { 'idempotency-key': 'concurrent-same-key-0001' },
          body: validSubmission(env.citizenA.name),
        }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(new Set(replies.map((r) => r.body.code)).size).toBe(1);
    const after = await env.t.deps.dossiers.listDossiers(`vneid:${env.citizenA.personalId}`);
    expect(after.length).toBe(before + 1);
  });

  it('lets one of two concurrent approvals through; the other is 409 and adds no audit entry', async () => {
    const base = `/api/admin/procedures/${env.known.draftX}/versions/1`;
    const submit = await call(env.app, 'POST', `${base}/submit`, { token: env.tokens['author X']! });
    expect(submit.status).toBe(200);
    const auditBefore = (await env.t.deps.audit.list(`procedure:${env.known.draftX}`)).length;
    const replies = await Promise.all(
      (['approver X', 'admin X'] as const).map((who) =>
        call(env.app, 'POST', `${base}/approve`, { token: env.tokens[who]!, body: {} }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await env.t.deps.audit.list(`procedure:${env.known.draftX}`)).length).toBe(auditBefore + 1);
  });
});
