/**
 * Lambda entry point of the publish worker: receives the procedures table's stream, filtered in
 * infra to newly inserted publish jobs, and runs each job to its end (progress and outcome are
 * written to the job's item, which the publisher's screen polls). A job never throws here: a
 * failure is recorded on the job, so the stream does not retry a build that already failed.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { fromItem } from '../adapters/dynamodb/items';
import { buildDeps } from '../composition/build-deps';
import { loadConfig } from '../config/load-config';
import type { AppDeps, PublishJob } from '../ports';
import { runStartedJob } from '../use-cases/publish/publish-job';

/** The part of a DynamoDB stream record the worker reads. */
export interface JobStreamRecord {
  eventName?: string;
  dynamodb?: { NewImage?: Record<string, AttributeValue> };
}

/** The new publish jobs in a batch (infra filters the stream already; this guards a wider filter). */
function newJobs(records: readonly JobStreamRecord[]): PublishJob[] {
  return records.flatMap((record) => {
    const image = record.dynamodb?.NewImage;
    return record.eventName === 'INSERT' && image?.pk?.S === 'PUBLISH#JOB'
      ? [fromItem<PublishJob>(image)]
      : [];
  });
}

/** Runs every inserted publish job in the batch, one after another. */
export async function runJobRecords(
  deps: AppDeps,
  records: readonly JobStreamRecord[],
): Promise<PublishJob[]> {
  const ran: PublishJob[] = [];
  for (const job of newJobs(records)) ran.push(await runStartedJob(deps, job));
  return ran;
}

let deps: AppDeps | undefined;

export async function handler(event: { Records?: JobStreamRecord[] }): Promise<{ jobs: number }> {
  const records = event.Records ?? [];
  if (newJobs(records).length === 0) return { jobs: 0 };
  deps ??= buildDeps(loadConfig(process.env));
  return { jobs: (await runJobRecords(deps, records)).length };
}
