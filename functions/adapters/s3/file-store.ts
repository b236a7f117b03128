/**
 * FileStore on S3 (uploads bucket). Uploads go straight from the browser to S3 with a presigned
 * PUT whose content type, length and metadata are signed. s3rver does not enforce signatures or
 * sizes, so the app re-checks every object with `head` before accepting it into a dossier.
 *
 * Every upload is tagged `upload=pending` by its signed `x-amz-tagging` header and `markKept`
 * clears the tag, so the bucket's lifecycle rule expires only abandoned uploads. s3rver 3.7
 * ignores `x-amz-tagging` on PUT (and answers NotImplemented to DeleteObjectTagging), so locally
 * uploads are untagged; `markKept` writes an empty tag set, which both S3 and s3rver support.
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { PayloadTooLargeError } from '../../errors';
import type { FileStore } from '../../ports';
import { guard } from '../guard';
import { pendingUploadTagging } from './pending-upload-tag';
import { isNotFound } from './sdk-errors';

const what = 'Kho tệp / file storage';

/** Creates the store over an injected client and the bucket name. */
export function createS3FileStore(client: S3Client, bucket: string): FileStore {
  return {
    presignUpload: (input) =>
      guard(what, async () => {
        const metadataHeaders = Object.fromEntries(
          Object.entries(input.metadata).map(([k, v]) => [`x-amz-meta-${k.toLowerCase()}`, v]),
        );
        const command = new PutObjectCommand({
          Bucket: bucket,
          Key: input.key,
          ContentType: input.contentType,
          ...(input.contentLength !== undefined ? { ContentLength: input.contentLength } : {}),
          Metadata: input.metadata,
          Tagging: pendingUploadTagging,
        });
        const url = await getSignedUrl(client, command, {
          expiresIn: input.expiresInSeconds,
          // Signed as headers (not hoisted into the query) so the browser must send exactly these.
          signableHeaders: new Set([
            'content-type',
            ...(input.contentLength !== undefined ? ['content-length'] : []),
          ]),
          unhoistableHeaders: new Set([...Object.keys(metadataHeaders), 'x-amz-tagging']),
        });
        return {
          url,
          method: 'PUT' as const,
          headers: {
            'content-type': input.contentType,
            'x-amz-tagging': pendingUploadTagging,
            ...metadataHeaders,
          },
        };
      }),
    head: (key) =>
      guard(what, async () => {
        try {
          const out = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
          return {
            key,
            size: out.ContentLength ?? 0,
            contentType: out.ContentType,
            metadata: out.Metadata ?? {},
          };
        } catch (err) {
          if (isNotFound(err)) return null;
          throw err;
        }
      }),
    read: (key, maxBytes) =>
      guard(what, async () => {
        try {
          const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
          if ((out.ContentLength ?? 0) > maxBytes) {
            // Drop the stream instead of downloading what we refuse to read.
            (out.Body as { destroy?: () => void } | undefined)?.destroy?.();
            throw new PayloadTooLargeError(maxBytes);
          }
          const bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array();
          if (bytes.byteLength > maxBytes) throw new PayloadTooLargeError(maxBytes);
          return bytes;
        } catch (err) {
          if (isNotFound(err)) return null;
          throw err;
        }
      }),
    markKept: (key) =>
      guard(what, async () => {
        // An empty tag set rather than DeleteObjectTagging: same effect on S3, and s3rver supports it.
        await client.send(new PutObjectTaggingCommand({ Bucket: bucket, Key: key, Tagging: { TagSet: [] } }));
      }),
    delete: (key) =>
      guard(what, async () => {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      }),
  };
}
