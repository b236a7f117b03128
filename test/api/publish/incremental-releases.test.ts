/**
 * Content-addressed, incremental releases through the publish API against DynamoDB Local and
 * s3rver (real SDK, commands counted on the real clients): a first publish of more procedures than
 * a request builds runs as a job whose progress the publisher polls; one changed procedure writes
 * only its own objects, the index and the manifest; a no-op reads one item and writes nothing;
 * rollback serves the older release; a job that fails midway leaves the previous release current.
 */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createFormsApp } from '../../../functions/apps/forms/app';
import { createPublishApp } from '../../../functions/apps/publish/app';
import type { PublishJob } from '../../../functions/ports';
import { inlineLimit, inProcessRunner } from '../../../functions/use-cases/publish/publish-job';
import { countCommands } from '../../support/count-commands';
import { injectFault } from '../../support/inject-fault';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { send } from '../admin/http';
import { sampleProcedure } from '../admin/sample-procedure';

let env: TestPlatform;
let admin: ReturnType<typeof createAdminApp>;
let publish: ReturnType<typeof createPublishApp>;
let forms: ReturnType<typeof createFormsApp>;
let runner: ReturnType<typeof inProcessRunner>;
const t: Record<string, string> = {};
const releases = '/api/publish/releases';
const count = inlineLimit + 12;
const ids = Array.from({ length: count }, (_, i) => `thu-tuc-${String(i + 1).padStart(3, '0')}`);

beforeAll(async () => {
  env = await createTestDeps();
  runner = inProcessRunner(env.deps);
  admin = createAdminApp(env.deps);
  publish = createPublishApp(env.deps, { runner });
  forms = createFormsApp(env.deps);
  for (const user of ['author.saigon', 'approver.saigon', 'publisher.saigon']) {
    t[user] = await env.officerToken(user);
  }
  await env.seedCatalog(ids.map((id, i) => sampleProcedure({ id, code: `9.${String(i).padStart(6, '0')}` })));
});
afterAll(async () => env?.stop());

async function bucketKeys(): Promise<Set<string>> {
  const keys = new Set<string>();
  let token: string | undefined;
  do {
    const page = await env.clients.s3.send(
      new ListObjectsV2Command({ Bucket: env.config.buckets.catalog, ContinuationToken: token }),
    );
    for (const item of page.Contents ?? []) keys.add(item.Key!);
    token = page.NextContinuationToken;
  } while (token);
  return keys;
}

async function pollJob(location: string): Promise<PublishJob> {
  await runner.idle();
  const reply = await send(publish, 'GET', location, { token: t['publisher.saigon'] });
  expect(reply.status).toBe(200);
  return reply.body as PublishJob;
}

/** Version 2 of `id` with a longer processing time, through draft → review → approval → publish. */
async function publishVersion2(id: string): Promise<void> {
  const base = `/api/admin/procedures/${id}`;
  expect((await send(admin, 'POST', `${base}/versions`, { token: t['author.saigon'] })).status).toBe(201);
  const changed = sampleProcedure({ id, code: `9.${String(ids.indexOf(id)).padStart(6, '0')}` });
  changed.channels[0]!.processingTime = { type: 'working-days', value: 3 };
  const saved = await send(admin, 'PUT', `${base}/versions/2`, {
    token: t['author.saigon'],
    body: { definition: changed },
    headers: { 'if-match': '"1"' },
  });
  expect(saved.status).toBe(200);
  for (const [user, step] of [
    ['author.saigon', 'submit'],
    ['approver.saigon', 'approve'],
    ['publisher.saigon', 'publish'],
  ] as const) {
    expect((await send(admin, 'POST', `${base}/versions/2/${step}`, { token: t[user] })).status).toBe(200);
  }
}

