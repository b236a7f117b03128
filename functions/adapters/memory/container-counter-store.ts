/**
 * CounterStore in this container's memory, for the per-IP rate limits. Those are a backstop: on
 * AWS the WAF's rate-based rule sees the viewer and is the real per-IP limit (client-ip.ts), and
 * what the backstop protects is this container's own CPU — which needs no shared count. Keeping it
 * here saves a conditional DynamoDB write per request (the largest storage cost of a quote). The
 * per-citizen limits and quotas stay in DynamoDB: they must hold across containers.
 *
 * Same contract as the DynamoDB store: every amount grows together or none does. Bounded: expired
 * windows are swept when the map is full, then the oldest keys are forgotten (a forgotten window
 * restarts at zero — it can only let a backstop be looser, never refuse anyone wrongly).
 */
import type { CounterStore } from '../../ports';

export interface ContainerCounterOptions {
  /** Keys kept at most. */
  maxKeys?: number;
  /** Wall-clock milliseconds, compared with the keys' `expiresAt`. */
  now?: () => number;
}

/** A fresh, empty store (one per container: build-deps.ts). */
export function createContainerCounterStore({
  maxKeys = 10_000,
  now = Date.now,
}: ContainerCounterOptions = {}): CounterStore {
  const counters = new Map<string, { amounts: Map<string, number>; expiresAt: number }>();
  const makeRoom = () => {
    const t = now();
    for (const [key, counter] of counters) if (counter.expiresAt <= t) counters.delete(key);
    for (const key of counters.keys()) {
      if (counters.size < maxKeys) break;
      counters.delete(key);
    }
  };
  return {
    async add(key, amounts, expiresAt) {
      // A key names its window, so a finished window is never asked again: like DynamoDB's TTL,
      // expiry only frees room (by the wall clock, whatever clock computed the window).
      let counter = counters.get(key);
      const entries = Object.entries(amounts);
      const fits = entries.every(
        ([name, { add, limit }]) => (counter?.amounts.get(name) ?? 0) + add <= limit,
      );
      if (!fits) return false;
      if (!counter) {
        if (counters.size >= maxKeys) makeRoom();
        counter = { amounts: new Map(), expiresAt: expiresAt.getTime() };
        counters.set(key, counter);
      }
      for (const [name, { add }] of entries)
        counter.amounts.set(name, (counter.amounts.get(name) ?? 0) + add);
      return true;
    },
  };
}
