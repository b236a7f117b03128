/**
 * The container's own counters (per-IP rate limits): the same contract as the DynamoDB counter
 * store — every amount grows together or none does — and bounded in memory.
 */
import { describe, expect, it } from 'vitest';
import { createContainerCounterStore } from '../../functions/adapters/memory/container-counter-store';

const later = new Date(Date.now() + 60_000);

describe('container counters', () => {
  it('grows every amount together, or none when one would pass its limit', async () => {
    const store = createContainerCounterStore();
    const amounts = { files: { add: 1, limit: 2 }, bytes: { add: 600, limit: 1000 } };
    expect(await store.add('k', amounts, later)).toBe(true);
    // bytes would reach 1200: refused, and files is not grown either
    expect(await store.add('k', amounts, later)).toBe(false);
    expect(
      await store.add('k', { files: { add: 1, limit: 2 }, bytes: { add: 400, limit: 1000 } }, later),
    ).toBe(true);
    expect(await store.add('k', { files: { add: 1, limit: 2 } }, later)).toBe(false);
    expect(await store.add('other', amounts, later)).toBe(true);
  });

  it('keeps at most maxKeys: finished windows go first, then the oldest', async () => {
    let now = 0;
    const store = createContainerCounterStore({ maxKeys: 2, now: () => now });
    const one = { requests: { add: 1, limit: 1 } };
    expect(await store.add('finished', one, new Date(10))).toBe(true);
    expect(await store.add('current', one, new Date(1000))).toBe(true);
    now = 20;
    // full: the finished window is swept, the current one stays counted
    expect(await store.add('new', one, new Date(1000))).toBe(true);
    expect(await store.add('current', one, later)).toBe(false);
    // full with no finished window: the oldest key is forgotten and starts again at zero
    expect(await store.add('newer', one, new Date(1000))).toBe(true);
    expect(await store.add('current', one, later)).toBe(true);
    expect(await store.add('newer', one, later)).toBe(false);
  });
});
