/**
 * Lets browsers PUT to presigned URLs of the uploads bucket from the given origins. On AWS the
 * CDK app sets the same rule on the bucket; local mode and tests set it on s3rver, whose
 * preflight check would otherwise refuse the portal's uploads.
 */
import { PutBucketCorsCommand, type S3Client } from '@aws-sdk/client-s3';

/** Writes the bucket's CORS rule (replaces any previous one; idempotent). */
export async function allowBrowserUploads(client: S3Client, bucket: string, origins: readonly string[]) {
  await client.send(
    new PutBucketCorsCommand({
      Bucket: bucket,
      CORSConfiguration: {
        CORSRules: [
          {
            AllowedOrigins: [...origins],
            AllowedMethods: ['PUT'],
            AllowedHeaders: ['*'],
            ExposeHeaders: ['ETag'],
            MaxAgeSeconds: 3000,
          },
        ],
      },
    }),
  );
}
