/**
 * The citizen routes accept a current-release pointer up to a second old instead of reading it from
 * DynamoDB on every request. Two stores over one bucket stand for two Lambda containers; a hand-moved
 * monotonic clock stands for time, so expiry is shown without waiting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoReleasePointer } from '../../functions/adapters/dynamodb/release-pointer';
import { createS3ReleaseStore, legacyPointerKey } from '../../functions/adapters/s3/release-store';
import { ConflictError, DependencyError } from '../../functions/errors';
import type { ReleasePointer } from '../../functions/ports';
import { POINTER_MAX_AGE_MS, servedPointer } from '../../functions/use-cases/forms/current-pointer';
import { injectFault } from '../support/inject-fault';
import { createTestDeps, type TestPlatform } from '../support/test-deps';
import { seeAddedMiddleware } from '../support/watch-sdk';

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

/** A release store as a container builds it (its own kept pointer), dated by `monotonicMs`. */
function containerStore(monotonicMs?: () => number) {
  const record = createDynamoReleasePointer(
    t.clients.dynamodb,
    t.config.tables.procedures,
    t.config.tables.audit,
  );
  return createS3ReleaseStore(t.clients.s3, t.config.buckets.catalog, record, monotonicMs);
}

/** Counts the DynamoDB reads of the pointer record (observes the real client, changes nothing). */
function countPointerReads() {
  const name = `count-pointer-${Math.random()}`;
  const seen = { reads: 0 };
  seeAddedMiddleware(t.clients.dynamodb);
  t.clients.dynamodb.middlewareStack.add(
    (next, context) => async (args) => {
      const input = JSON.stringify((args as { input?: unknown }).input);
      if (context.commandName === 'GetItemCommand' && input.includes('CATALOG#RELEASE')) seen.reads++;
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { seen, remove: () => void t.clients.dynamodb.middlewareStack.remove(name) };
}

describe('the served current-release pointer', () => {
  it('is read from the bucket’s old current.json until the first move writes the record', async () => {
    const store = containerStore();
    await t.deps.releases.putObject(legacyPointerKey, JSON.stringify(pointer('r0')), 'application/json');
    const legacy = await store.getCurrentPointer();
    expect(legacy).toEqual(pointer('r0'));
    await store.setCurrentPointer(pointer('r1'), { expected: legacy });
    expect(await store.getCurrentPointer()).toEqual({ ...pointer('r1'), revision: 1 });
  });

  it('moves only from the pointer the mover read: the second of two movers gets 409 release.moved', async () => {
    const a = containerStore();
    const b = containerStore();
    const seen = await a.getCurrentPointer();
    await a.setCurrentPointer(pointer('from-a'), { expected: seen });
    const lost = b.setCurrentPointer(pointer('from-b'), { expected: seen });
    await expect(lost).rejects.toBeInstanceOf(ConflictError);
    await expect(lost).rejects.toMatchObject({ status: 409, code: 'release.moved' });
    expect((await b.getCurrentPointer())?.releaseId).toBe('from-a');
    // A → B → A is still a move: the revision, not the release id, is compared
    const moved = (await a.getCurrentPointer())!;
    await a.setCurrentPointer(pointer('other'), { expected: moved });
    await a.setCurrentPointer(pointer('from-a'), { expected: await a.getCurrentPointer() });
    await expect(b.setCurrentPointer(pointer('stale'), { expected: moved })).rejects.toMatchObject({
      code: 'release.moved',
    });
  });

  it('is read from DynamoDB once for concurrent and repeated citizen requests within its age', async () => {
    let now = 0;
    const container = containerStore(() => now);
    await containerStore().setCurrentPointer(pointer('r1'));
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
    const reader = containerStore(() => now);
    const publisher = containerStore();
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
    const container = containerStore(() => now);
    await container.setCurrentPointer(pointer('r4'));
    expect((await servedPointer(container))?.releaseId).toBe('r4');
    await container.setCurrentPointer(pointer('r3'));
    expect(await servedPointer(container)).toMatchObject(pointer('r3'));
  });

  it('does not keep a failed read: the next request asks DynamoDB again', async () => {
    const container = containerStore(() => 0);
    await containerStore().setCurrentPointer(pointer('r5'));
    const fault = injectFault(t, {
      service: 'dynamodb',
      command: 'GetItemCommand',
      matching: 'CATALOG#RELEASE',
      times: 1,
    });
    try {
      await expect(servedPointer(container)).rejects.toBeInstanceOf(DependencyError);
    } finally {
      fault.remove();
    }
    expect((await servedPointer(container))?.releaseId).toBe('r5');
  });
});
