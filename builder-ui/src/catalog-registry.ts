/**
 * The shared vocabulary (levels, fields, agencies …), bundled from catalogs/registry.json exactly
 * as the functions bundle it. Apart from catalog-context.ts so that the citizen's pages, which only
 * name registry ids, do not also load every jurisdiction's fee policies (~2.6 KB gzip on each page).
 */
import registryJson from '../../catalogs/registry.json';
import type { Registry } from '../../functions/core/types';
import type { Localized } from './i18n/lang';

/** The registry (levels, fields, agencies, sources …). */
export const registry = registryJson as unknown as Registry;

type NamedList = 'levels' | 'fields' | 'agencies' | 'jurisdictions' | 'feeCategories' | 'sources';

/** The display name of a registry id (the id itself when unknown, so nothing is hidden). */
export function registryName(list: NamedList, id: string | undefined): Localized {
  if (!id) return { vi: '' };
  const found = (registry[list] as Array<{ id: string; name: Localized }>).find((item) => item.id === id);
  return found ? found.name : { vi: id, en: id };
}
