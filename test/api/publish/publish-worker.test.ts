/**
 * The AWS path of a large publish: the publish API (with the runner its Lambda uses) only records
 * the job; the job item, read back from DynamoDB Local as the table's stream would deliver it, is
 * what the publish-worker handler runs. The job ends with a release the portal serves, and the
 * officer stored with the job (the worker builds with their roles) is never shown by the API.
 */
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormsApp } from '../../../functions/apps/forms/app';
import { createPublishApp } from '../../../functions/apps/publish/app';
import { runJobRecords } from '../../../functions/handlers/publish-worker';
import type { PublishJob } from '../../../functions/ports';
import { inlineLimit, tableStreamRunner } from '../../../functions/use-cases/publish/publish-job';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { send } from '../admin/http';
import { sampleProcedure } from '../admin/sample-procedure';

let env: TestPlatform;
let publish: ReturnType<typeof createPublishApp>;
let token: string;
const count = inlineLimit + 5;
const ids = Array.from({ length: count }, (_, i) => `thu-tuc-${String(i + 1).padStart(3, '0')}`);

beforeAll(async () => {
  env = await createTestDeps();
  publish = createPublishApp(env.deps, { runner: tableStreamRunner });
  token = await env.officerToken('publisher.saigon');
  await env.seedCatalog(ids.map((id, i) => sampleProcedure({ id, code: `9.${String(i).padStart(6, '0')}` })));
});
afterAll(async () => env?.stop());

/** The job's item as the stream's NewImage carries it (keys included). */
async function jobImage(jobId: string) {
  const out = await env.clients.dynamodb.send(
    new GetItemCommand({
      TableName: env.config.tables.procedures,
      Key: { pk: { S: 'PUBLISH#JOB' }, sk: { S: jobId } },
      ConsistentRead: true,
    }),
  );
  return out.Item!;
}

describe('a large publish on AWS: the API records a job, the worker builds it', () => {
  it('answers 202 and leaves the job running: the request itself builds nothing', async () => {
    const reply = await send(publish, 'POST', '/api/publish/releases', { token });
    expect(reply.status).toBe(202);
    const job = reply.body.job as PublishJob & { actor?: unknown };
    expect(job).toMatchObject({ status: 'running', done: 0, total: count });
    expect(job.actor).toBeUndefined();
    const polled = await send(publish, 'GET', `/api/publish/jobs/${job.jobId}`, { token });
    expect(polled.body).toMatchObject({ status: 'running', done: 0 });
    expect(polled.body.actor).toBeUndefined();
    const current = await send(publish, 'GET', '/api/publish/releases/current', { token });
    expect(current.status).not.toBe(200);

    // what the stream delivers: an INSERT of the job's item, with the officer who started it
    const image = await jobImage(job.jobId);
    expect(image.actor?.M?.sub?.S).toBeTruthy();
    const [ran] = await runJobRecords(env.deps, [
      { eventName: 'MODIFY', dynamodb: { NewImage: image } }, // progress writes are not new jobs
      { eventName: 'INSERT', dynamodb: { NewImage: image } },
    ]);
    expect(ran).toMatchObject({ jobId: job.jobId, status: 'succeeded', done: count });

    const done = await send(publish, 'GET', `/api/publish/jobs/${job.jobId}`, { token });
    expect(done.body).toMatchObject({ status: 'succeeded', done: count, total: count });
    expect(done.body.actor).toBeUndefined();
    const search = await send(createFormsApp(env.deps), 'GET', '/api/catalog?pageSize=5');
    expect(search.status).toBe(200);
    expect(search.body.total).toBe(count);
    expect(search.body.releaseId).toBe(done.body.releaseId);
  });

  it('fails a job that does not say who started it, in words, and keeps serving the release', async () => {
    const [failed] = await runJobRecords(env.deps, [
      {
        eventName: 'INSERT',
        dynamodb: {
          NewImage: {
            pk: { S: 'PUBLISH#JOB' },
            sk: { S: 'job-without-actor' },
            jobId: { S: 'job-without-actor' },
            status: { S: 'running' },
            startedAt: { S: new Date().toISOString() },
            startedBy: { S: 'someone' },
            updatedAt: { S: new Date().toISOString() },
            done: { N: '0' },
            total: { N: '60' },
          },
        },
      },
    ]);
    expect(failed?.status).toBe('failed');
    const shown = await send(publish, 'GET', '/api/publish/jobs/job-without-actor', { token });
    expect(shown.body.status).toBe('failed');
    expect(shown.body.error.vi).toContain('bản phát hành trước vẫn đang phục vụ');
    expect(shown.body.error.en).toContain('previous release is still serving');
  });
});
