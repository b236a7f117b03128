/**
 * Two publishes (or a publish and a rollback) racing for the current-release pointer, through the
 * publish API against DynamoDB Local and s3rver. The race is made certain, not hoped for: a
 * middleware on the real DynamoDB client holds the first publisher's pointer move until the second
 * one has landed (nothing is mocked; the held call then goes to DynamoDB Local as sent).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createPublishApp } from '../../../functions/apps/publish/app';
import type { Procedure } from '../../../functions/core/types';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { seeAddedMiddleware } from '../../support/watch-sdk';
import { send } from '../admin/http';
import { sampleProcedure } from '../admin/sample-procedure';

let env: TestPlatform;
let admin: ReturnType<typeof createAdminApp>;
let publish: ReturnType<typeof createPublishApp>;
const t: Record<string, string> = {};
const releases = '/api/publish/releases';

beforeAll(async () => {
  env = await createTestDeps();
  admin = createAdminApp(env.deps);
  publish = createPublishApp(env.deps);
  for (const user of ['author.saigon', 'approver.saigon', 'publisher.saigon', 'publisher.hoankiem']) {
    t[user] = await env.officerToken(user);
  }
});
afterAll(async () => env?.stop());

async function publishProcedure(definition: Procedure): Promise<void> {
  const base = `/api/admin/procedures/${definition.id}/versions/1`;
  const steps: [string, string, object?][] = [
    ['/api/admin/procedures', 'author.saigon', { definition }],
    [`${base}/submit`, 'author.saigon'],
    [`${base}/approve`, 'approver.saigon'],
    [`${base}/publish`, 'publisher.saigon'],
  ];
  for (const [path, user, body] of steps) {
    const reply = await send(admin, 'POST', path, { token: t[user], ...(body ? { body } : {}) });
    expect(reply.status, path).toBeLessThan(300);
  }
}

/**
 * Holds the next pointer move (the transaction naming the pointer record) until `release()`;
 * `reached` resolves when it is being held.
 */
function holdNextPointerMove() {
  const name = `hold-pointer-${Math.random()}`;
  let reached!: () => void;
  let release!: () => void;
  const reachedP = new Promise<void>((r) => {
    reached = r;
  });
  const gate = new Promise<void>((r) => {
    release = r;
  });
  let held = false;
  seeAddedMiddleware(env.clients.dynamodb);
  const stack = env.clients.dynamodb.middlewareStack;
  stack.add(
    (next, context) => async (args) => {
      const input = JSON.stringify((args as { input?: unknown }).input);
      if (!held && context.commandName === 'TransactWriteItemsCommand' && input.includes('CATALOG#RELEASE')) {
        held = true;
        reached();
        await gate;
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  return {
    reached: reachedP,
    release: () => {
      stack.remove(name);
      release();
    },
  };
}

const currentId = async () =>
  (await send(publish, 'GET', `${releases}/current`, { token: t['author.saigon'] })).body.current.releaseId;

describe('publishes racing for the current release', () => {
  it('the publish that planned from an older release does not replace the newer one: it plans again', async () => {
    await publishProcedure(sampleProcedure({ id: 'dua-goc' }));
    const first = await send(publish, 'POST', releases, { token: t['publisher.saigon'] });
    expect(first.status).toBe(201);
    const r1 = first.body.release.releaseId as string;

    // A plans with dua-a, builds, and is held right at its pointer move
    await publishProcedure(sampleProcedure({ id: 'dua-a' }));
    const hold = holdNextPointerMove();
    const a = send(publish, 'POST', releases, { token: t['publisher.saigon'] });
    await hold.reached;
    // meanwhile B plans from the same current release, with dua-a and dua-b, and lands
    await publishProcedure(sampleProcedure({ id: 'dua-b' }));
    const b = await send(publish, 'POST', releases, { token: t['publisher.hoankiem'] });
    expect(b.status).toBe(201);
    const rb = b.body.release.releaseId as string;
    expect(b.body.release.previous).toBe(r1);
    expect(b.body.release.procedures.map((p: { id: string }) => p.id)).toEqual(['dua-a', 'dua-b', 'dua-goc']);

    // A's move is refused (it planned from r1); it plans again from B's release, which already
    // holds everything published: nothing left to do
    hold.release();
    const aReply = await a;
    expect(aReply.status).toBe(200);
    expect(aReply.body.changed).toBe(false);
    expect(aReply.body.release.releaseId).toBe(rb);
    expect(await currentId()).toBe(rb);
    // only releases that became current are audited: r1 and B's, not A's discarded one
    const audited = (await env.deps.audit.list('catalog')).map((e) => e.detail?.releaseId);
    expect(audited).toEqual([r1, rb]);
  });

  it('a publish that still has something to add after losing the race builds it on the winner’s release', async () => {
    const before = await currentId();
    await publishProcedure(sampleProcedure({ id: 'dua-c' }));
    const hold = holdNextPointerMove();
    const a = send(publish, 'POST', releases, { token: t['publisher.saigon'] });
    await hold.reached;
    // B lands a release from `before` — then a change B did not see arrives before A plans again
    const b = await send(publish, 'POST', releases, { token: t['publisher.hoankiem'] });
    expect(b.status).toBe(201);
    await publishProcedure(sampleProcedure({ id: 'dua-d' }));
    hold.release();
    const aReply = await a;
    expect(aReply.status).toBe(201);
    expect(aReply.body.release.previous).toBe(b.body.release.releaseId);
    expect(b.body.release.previous).toBe(before);
    expect(aReply.body.release.procedures.map((p: { id: string }) => p.id)).toContain('dua-d');
    expect(await currentId()).toBe(aReply.body.release.releaseId);
  });

  it('a rollback that a publish overtook is refused with 409 release.moved, in Vietnamese and English', async () => {
    const newest = await currentId();
    const list = await send(publish, 'GET', releases, { token: t['author.saigon'] });
    const older = (list.body.releases as { releaseId: string }[]).at(-1)!.releaseId;
    const hold = holdNextPointerMove();
    const back = send(publish, 'POST', `${releases}/${older}/make-current`, { token: t['publisher.saigon'] });
    await hold.reached;
    await publishProcedure(sampleProcedure({ id: 'dua-e' }));
    const landed = await send(publish, 'POST', releases, { token: t['publisher.hoankiem'] });
    expect(landed.status).toBe(201);
    hold.release();
    const refused = await back;
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('release.moved');
    expect(refused.body.messages.vi).toMatch(/^Bản phát hành hiện hành vừa được thay đổi/);
    expect(refused.body.messages.en).toMatch(/^The current release was just changed/);
    expect(await currentId()).toBe(landed.body.release.releaseId);
    expect(landed.body.release.previous).toBe(newest);
  });
});
