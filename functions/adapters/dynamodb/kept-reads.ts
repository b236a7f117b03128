/**
 * Reads a store made lately, per key, for callers that accept a little age. Concurrent misses for
 * one key share one read; a failed read is not kept; a write through the store forgets that key
 * (whether it succeeded or not: a timeout may have committed). Bounded: the oldest key goes first.
 */
export interface KeptReads<T> {
  get(key: string, maxAgeMs: number, read: () => Promise<T>): Promise<T>;
  around<R>(key: string, write: () => Promise<R>): Promise<R>;
}

/** An empty set of kept reads; `monotonicMs` is a clock that never goes back (performance.now). */
export function keptReads<T>(maxEntries: number, monotonicMs: () => number): KeptReads<T> {
  const kept = new Map<string, { value: Promise<T>; at: number }>();
  return {
    get(key, maxAgeMs, read) {
      const hit = kept.get(key);
      if (hit && monotonicMs() - hit.at <= maxAgeMs) return hit.value;
      const entry = { value: read(), at: monotonicMs() };
      kept.delete(key);
      kept.set(key, entry);
      if (kept.size > maxEntries) {
        const oldest = kept.keys().next().value;
        if (oldest !== undefined) kept.delete(oldest);
      }
      entry.value.catch(() => {
        if (kept.get(key) === entry) kept.delete(key);
      });
      return entry.value;
    },
    async around(key, write) {
      try {
        return await write();
      } finally {
        kept.delete(key);
      }
    },
  };
}
