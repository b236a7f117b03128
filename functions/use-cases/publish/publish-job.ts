/**
 * The publish API's way to publish: small changes are built in the request (201 with the release,
 * as before); a large build — a first publish of a province's catalog, or a registry/policy
 * publish on a catalog of more than `inlineLimit` procedures (catalog-data/publish-doc.ts) —
 * becomes a job (202 with its id), run outside the request by a runner, its state and progress
 * kept in DynamoDB for the publisher's screen to poll.
 *
 * Runners: locally an in-process queue (one job at a time, building with bounded concurrency);
 * on AWS the job's item itself: the procedures table streams it to the publish-worker Lambda
 * (functions/handlers/publish-worker.ts, wired in infra/lib/tthc-stack.ts) with its own 15-minute
 * budget, so the request-bound function never does the long work.
 */
import { NotFoundError } from '../../errors';
import { assertRole } from '../../http/auth';
import type { AppDeps, Officer, PublishJob } from '../../ports';
import { checkPublishable, checkRegistry, putDocInForce } from '../catalog-data/put-doc-in-force';
import { planRelease, type ReleasePlan } from './plan-release';
import type { PublishDeps } from './publish-catalog';
import { replanOnMove } from './replan-on-move';
import { type PublishResult, type PublishStats, writeRelease } from './write-release';

/** Builds of more procedures than this run as a job (about 25 ms each: ~1 s inline at most). */
export const inlineLimit = 40;

export type JobDeps = PublishDeps & Pick<AppDeps, 'publishJobs' | 'ids'>;

/** Starts the job somewhere else; resolves once it is handed over (not when it ends). */
export interface PublishRunner {
  start(job: PublishJob, actor: Officer): Promise<void>;
}

export type StartedPublish = { kind: 'done'; result: PublishResult } | { kind: 'job'; job: PublishJob };

export async function startPublish(
  deps: JobDeps,
  actor: Officer,
  runner: PublishRunner,
): Promise<StartedPublish> {
  assertRole(actor, ['publisher']);
  return replanOnMove(async (): Promise<StartedPublish> => {
    const plan = await planRelease(deps);
    if (plan.kind === 'unchanged') {
      return {
        kind: 'done',
        result: { changed: false, release: plan.manifest, stats: { built: 0, reused: 0, objectsWritten: 0 } },
      };
    }
    if (!isLarge(plan)) return { kind: 'done', result: await writeRelease(deps, actor, plan) };
    return { kind: 'job', job: await startJob(deps, actor, runner, plan.rebuild.length) };
  });
}

/** Whether building `plan` is long work, for a job rather than the request. */
export function isLarge(plan: ReleasePlan): boolean {
  return plan.kind === 'build' && plan.rebuild.length > inlineLimit;
}

/** Records a running job (with `doc` when it puts a policy or registry version in force) and hands it over. */
export async function startJob(
  deps: JobDeps,
  actor: Officer,
  runner: PublishRunner,
  total: number,
  doc?: PublishJob['doc'],
): Promise<PublishJob> {
  const at = deps.clock.now().toISOString();
  const job: PublishJob = {
    jobId: deps.ids.next(),
    status: 'running',
    startedAt: at,
    startedBy: actor.sub,
    updatedAt: at,
    done: 0,
    total,
    ...(doc ? { doc } : {}),
  };
  await deps.publishJobs.put({ ...job, actor });
  await runner.start(job, actor);
  return job;
}

/** Runs a started job to its end, recording progress; a failure is recorded, never thrown. */
export async function runPublishJob(deps: JobDeps, job: PublishJob, actor: Officer): Promise<PublishJob> {
  let last = 0;
  let saving: Promise<void> = Promise.resolve();
  const save = (patch: Partial<PublishJob>) => {
    Object.assign(job, patch, { updatedAt: deps.clock.now().toISOString() });
    const snapshot = { ...job };
    saving = saving.then(() => deps.publishJobs.put(snapshot)).catch(() => {});
    return saving;
  };
  const onProgress = (done: number, total: number) => {
    // a progress write every 2% at most: a 2,000-procedure build writes ~50 small items
    if (done - last >= Math.max(1, total / 50) || done === total) {
      last = done;
      save({ done, total });
    }
  };
  try {
    assertRole(actor, ['publisher']);
    const ended = job.doc
      ? await runDocJob(deps, actor, job.doc, (total) => save({ total }), onProgress)
      : await runCatalogJob(deps, actor, (total) => save({ total }), onProgress);
    await save({ status: 'succeeded', done: job.total, releaseId: ended.releaseId, stats: ended.stats });
  } catch (err) {
    const reason = err instanceof Error ? err.message.slice(0, 300) : String(err);
    await save({
      status: 'failed',
      error: {
        vi: `Công bố thất bại; bản phát hành trước vẫn đang phục vụ. Lý do: ${reason}`,
        en: `Publishing failed; the previous release is still serving. Reason: ${reason}`,
      },
    });
  }
  return job;
}

