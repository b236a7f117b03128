/** Checks of registry.json: unique ids and references between its own lists. */
import type { Registry } from '../types';
import { pointer } from './pointer';
import { type CatalogProblem, problemsFor, q } from './problem';
import { duplicates, registryIndexOf } from './registry-index';

const lists = ['levels', 'jurisdictions', 'agencies', 'fields', 'feeCategories', 'sources'] as const;

export function checkRegistry(registry: Registry): CatalogProblem[] {
  const { found, error } = problemsFor({ kind: 'registry' });
  const index = registryIndexOf(registry);
  for (const list of lists) {
    for (const dup of duplicates(registry[list].map((x) => x.id))) {
      error('registry.id.duplicate', pointer(list, dup.index, 'id'), {
        vi: `Mã ${q.vi(dup.id)} bị trùng trong ${list}`,
        en: `Id ${q.en(dup.id)} appears twice in ${list}`,
      });
    }
  }
  registry.jurisdictions.forEach((j, i) => {
    if (!index.levels.has(j.level)) unknownLevel(error, pointer('jurisdictions', i, 'level'), j.level);
    if (j.parent !== undefined && !index.jurisdictions.has(j.parent)) {
      error('jurisdiction.parent.unknown', pointer('jurisdictions', i, 'parent'), {
        vi: `Địa bàn cha ${q.vi(j.parent)} không có trong jurisdictions`,
        en: `Parent jurisdiction ${q.en(j.parent)} is not in jurisdictions`,
      });
    }
  });
  const cyclic = new Set<string>();
  registry.jurisdictions.forEach((j, i) => {
    const chain = [j.id];
    let parent = j.parent;
    while (parent !== undefined && !cyclic.has(j.id)) {
      if (chain.includes(parent)) {
        if (parent === j.id) {
          for (const id of chain) cyclic.add(id);
          error('jurisdiction.parent.cycle', pointer('jurisdictions', i, 'parent'), {
            vi: `Tham chiếu vòng (cyclic reference) giữa các địa bàn: ${[...chain, parent].join(' → ')}`,
            en: `Cyclic reference between jurisdictions: ${[...chain, parent].join(' → ')}`,
          });
        }
        break;
      }
      chain.push(parent);
      parent = index.jurisdictions.get(parent)?.parent;
    }
  });
  registry.agencies.forEach((a, i) => {
    if (!index.levels.has(a.level)) unknownLevel(error, pointer('agencies', i, 'level'), a.level);
    if (!index.jurisdictions.has(a.jurisdiction)) {
      error('agency.jurisdiction.unknown', pointer('agencies', i, 'jurisdiction'), {
        vi: `Địa bàn ${q.vi(a.jurisdiction)} của cơ quan không có trong jurisdictions`,
        en: `The agency's jurisdiction ${q.en(a.jurisdiction)} is not in jurisdictions`,
      });
    }
  });
  registry.sources.forEach((s, i) => {
    for (const dup of duplicates((s.attributes ?? []).map((a) => a.name))) {
      error('registry.id.duplicate', pointer('sources', i, 'attributes', dup.index, 'name'), {
        vi: `Thuộc tính ${q.vi(dup.id)} bị trùng trong nguồn ${q.vi(s.id)}`,
        en: `Attribute ${q.en(dup.id)} appears twice in source ${q.en(s.id)}`,
      });
    }
    for (const dup of duplicates((s.records ?? []).map((r) => r.id))) {
      error('registry.id.duplicate', pointer('sources', i, 'records', dup.index, 'id'), {
        vi: `Loại hồ sơ ${q.vi(dup.id)} bị trùng trong nguồn ${q.vi(s.id)}`,
        en: `Record type ${q.en(dup.id)} appears twice in source ${q.en(s.id)}`,
      });
    }
  });
  return found;
}

function unknownLevel(error: ReturnType<typeof problemsFor>['error'], at: string, level: string) {
  error('level.unknown', at, {
    vi: `Cấp ${q.vi(level)} không có trong levels của registry.json`,
    en: `Level ${q.en(level)} is not in the registry's levels`,
  });
}
