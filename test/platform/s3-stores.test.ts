import { createHash } from 'node:crypto';
import { GetObjectTaggingCommand, PutObjectTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DependencyError } from '../../functions/errors';
import { injectFault } from '../support/inject-fault';
import { createTestDeps, type TestPlatform } from '../support/test-deps';
import { seeAddedMiddleware } from '../support/watch-sdk';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestDeps();
});
afterAll(() => t.stop());

const pdf = new TextEncoder().encode('%PDF-1.7 giấy chứng sinh');

describe('S3 file store (uploads)', () => {
  it('accepts a browser-style PUT to the presigned URL and reports size, type and metadata', async () => {
    const key = 'uploads/079190012345/u-1';
    const presigned = await t.deps.files.presignUpload({
      key,
      contentType: 'application/pdf',
      maxBytes: 1024,
      expiresInSeconds: 300,
      metadata: { owner: '079190012345', document: 'giay-chung-sinh' },
      contentLength: pdf.byteLength,
    });
    expect(presigned.method).toBe('PUT');
    const signed = new URL(presigned.url).searchParams.get('X-Amz-SignedHeaders')?.split(';');
    // Signed headers: S3 refuses a PUT that leaves out the pending tag or changes the type.
    expect(signed).toEqual(expect.arrayContaining(['content-type', 'x-amz-tagging']));
    expect(presigned.headers?.['x-amz-tagging']).toBe('upload=pending');
    expect(new URL(presigned.url).searchParams.has('x-amz-tagging')).toBe(false);
    const put = await fetch(presigned.url, { method: 'PUT', headers: presigned.headers, body: pdf });
    expect(put.status).toBe(200);

    expect(await t.deps.files.head(key)).toEqual({
      key,
      size: pdf.byteLength,
      contentType: 'application/pdf',
      metadata: { owner: '079190012345', document: 'giay-chung-sinh' },
      // A single PUT's ETag is the MD5 of its bytes: what confirmation pins the checked content by.
      etag: createHash('md5').update(pdf).digest('hex'),
    });
    expect(await t.deps.files.read(key, 1024)).toEqual(pdf);
  });

  it('keeps a checked upload as an untagged copy; the incoming object stays pending', async () => {
    const key = 'uploads/079190012345/kept';
    const kept = 'documents/079190012345/kept';
    const presigned = await t.deps.files.presignUpload({
      key,
      contentType: 'application/pdf',
      maxBytes: 1024,
      expiresInSeconds: 60,
      metadata: { owner: '079190012345' },
    });
    await fetch(presigned.url, { method: 'PUT', headers: presigned.headers, body: pdf });
    // s3rver 3.7 drops the x-amz-tagging header of a PUT (S3 stores it), so put the tag S3 would have.
    const s3 = t.clients.s3;
    const Bucket = t.config.buckets.uploads;
    const pending = [{ Key: 'upload', Value: 'pending' }];
    await s3.send(new PutObjectTaggingCommand({ Bucket, Key: key, Tagging: { TagSet: pending } }));
    const source = await t.deps.files.head(key);
    expect(source?.etag).toMatch(/^[0-9a-f]{32}$/);

    // s3rver never copies tags, so what S3 acts on is checked on the wire: the copy replaces them.
    const sent = recordHeaders(s3, 'CopyObjectCommand');
    await t.deps.files.keep(key, kept, source?.etag ?? '');
    await t.deps.files.keep(key, kept, source?.etag ?? '');
    sent.remove();
    expect(sent.headers).toHaveLength(2);
    expect(sent.headers[0]).toMatchObject({
      'x-amz-tagging-directive': 'REPLACE',
      'x-amz-copy-source-if-match': `"${source?.etag}"`,
    });
    expect(sent.headers[0]?.['x-amz-tagging']).toBeUndefined();

    expect(await t.deps.files.head(kept)).toEqual({ ...source, key: kept });
    expect(await t.deps.files.read(kept, 1024)).toEqual(pdf);
    expect((await s3.send(new GetObjectTaggingCommand({ Bucket, Key: kept }))).TagSet ?? []).toEqual([]);
    expect((await s3.send(new GetObjectTaggingCommand({ Bucket, Key: key }))).TagSet).toEqual(pending);
  });

  it('refuses to read an object that no longer holds the checked content (409 upload.changed)', async () => {
    const key = 'uploads/079190012345/changed';
    const presigned = await t.deps.files.presignUpload({
      key,
      contentType: 'application/pdf',
      maxBytes: 1024,
      expiresInSeconds: 60,
      metadata: {},
    });
    await fetch(presigned.url, { method: 'PUT', headers: presigned.headers, body: pdf });
    const checked = (await t.deps.files.head(key))?.etag ?? '';
    expect(await t.deps.files.read(key, 1024, checked)).toEqual(pdf);
    await fetch(presigned.url, { method: 'PUT', headers: presigned.headers, body: pdf.slice(0, 8) });
    await expect(t.deps.files.read(key, 1024, checked)).rejects.toMatchObject({
      status: 409,
      code: 'upload.changed',
    });
  });

  it('lets a browser on another origin upload (CORS preflight of the presigned PUT)', async () => {
    const presigned = await t.deps.files.presignUpload({
      key: 'uploads/079190012345/cors',
      contentType: 'application/pdf',
      maxBytes: 1024,
      expiresInSeconds: 60,
      metadata: { owner: '079190012345' },
    });
    const preflight = await fetch(presigned.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:8787',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': Object.keys(presigned.headers ?? {}).join(','),
      },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
  });

  it('refuses to read more than asked, and reports missing objects as null', async () => {
    const key = 'uploads/079190012345/big';
    const presigned = await t.deps.files.presignUpload({
      key,
      contentType: 'image/png',
      maxBytes: 10,
      expiresInSeconds: 60,
      metadata: {},
    });
    await fetch(presigned.url, { method: 'PUT', headers: presigned.headers, body: new Uint8Array(64) });
    await expect(t.deps.files.read(key, 10)).rejects.toMatchObject({ status: 413 });
    expect(await t.deps.files.head('uploads/none')).toBeNull();
    expect(await t.deps.files.read('uploads/none', 10)).toBeNull();
    await t.deps.files.delete(key);
    expect(await t.deps.files.head(key)).toBeNull();
  });
});

