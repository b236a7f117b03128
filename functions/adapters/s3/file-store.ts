/**
 * FileStore on S3 (uploads bucket). Uploads go straight from the browser to S3 with a presigned
 * PUT whose content type, length and metadata are signed. s3rver does not enforce signatures or
 * sizes, so the app re-checks every object with `head` before accepting it into a dossier.
 *
 * Every upload is tagged `upload=pending` by its signed `x-amz-tagging` header and keeps that tag:
 * an accepted file is COPIED (`keep`) to a key no presigned URL targets, without tags, so the
 * bucket's lifecycle rule expires every incoming object and never a kept one. s3rver 3.7 ignores
 * `x-amz-tagging` on PUT, the tagging directive and the copy's If-Match, and never copies tags;
 * the ETag checks below are what hold locally, S3 enforces the preconditions as well.
 */
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { ConflictError, PayloadTooLargeError } from '../../errors';
import type { FileStore } from '../../ports';
import { guard } from '../guard';
import { pendingUploadTagging } from './pending-upload-tag';
import { createPutPresigner, metaHeaders } from './presign-put';
import { isNotFound } from './sdk-errors';

const what = 'Kho tệp / file storage';

/** Creates the store over an injected client and the bucket name. */
export function createS3FileStore(client: S3Client, bucket: string): FileStore {
  const presignPut = createPutPresigner(client);
  return {
    presignUpload: (input) =>
      guard(what, async () => {
        const url = await presignPut({
          bucket,
          key: input.key,
          contentType: input.contentType,
          ...(input.contentLength !== undefined ? { contentLength: input.contentLength } : {}),
          metadata: input.metadata,
          tagging: pendingUploadTagging,
          expiresInSeconds: input.expiresInSeconds,
        });
        return {
          url,
          method: 'PUT' as const,
          headers: {
            'content-type': input.contentType,
            'x-amz-tagging': pendingUploadTagging,
            ...metaHeaders(input.metadata),
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
            ...(out.ETag ? { etag: plainEtag(out.ETag) } : {}),
          };
        } catch (err) {
          if (isNotFound(err)) return null;
          throw err;
        }
      }),
    read: (key, maxBytes, etag) =>
      guard(what, async () => {
        try {
          const out = await client.send(
            new GetObjectCommand({ Bucket: bucket, Key: key, ...(etag ? { IfMatch: quoted(etag) } : {}) }),
          );
          // S3 answers 412 to a stale If-Match; s3rver ignores it, so compare what came back too.
          if (etag && plainEtag(out.ETag ?? '') !== etag) {
            (out.Body as { destroy?: () => void } | undefined)?.destroy?.();
            throw uploadChanged();
          }
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
          if (isPreconditionFailed(err)) throw uploadChanged(err);
          throw err;
        }
      }),
    keep: (fromKey, toKey, etag) =>
      guard(what, async () => {
        try {
          await client.send(
            new CopyObjectCommand({
              Bucket: bucket,
              Key: toKey,
              CopySource: `${bucket}/${fromKey.split('/').map(encodeURIComponent).join('/')}`,
              CopySourceIfMatch: quoted(etag),
              // The source carries `upload=pending`; the kept copy must not, or it would expire.
              TaggingDirective: 'REPLACE',
            }),
          );
        } catch (err) {
          if (isPreconditionFailed(err)) throw uploadChanged(err);
          throw err;
        }
      }),
    delete: (key) =>
      guard(what, async () => {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      }),
  };
}

/** S3 quotes ETags in headers; the port carries them bare. */
function plainEtag(etag: string): string {
  return etag.replace(/^(W\/)?"|"$/g, '');
}

function quoted(etag: string): string {
  return `"${etag}"`;
}

function isPreconditionFailed(err: unknown): boolean {
  const status = (err as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  return (err as Error | null)?.name === 'PreconditionFailed' || status === 412;
}

/** The citizen re-uploaded while the server was checking: nothing is kept, confirming again works. */
function uploadChanged(cause?: unknown): ConflictError {
  return new ConflictError(
    'upload.changed',
    {
      vi: 'Tệp đã bị tải lên lại trong lúc kiểm tra; vui lòng xác nhận lại.',
      en: 'The file was uploaded again while it was being checked; please confirm again.',
    },
    { cause },
  );
}
