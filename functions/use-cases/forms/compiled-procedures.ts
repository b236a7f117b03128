/**
 * Compiling a procedure builds every Ajv validator it needs, which is far slower than using them;
 * published versions never change, so each `procedureId@version` is compiled once per warm Lambda
 * and kept in a small LRU (module scope survives between invocations of one container).
 */
import { compileProcedure } from '../../core/index';
import type { CatalogContext } from '../../core/types';
import type { ProcedureVersion } from '../../ports/index';

export type CompiledProcedure = ReturnType<typeof compileProcedure>;

const MAX_ENTRIES = 200;

/** One LRU per catalog context: a different registry or policy set must not reuse compilations. */
const caches = new WeakMap<CatalogContext, Map<string, CompiledProcedure>>();

/** The compiled form of a published version, from the cache when possible. */
export function compiledVersion(ctx: CatalogContext, version: ProcedureVersion): CompiledProcedure {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = new Map();
    caches.set(ctx, cache);
  }
  // publishedAt makes the key safe even if a store is wiped and ids are reused (tests, local resets).
  const key = `${version.procedureId}@${version.version}@${version.publishedAt ?? ''}`;
  const hit = cache.get(key);
  if (hit) {
    // Map keeps insertion order: re-inserting marks the entry most recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const compiled = compileProcedure(version.definition, ctx);
  cache.set(key, compiled);
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return compiled;
}