describe('S3 release store', () => {
  it('has no current release at first, then the one whose pointer was written', async () => {
    expect(await t.deps.releases.getCurrentPointer()).toBeNull();
    await t.deps.releases.putObject('releases/r1/index.json', '{"items":[]}', 'application/json');
    await t.deps.releases.setCurrentPointer({
      releaseId: 'r1',
      publishedAt: '2026-11-22T07:00:00Z',
      digest: 'd1',
    });
    expect(await t.deps.releases.getCurrentPointer()).toMatchObject({
      releaseId: 'r1',
      publishedAt: '2026-11-22T07:00:00Z',
      digest: 'd1',
    });
    expect(await t.deps.releases.getObject('releases/r1/index.json')).toBe('{"items":[]}');
    expect(await t.deps.releases.getObject('releases/r1/missing.json')).toBeNull();
  });

  it('keeps the previous release current when the pointer cannot be moved to the next one', async () => {
    const fault = injectFault(t, {
      service: 'dynamodb',
      command: 'UpdateItemCommand',
      matching: 'CATALOG#RELEASE',
    });
    try {
      await t.deps.releases.putObject('releases/r2/index.json', '{}', 'application/json');
      const pointer = t.deps.releases.setCurrentPointer({ releaseId: 'r2', publishedAt: 'x', digest: 'd2' });
      await expect(pointer).rejects.toBeInstanceOf(DependencyError);
    } finally {
      fault.remove();
    }
    expect((await t.deps.releases.getCurrentPointer())?.releaseId).toBe('r1');
  });
});

/** Records the HTTP headers the real client sends for one command (observes, changes nothing). */
function recordHeaders(client: S3Client, command: string) {
  const name = `record-${command}-${Math.random()}`;
  const headers: Record<string, string>[] = [];
  seeAddedMiddleware(client);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const request = (args as { request?: { headers?: Record<string, string> } }).request;
      if (context.commandName === command && request?.headers) headers.push({ ...request.headers });
      return next(args);
    },
    { step: 'finalizeRequest', name },
  );
  return { headers, remove: () => void client.middlewareStack.remove(name) };
}
