/**
 * Browsers PUT files straight to storage, from the app's origin to s3rver's: the uploads bucket
 * needs a CORS rule (the CDK stack sets one for the site's origin on AWS). Local mode's start did
 * not set one when these tests were written, so the harness adds the same rule when — and only
 * when — the bucket has none. Once local mode sets it, this does nothing.
 */
import { createServer } from 'node:net';
import { GetBucketCorsCommand, PutBucketCorsCommand, S3Client } from '@aws-sdk/client-s3';

/** A free TCP port on 127.0.0.1 (so the test knows where s3rver listens). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Ensures the uploads bucket answers the browser's preflight for PUT from `origin`. */
export async function ensureUploadCors(
  s3Port: number,
  origin: string,
  bucket = 'tthc-uploads',
): Promise<void> {
  const s3 = new S3Client({
    endpoint: `http://127.0.0.1:${s3Port}`,
    region: 'ap-southeast-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  try {
    await s3.send(new GetBucketCorsCommand({ Bucket: bucket }));
  } catch {
    await s3.send(
      new PutBucketCorsCommand({
        Bucket: bucket,
        CORSConfiguration: {
          CORSRules: [{ AllowedOrigins: [origin], AllowedMethods: ['PUT'], AllowedHeaders: ['*'] }],
        },
      }),
    );
  } finally {
    s3.destroy();
  }
}
