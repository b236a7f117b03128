/**
 * Issue 11: upload slots sign their PUT URL directly with the SDK's presigner once the first URL
 * (from getSignedUrl, the client's whole stack) showed the same shape. The URLs must be the very
 * ones getSignedUrl would give: compared at a fixed signing time, for the local path-style endpoint
 * and for AWS's virtual-hosted one. (s3rver does not check signatures, so equality is the proof.)
 */
import { S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPutPresigner, type PutToPresign } from '../../functions/adapters/s3/presign-put';
import { seeAddedMiddleware } from '../support/watch-sdk';

const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const clients = {
  'local, path-style': () =>
    new S3Client({
      region: 'ap-southeast-1',
      endpoint: 'http://127.0.0.1:4569',
      forcePathStyle: true,
      credentials,
      requestChecksumCalculation: 'WHEN_REQUIRED',
    }),
  // as createSdkClients builds it: no checksum of an (empty) body in a presigned URL
  'AWS, virtual-hosted': () =>
    new S3Client({
      region: 'ap-southeast-1',
      // a Lambda's role credentials: the session token goes into the query, escaped
      credentials: { ...credentials, sessionToken: 'IQoJb3JpZ2luX2Vj+/Example=Token==' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
    }),
};

const slot = (key: string, owner = 'citizen-1'): PutToPresign => ({
  bucket: 'tthc-uploads',
  key,
  contentType: 'application/pdf',
  contentLength: 4096,
  metadata: { owner, upload: key.split('/').at(-1) ?? '', document: 'ban-sao' },
  tagging: 'upload=pending',
  expiresInSeconds: 900,
});

/** Counts the requests that went through the client's middleware stack (getSignedUrl clones it). */
function countStackRuns(client: S3Client) {
  const runs = { count: 0 };
  seeAddedMiddleware(client);
  client.middlewareStack.add(
    (next) => async (args) => {
      runs.count++;
      return next(args);
    },
    { step: 'initialize', name: 'count-stack-runs' },
  );
  return runs;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-13T02:00:10Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each(Object.entries(clients))('presigned PUT URLs (%s)', (_, makeClient) => {
  it('are signed directly after the first, identical to getSignedUrl’s', async () => {
    const fast = makeClient();
    const runs = countStackRuns(fast);
    const presign = createPutPresigner(fast);
    const reference = createPutPresigner(makeClient());
    const first = await presign(slot('uploads/citizen-1/01J0FIRST'));
    expect(runs.count).toBe(1);
    for (const input of [
      slot('uploads/citizen-1/01J0SECOND'),
      slot('uploads/citizen-2/01J0THIRD', 'citizen-2'),
    ]) {
      const url = await presign(input);
      // a fresh presigner's first URL always comes from getSignedUrl
      expect(url).toBe(await createPutPresigner(makeClient())(input));
      expect(url).toContain('X-Amz-Signature=');
    }
    expect(runs.count).toBe(1);
    expect(first).toBe(await reference(slot('uploads/citizen-1/01J0FIRST')));
  });

  it('take getSignedUrl for a key that a path would escape', async () => {
    const client = makeClient();
    const runs = countStackRuns(client);
    const presign = createPutPresigner(client);
    await presign(slot('uploads/citizen-1/01J0PLAIN'));
    const odd = slot('uploads/citizen 1/ảnh+1');
    expect(await presign(odd)).toBe(await createPutPresigner(makeClient())(odd));
    expect(runs.count).toBe(2);
  });
});

describe('a client whose URLs carry more than the direct way signs', () => {
  it('keeps every URL from getSignedUrl (the SDK default adds checksum parameters)', async () => {
    const makeClient = () => new S3Client({ region: 'ap-southeast-1', credentials });
    const client = makeClient();
    const runs = countStackRuns(client);
    const presign = createPutPresigner(client);
    await presign(slot('uploads/citizen-1/01J0ONE'));
    const second = slot('uploads/citizen-1/01J0TWO');
    const url = await presign(second);
    expect(url).toContain('x-amz-sdk-checksum-algorithm=');
    expect(url).toBe(await createPutPresigner(makeClient())(second));
    expect(runs.count).toBe(2);
  });
});