describe('incremental releases', () => {
  let first = '';

  it('a failure midway through the first build fails the job and publishes nothing', async () => {
    const fault = injectFault(env, { service: 's3', command: 'PutObjectCommand', after: 30 });
    const reply = await send(publish, 'POST', releases, { token: t['publisher.saigon'] });
    expect(reply.status).toBe(202);
    const job = await pollJob(reply.headers.get('location')!);
    fault.remove();
    expect(job.status).toBe('failed');
    expect(job.error?.vi).toContain('bản phát hành trước vẫn đang phục vụ');
    expect(job.error?.en).toContain('previous release is still serving');
    expect(await env.deps.releases.getCurrentPointer()).toBeNull();
    expect((await send(forms, 'GET', '/api/catalog')).status).toBe(503);
  });

  it('builds a large first release as a job whose progress the publisher sees', async () => {
    let release!: () => void;
    const gate = new Promise<void>((done) => {
      release = done;
    });
    // hold the build on its first version read, to look at the job while it runs
    const getPublished = env.deps.procedures.getPublished;
    let reads = 0;
    let paused!: () => void;
    const pausedAt = new Promise<void>((done) => {
      paused = done;
    });
    env.deps.procedures.getPublished = async (id) => {
      if (++reads === 20) {
        paused();
        await gate;
      }
      return getPublished(id);
    };
    const reply = await send(publish, 'POST', releases, { token: t['publisher.saigon'] });
    expect(reply.status).toBe(202);
    expect(reply.body.job).toMatchObject({ status: 'running', done: 0, total: count });
    const location = reply.headers.get('location')!;
    expect(location).toBe(`/api/publish/jobs/${reply.body.job.jobId}`);
    await pausedAt;
    const running = await send(publish, 'GET', location, { token: t['publisher.saigon'] });
    expect(running.body.status).toBe('running');
    expect(running.body.total).toBe(count);
    expect(running.body.done).toBeLessThan(count);
    release();
    const job = await pollJob(location);
    env.deps.procedures.getPublished = getPublished;
    expect(job).toMatchObject({ status: 'succeeded', done: count, total: count });
    const current = await send(publish, 'GET', `${releases}/current`, { token: t['publisher.saigon'] });
    first = current.body.current.releaseId;
    expect(first).toBe(job.releaseId);
    expect(current.body.release.procedures).toBe(count);
    expect(
      (await send(publish, 'GET', '/api/publish/jobs/khong-co', { token: t['publisher.saigon'] })).status,
    ).toBe(404);
    // any officer may follow it, like the releases
    expect((await send(publish, 'GET', location, { token: t['author.saigon'] })).status).toBe(200);
  });

  it('writes nothing and reads one item on a no-op', async () => {
    const before = await bucketKeys();
    const commands = countCommands(env);
    const reply = await send(publish, 'POST', releases, { token: t['publisher.saigon'] });
    commands.remove();
    expect(reply.status).toBe(200);
    expect(reply.body.changed).toBe(false);
    expect(commands.of('s3', 'PutObjectCommand')).toBe(0);
    // the inputs revision and the pointer (both DynamoDB items); the manifest is cached (a release never changes)
    expect(commands.of('dynamodb')).toBe(2);
    expect(commands.of('s3')).toBe(0);
    expect(await bucketKeys()).toEqual(before);
  });

  it('after one change writes only that procedure’s objects, the index and the manifest', async () => {
    const changedId = ids[7]!;
    await publishVersion2(changedId);
    const before = await bucketKeys();
    const commands = countCommands(env);
    const reply = await send(publish, 'POST', releases, { token: t['publisher.saigon'] });
    commands.remove();
    expect(reply.status).toBe(201);
    const manifest = reply.body.release as {
      releaseId: string;
      procedures: { id: string; version: number }[];
      files: { path: string; key: string; of?: string }[];
    };
    expect(manifest.procedures.find((p) => p.id === changedId)?.version).toBe(2);
    const added = [...(await bucketKeys())].filter((key) => !before.has(key));
    const ownerOf = new Map(manifest.files.map((f) => [f.key, f.of ?? f.path]));
    const own = (name: string) => `releases/${manifest.releaseId}/${name}.json`;
    expect(added.every((key) => key === own('manifest') || key === own('summary') || ownerOf.has(key))).toBe(
      true,
    );
    expect(new Set(added.map((key) => ownerOf.get(key) ?? key))).toEqual(
      new Set([changedId, 'index.json', 'search.json', own('manifest'), own('summary')]),
    );
    // new objects + the list's start (releases/latest.json; the pointer is a DynamoDB item): nothing
    // already stored was written again
    expect(commands.of('s3', 'PutObjectCommand')).toBe(added.length + 1);
    // only the changed procedure's version was read (one snapshot transaction), not all of them
    expect(commands.of('dynamodb', 'TransactGetItemsCommand')).toBe(1);
  });

  it('rollback serves the older release again', async () => {
    const changedId = ids[7]!;
    const now = await send(forms, 'GET', `/api/catalog/procedures/${changedId}`);
    expect(now.body.procedure.version).toBe(2);
    const back = await send(publish, 'POST', `${releases}/${first}/make-current`, {
      token: t['publisher.saigon'],
    });
    expect(back.status).toBe(200);
    const old = await send(forms, 'GET', `/api/catalog/procedures/${changedId}`);
    expect(old.body.procedure.version).toBe(1);
    expect(old.body.procedure.channels[0].processingTime).toEqual({ type: 'same-day' });
  });
});
