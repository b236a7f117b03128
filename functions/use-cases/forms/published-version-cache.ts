/**
 * The version a citizen is served (published or scheduled) is frozen: editing it means moving it
 * out of that state, which rewrites the head. So the ~40 KB version item is read once per container
 * and kept while the head's revision stays the same, instead of a strongly consistent read on every
 * form, quote, upload slot and submission. A small LRU per store keeps memory flat.
 */
import type { ProcedureHead, ProcedureStore, ProcedureVersion } from '../../ports/index';

const MAX_ENTRIES = 200;

/** One LRU per store: tests with their own tables never see each other's versions. */
const caches = new WeakMap<ProcedureStore, Map<string, ProcedureVersion>>();

/** Version `version` of `head`'s procedure, from the cache when the head has not changed since. */
export async function servedVersion(
  store: ProcedureStore,
  head: ProcedureHead,
  version: number,
): Promise<ProcedureVersion | null> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  const key = `${head.procedureId}@${version}@${head.revision}@${head.updatedAt}`;
  const hit = cache.get(key);
  if (hit) {
    // Map keeps insertion order: re-inserting marks the entry most recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const read = await store.getVersion(head.procedureId, version);
  if (!read) return null;
  cache.set(key, read);
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return read;
}
