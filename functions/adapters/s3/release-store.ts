/**
 * ReleaseStore on S3 (catalog bucket). Releases are written under their own prefix
 * (`releases/<id>/…`); `current.json` is one small object written last, so readers see either
 * the previous release or the whole new one — never half of it.
 */
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ReleaseStore } from '../../ports';
import { guard } from '../guard';
import { isNotFound } from './sdk-errors';

const what = 'Kho danh mục phát hành / catalog release storage';
export const currentPointerKey = 'current.json';

type Pointer = { releaseId: string; publishedAt: string; digest: string };

/** Creates the store over an injected client and the bucket name. */
export function createS3ReleaseStore(client: S3Client, bucket: string): ReleaseStore {
  const put = (key: string, body: string, contentType: string) =>
    client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
  const get = async (key: string): Promise<string | null> => {
    try {
      const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return (await out.Body?.transformToString('utf-8')) ?? '';
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  };
  return {
    putObject: (key, body, contentType) =>
      guard(what, async () => {
        await put(key, body, contentType);
      }),
    getObject: (key) => guard(what, () => get(key)),
    getCurrentPointer: () =>
      guard(what, async () => {
        const text = await get(currentPointerKey);
        return text === null ? null : (JSON.parse(text) as Pointer);
      }),
    setCurrentPointer: (pointer) =>
      guard(what, async () => {
        const body = JSON.stringify({
          releaseId: pointer.releaseId,
          publishedAt: pointer.publishedAt,
          digest: pointer.digest,
        });
        await put(currentPointerKey, body, 'application/json');
      }),
  };
}
