/**
 * Artefacts of published versions, remembered for as long as the container lives. A published
 * version never changes, so (procedure, version, fee date) under one catalog context always gives
 * the same artefacts; compiling is most of a publish's cost (about 40 ms a procedure here), so a
 * warm publish only compiles what changed — and a no-op publish compiles nothing.
 */
import { createHash } from 'node:crypto';
import type { CatalogContext } from '../../core/types';
import type { ProcedureVersion } from '../../ports';
import { answerTypes } from './answer-types';
import { buildProcedureArtefacts, type ProcedureArtefacts } from './build-procedure-artefacts';
import { canonicalJson } from './canonical-json';

const maxEntries = 5000;
const caches = new WeakMap<CatalogContext, Map<string, ProcedureArtefacts & { types: string }>>();

/** The artefacts and answer types of one published version as of `date`. */
export function cachedArtefacts(
  catalog: CatalogContext,
  version: ProcedureVersion,
  date: string,
): ProcedureArtefacts & { types: string } {
  let cache = caches.get(catalog);
  if (!cache) {
    cache = new Map();
    caches.set(catalog, cache);
  }
  // only published versions are immutable; the content hash also keeps two stores in one process
  // (tests, or a re-seeded local store reusing ids) from ever sharing an entry by mistake
  const key =
    version.status === 'published'
      ? `${version.procedureId}@${version.version}|${version.publishedAt ?? ''}|${date}|${fingerprint(version)}`
      : null;
  const hit = key === null ? undefined : cache.get(key);
  if (hit) return hit;
  const built = {
    ...buildProcedureArtefacts(catalog, version, date),
    types: answerTypes(version.definition, version.version),
  };
  if (key !== null) {
    cache.set(key, built);
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
  }
  return built;
}

function fingerprint(version: ProcedureVersion): string {
  return createHash('sha256').update(canonicalJson(version.definition)).digest('base64url');
}