type Ended = { releaseId: string; stats: PublishStats };

async function runCatalogJob(
  deps: JobDeps,
  actor: Officer,
  setTotal: (total: number) => void,
  onProgress: (done: number, total: number) => void,
): Promise<Ended> {
  return replanOnMove(async () => {
    const plan = await planRelease(deps);
    if (plan.kind === 'unchanged') return { releaseId: plan.manifest.releaseId, stats: noWork };
    setTotal(plan.rebuild.length);
    const result = await writeRelease(deps, actor, plan, onProgress);
    return { releaseId: result.release.releaseId, stats: result.stats };
  });
}

/** A policy or registry version checked again (it may have changed since the job started), then put in force. */
async function runDocJob(
  deps: JobDeps,
  actor: Officer,
  doc: NonNullable<PublishJob['doc']>,
  setTotal: (total: number) => void,
  onProgress: (done: number, total: number) => void,
): Promise<Ended> {
  return replanOnMove(async () => {
    const { version } = await checkPublishable(deps, actor, { ...doc, ifMatch: doc.revision });
    await checkRegistry(deps, version);
    const plan = await planRelease(deps, { candidate: version });
    if (plan.kind === 'build') setTotal(plan.rebuild.length);
    const put = await putDocInForce(deps, actor, version, plan, onProgress);
    return { releaseId: put.release.releaseId, stats: put.stats };
  });
}

const noWork: PublishStats = { built: 0, reused: 0, objectsWritten: 0 };

/**
 * A job's state; 404 `publish-job.not-found` for an unknown id. Any officer may read it, like the
 * releases themselves: it says how far a build is, nothing more.
 */
export async function getPublishJob(deps: Pick<AppDeps, 'publishJobs'>, jobId: string) {
  const job = /^[\w-]{1,80}$/.test(jobId) ? await deps.publishJobs.get(jobId) : null;
  if (!job) {
    throw new NotFoundError('publish-job.not-found', {
      vi: `Không có lượt công bố "${jobId.slice(0, 40)}".`,
      en: `There is no publish job "${jobId.slice(0, 40)}".`,
    });
  }
  const { actor: _startedAs, ...shown } = job;
  return shown;
}

/**
 * AWS runner: nothing to do here, because writing the job's item IS the hand-over. The procedures
 * table streams new `PUBLISH#JOB` items to the publish-worker Lambda (infra: a filtered DynamoDB
 * event source), which runs `runPublishJob` with its own 15-minute budget. Chosen over SQS: the
 * job item is already written first, so a stream needs no second write that could fail after it
 * (a job with no message), and no new SDK client in the bundle.
 */
export const tableStreamRunner: PublishRunner = { start: async () => {} };

/** A job item as the worker receives it: runs it as the officer who started it. */
export async function runStartedJob(deps: JobDeps, job: PublishJob): Promise<PublishJob> {
  if (job.status !== 'running') return job;
  if (!job.actor) {
    const failed: PublishJob = {
      ...job,
      status: 'failed',
      updatedAt: deps.clock.now().toISOString(),
      error: {
        vi: 'Lượt công bố không ghi người khởi tạo nên không thể chạy; bản phát hành trước vẫn đang phục vụ.',
        en: 'The publish job does not record who started it, so it cannot run; the previous release is still serving.',
      },
    };
    await deps.publishJobs.put(failed);
    return failed;
  }
  return runPublishJob(deps, job, job.actor);
}

/** Local runner: jobs run in this process, one after another, after the request has answered. */
export function inProcessRunner(deps: JobDeps): PublishRunner & { idle(): Promise<void> } {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    start: async (job, actor) => {
      queue = queue
        .then(() => new Promise((tick) => setImmediate(tick)))
        .then(() => runPublishJob(deps, job, actor));
    },
    idle: () => queue.then(() => {}),
  };
}
