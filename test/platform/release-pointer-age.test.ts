/**
 * The citizen routes accept a current-release pointer up to a second old instead of reading it from
 * S3 on every request. Two stores over one bucket stand for two Lambda containers; a hand-moved
 * monotonic clock stands for time, so expiry is shown without waiting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3ReleaseStore } from '../../functions/adapters/s3/release-store';
import { DependencyError } from '../../functions/errors';
import type { ReleasePointer } from '../../functions/ports';
import { POINTER_MAX_AGE_MS, servedPointer } from '../../functions/use-cases/forms/current-pointer';
import { injectFault } from '../support/inject-fault';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestDeps();
});
afterAll(() => t.stop());

const pointer = (releaseId: string): ReleasePointer => ({
  releaseId,
  publishedAt: '2026-12-02T06:00:00Z',
  digest: `digest-${releaseId}`,
});

/** Counts the S3 GETs of the pointer object (observes the real client, changes nothing). */
function countPointerReads() {
  const name = `count-pointer-${Math.random()}`;
  const seen = { reads: 0 };
  t.clients.s3.middlewareStack.add(
    (next, context) => async (args) => {
      const input = (args as { input?: { Key?: string } }).input;
      if (context.commandName === 'GetObjectCommand' && input?.Key === 'current.json') seen.reads++;
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { seen, remove: () => void t.clients.s3.middlewareStack.remove(name) };
}

describe('the served current-release pointer', () => {
  it('is read from S3 once for concurrent and repeated citizen requests within its age', async () => {
    let now = 0;
    const container = createS3ReleaseStore(t.clients.s3, t.config.buckets.catalog, () => now);
    await createS3ReleaseStore(t.clients.s3, t.config.buckets.catalog).setCurrentPointer(pointer('r1'));
    const counter = countPointerReads();
    try {
      const first = await Promise.all([servedPointer(container), servedPointer(container)]);
      now += POINTER_MAX_AGE_MS - 1;
      const later = await servedPointer(container);
      expect([...first, later].map((p) => p?.releaseId)).toEqual(['r1', 'r1', 'r1']);
      expect(counter.seen.reads).toBe(1);
    } finally {
      counter.remove();
    }
  });

  it('shows another container’s publish once its age is past, and at once to a fresh read', async () => {
    let now = 0;
    const reader = createS3ReleaseStore(t.clients.s3, t.config.buckets.catalog, () => now);
    const publisher = createS3ReleaseStore(t.clients.s3, t.config.buckets.catalog);
    await publisher.setCurrentPointer(pointer('r1'));
    expect((await servedPointer(reader))?.releaseId).toBe('r1');

    await publisher.setCurrentPointer(pointer('r2'));
    now += POINTER_MAX_AGE_MS;
    expect((await servedPointer(reader))?.releaseId).toBe('r1');
    // Publishing and rollback read without an age: they never act on a kept pointer.
    expect((await reader.getCurrentPointer())?.releaseId).toBe('r2');

    await publisher.setCurrentPointer(pointer('r3'));
    now += POINTER_MAX_AGE_MS + 1;
    expect((await servedPointer(reader))?.releaseId).toBe('r3');
  });

  it('shows this container’s own publish or rollback on the next request, without waiting', async () => {
    const now = 0;
    const container = createS3ReleaseStore(t.clients.s3, t.config.buckets.catalog, () => now);
    await container.setCurrentPointer(pointer('r4'));
    expect((await servedPointer(container))?.releaseId).toBe('r4');
    await container.setCurrentPointer(pointer('r3'));
    expect(await servedPointer(container)).toEqual(pointer('r3'));
  });

  it('does not keep a failed read: the next request asks S3 again', async () => {
    const container = createS3ReleaseStore(t.clients.s3, t.config.buckets.catalog, () => 0);
    await createS3ReleaseStore(t.clients.s3, t.config.buckets.catalog).setCurrentPointer(pointer('r5'));
    const fault = injectFault(t, { service: 's3', command: 'GetObjectCommand', times: 1 });
    try {
      await expect(servedPointer(container)).rejects.toBeInstanceOf(DependencyError);
    } finally {
      fault.remove();
    }
    expect((await servedPointer(container))?.releaseId).toBe('r5');
  });
});
