/** Creates the buckets if missing (local mode and tests; on AWS the CDK app owns them). */
import { CreateBucketCommand, HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import { isNotFound } from './sdk-errors';

/** Creates every missing bucket; returns those created. */
export async function createBuckets(client: S3Client, buckets: readonly string[]): Promise<string[]> {
  const created: string[] = [];
  for (const bucket of buckets) {
    try {
      await client.send(new HeadBucketCommand({ Bucket: bucket }));
    } catch (err) {
      if (!isNotFound(err)) throw err;
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
      created.push(bucket);
    }
  }
  return created;
}
