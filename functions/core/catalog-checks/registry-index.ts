/** Lookup tables over the registry, built once per check run. */
import type { Registry } from '../types';

export interface RegistryIndex {
  levels: Set<string>;
  jurisdictions: Map<string, Registry['jurisdictions'][number]>;
  agencies: Map<string, Registry['agencies'][number]>;
  fields: Set<string>;
  feeCategories: Set<string>;
  sources: Map<string, { attributes: Set<string>; records: Set<string> }>;
}

export function indexRegistry(registry: Registry): RegistryIndex {
  return {
    levels: new Set(registry.levels.map((l) => l.id)),
    jurisdictions: new Map(registry.jurisdictions.map((j) => [j.id, j])),
    agencies: new Map(registry.agencies.map((a) => [a.id, a])),
    fields: new Set(registry.fields.map((f) => f.id)),
    feeCategories: new Set(registry.feeCategories.map((c) => c.id)),
    sources: new Map(
      registry.sources.map((s) => [
        s.id,
        {
          attributes: new Set((s.attributes ?? []).map((a) => a.name)),
          records: new Set((s.records ?? []).map((r) => r.id)),
        },
      ]),
    ),
  };
}

const cache = new WeakMap<Registry, RegistryIndex>();

/** indexRegistry, memoised by registry object so checking many drafts reuses one index. */
export function registryIndexOf(registry: Registry): RegistryIndex {
  let index = cache.get(registry);
  if (!index) {
    index = indexRegistry(registry);
    cache.set(registry, index);
  }
  return index;
}

/** The first id that appears twice in `ids`, with the index of its second occurrence. */
export function duplicates(ids: string[]): { id: string; index: number }[] {
  const seen = new Set<string>();
  const found: { id: string; index: number }[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) found.push({ id, index });
    seen.add(id);
  });
  return found;
}
