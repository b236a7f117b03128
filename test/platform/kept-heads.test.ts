/**
 * The citizen routes accept a procedure head up to a second old instead of a strongly consistent
 * read per request. Two stores over one table stand for the admin and the citizen containers; a
 * hand-moved monotonic clock stands for time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoProcedureStore } from '../../functions/adapters/dynamodb/procedure-store';
import type { ProcedureHead } from '../../functions/ports';
import { HEAD_MAX_AGE_MS } from '../../functions/use-cases/forms/load-published-procedure';
import { createTestDeps, type TestPlatform } from '../support/test-deps';
import { seeAddedMiddleware } from '../support/watch-sdk';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestDeps();
});
afterAll(() => t.stop());

function head(id: string, revision: number): ProcedureHead {
  return {
    procedureId: id,
    agency: 'ubnd-phuong-sai-gon',
    code: '1.000001',
    name: { vi: 'Thủ tục thử', en: 'Test procedure' },
    field: 'ho-tich',
    level: 'xa',
    onlineLevel: 'partial',
    latestVersion: revision,
    publishedVersion: null,
    status: 'draft',
    revision,
    updatedAt: `2026-12-02T06:00:0${revision}Z`,
  };
}

const store = (now: () => number) =>
  createDynamoProcedureStore(t.clients.dynamodb, t.config.tables.procedures, t.config.tables.audit, now);

/** Counts GetItem calls on the real client (observes, changes nothing). */
function countGets() {
  const name = `count-gets-${Math.random()}`;
  const seen = { gets: 0 };
  seeAddedMiddleware(t.clients.dynamodb);
  t.clients.dynamodb.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'GetItemCommand') seen.gets++;
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { seen, remove: () => void t.clients.dynamodb.middlewareStack.remove(name) };
}

describe('procedure heads kept for the citizen routes', () => {
  it('reads a head once for concurrent and repeated requests within its age', async () => {
    let now = 0;
    const citizen = store(() => now);
    await store(() => 0).putHead(head('kept-a', 1), null);
    const counter = countGets();
    try {
      const age = { maxAgeMs: HEAD_MAX_AGE_MS };
      const first = await Promise.all([citizen.getHead('kept-a', age), citizen.getHead('kept-a', age)]);
      now += HEAD_MAX_AGE_MS;
      const later = await citizen.getHead('kept-a', age);
      expect([...first, later].map((h) => h?.revision)).toEqual([1, 1, 1]);
      expect(counter.seen.gets).toBe(1);
    } finally {
      counter.remove();
    }
  });

  it('shows another container’s change once the age is past, and at once to a consistent read', async () => {
    let now = 0;
    const citizen = store(() => now);
    const admin = store(() => 0);
    await admin.putHead(head('kept-b', 1), null);
    const age = { maxAgeMs: HEAD_MAX_AGE_MS };
    expect((await citizen.getHead('kept-b', age))?.revision).toBe(1);
    await admin.putHead(head('kept-b', 2), 1);
    expect((await citizen.getHead('kept-b', age))?.revision).toBe(1);
    expect((await citizen.getHead('kept-b'))?.revision).toBe(2);
    now += HEAD_MAX_AGE_MS + 1;
    expect((await citizen.getHead('kept-b', age))?.revision).toBe(2);
  });

  it('forgets every kept head when this store writes, so its own change is seen at once', async () => {
    const one = store(() => 0);
    const age = { maxAgeMs: HEAD_MAX_AGE_MS };
    await one.putHead(head('kept-c', 1), null);
    expect((await one.getHead('kept-c', age))?.revision).toBe(1);
    await one.putHead(head('kept-c', 2), 1);
    expect((await one.getHead('kept-c', age))?.revision).toBe(2);
    // Even a refused write forgets: a timed-out write may have committed.
    await expect(one.putHead(head('kept-c', 3), 1)).rejects.toMatchObject({ status: 409 });
    await store(() => 0).putHead(head('kept-c', 3), 2);
    expect((await one.getHead('kept-c', age))?.revision).toBe(3);
  });

  it('knows every method of the store: a new write must forget kept heads too (kept-heads.ts)', () => {
    // Reads: getHead, getPublished, getVersion, listHeads, listVersions. Writes: the other four.
    expect(Object.keys(store(() => 0)).sort()).toEqual([
      'commit',
      'getHead',
      'getPublished',
      'getVersion',
      'listHeads',
      'listVersions',
      'putHead',
      'putNewVersion',
      'updateVersion',
    ]);
  });
});
