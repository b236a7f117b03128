/**
 * ReleaseStore: releases in S3 (catalog bucket), the current-release pointer in DynamoDB
 * (adapters/dynamodb/release-pointer.ts, moved only from what the mover planned from). Releases are
 * written under their own prefix (`releases/<id>/…`); the pointer is moved last, so readers see
 * either the previous release or the whole new one — never half of it. A bucket whose pointer was
 * still the S3 object `current.json` (before the move to DynamoDB) is read from it until the first
 * move writes the record.
 *
 * The pointer is the only thing a citizen request would otherwise GET from S3 every time, so the
 * store keeps the last pointer it read or wrote: callers that accept an age (`maxAgeMs`, the
 * citizen routes) share it, and concurrent misses share one GET. Writing the pointer through this
 * store replaces the copy at once, so a publish or rollback in this process is visible to its
 * next request; other containers see it within `maxAgeMs` (see functions/use-cases/forms/current-pointer.ts).
 */
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ReleasePointer, ReleaseStore } from '../../ports';
import type { PointerRecord } from '../dynamodb/release-pointer';
import { guard } from '../guard';
import { isNotFound } from './sdk-errors';

const what = 'Kho danh mục phát hành / catalog release storage';
/** Where the pointer was kept before it moved to DynamoDB (read only, as a fallback). */
export const legacyPointerKey = 'current.json';

/**
 * Creates the store over an injected client, the bucket name and the pointer record. `monotonicMs`
 * dates the kept pointer (tests pass their own to expire it without waiting).
 */
export function createS3ReleaseStore(
  client: S3Client,
  bucket: string,
  pointerRecord: PointerRecord,
  monotonicMs: () => number = () => performance.now(),
): ReleaseStore {
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
  const readPointer = async (): Promise<ReleasePointer | null> => {
    const recorded = await pointerRecord.read();
    if (recorded) return recorded;
    const text = await get(legacyPointerKey);
    return text === null ? null : (JSON.parse(text) as ReleasePointer);
  };
  let kept: { pointer: Promise<ReleasePointer | null>; at: number } | undefined;
  const freshPointer = () => {
    const entry = { pointer: guard(what, readPointer), at: monotonicMs() };
    kept = entry;
    // A failed read is not kept: the next request tries again.
    entry.pointer.catch(() => {
      if (kept === entry) kept = undefined;
    });
    return entry.pointer;
  };
  return {
    putObject: (key, body, contentType) =>
      guard(what, async () => {
        await put(key, body, contentType);
      }),
    getObject: (key) => guard(what, () => get(key)),
    getCurrentPointer: (options = {}) => {
      const { maxAgeMs } = options;
      if (maxAgeMs !== undefined && kept && monotonicMs() - kept.at <= maxAgeMs) return kept.pointer;
      return freshPointer();
    },
    setCurrentPointer: (pointer, options) =>
      guard(what, async () => {
        const written = await pointerRecord.move(pointer, options);
        kept = { pointer: Promise.resolve(written), at: monotonicMs() };
      }),
  };
}
