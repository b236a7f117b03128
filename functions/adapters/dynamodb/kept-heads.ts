/**
 * Procedure heads a store has read lately, for callers that accept a little age (the citizen
 * routes, see functions/use-cases/forms/load-published-procedure.ts). Concurrent misses for one id
 * share one read; a failed read is not kept; any write through the store forgets them all, so
 * this process never serves a head older than its own last change.
 */
import type { ProcedureHead, ProcedureStore } from '../../ports';

const MAX_ENTRIES = 500;

interface KeptHeads {
  get(id: string, maxAgeMs: number, read: () => Promise<ProcedureHead | null>): Promise<ProcedureHead | null>;
  /** Runs a write, then forgets every kept head (whether the write succeeded or not: a timeout may have committed). */
  around<T>(write: () => Promise<T>): Promise<T>;
}

function keptHeads(monotonicMs: () => number): KeptHeads {
  const kept = new Map<string, { head: Promise<ProcedureHead | null>; at: number }>();
  return {
    get(id, maxAgeMs, read) {
      const hit = kept.get(id);
      if (hit && monotonicMs() - hit.at <= maxAgeMs) return hit.head;
      const entry = { head: read(), at: monotonicMs() };
      kept.delete(id);
      kept.set(id, entry);
      if (kept.size > MAX_ENTRIES) {
        const oldest = kept.keys().next().value;
        if (oldest !== undefined) kept.delete(oldest);
      }
      entry.head.catch(() => {
        if (kept.get(id) === entry) kept.delete(id);
      });
      return entry.head;
    },
    async around(write) {
      try {
        return await write();
      } finally {
        kept.clear();
      }
    },
  };
}

/**
 * The store with `getHead(id, { maxAgeMs })` answered from kept heads, and every write forgetting
 * them. A write method added to ProcedureStore must be listed here too (test/platform/kept-heads.test.ts).
 */
export function withKeptHeads(monotonicMs: () => number, store: ProcedureStore): ProcedureStore {
  const heads = keptHeads(monotonicMs);
  return {
    ...store,
    getHead: (id, options = {}) =>
      options.maxAgeMs === undefined
        ? store.getHead(id)
        : heads.get(id, options.maxAgeMs, () => store.getHead(id)),
    commit: (change) => heads.around(() => store.commit(change)),
    putNewVersion: (version) => heads.around(() => store.putNewVersion(version)),
    updateVersion: (version, expected) => heads.around(() => store.updateVersion(version, expected)),
    putHead: (head, expected) => heads.around(() => store.putHead(head, expected)),
  };
}
