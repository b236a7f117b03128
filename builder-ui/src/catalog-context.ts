/**
 * The shared vocabulary and fee policies, bundled from catalogs/ exactly as the functions bundle
 * them, so the builder's preview and fee calculator see the same registry and policies as the API.
 */
import registryJson from '../../catalogs/registry.json';
import type { CatalogContext, JurisdictionPolicy, PolicyFile, Registry } from '../../functions/core/types';
import type { Localized } from './i18n/lang';

const policyFiles = import.meta.glob<PolicyFile>('../../catalogs/policies/*.json', {
  eager: true,
  import: 'default',
});

/** The registry (levels, fields, agencies, sources …). */
export const registry = registryJson as unknown as Registry;

/** Every policy of every jurisdiction, each tagged with its file's jurisdiction. */
export const policies: JurisdictionPolicy[] = Object.values(policyFiles).flatMap((file) =>
  (file.policies ?? []).map((policy) => ({ ...policy, jurisdiction: file.jurisdiction })),
);

/** What the core needs besides a procedure. */
export const catalogContext: CatalogContext = { registry, policies };

type NamedList = 'levels' | 'fields' | 'agencies' | 'jurisdictions' | 'feeCategories' | 'sources';

/** The display name of a registry id (the id itself when unknown, so nothing is hidden). */
export function registryName(list: NamedList, id: string | undefined): Localized {
  if (!id) return { vi: '' };
  const found = (registry[list] as Array<{ id: string; name: Localized }>).find((item) => item.id === id);
  return found ? found.name : { vi: id, en: id };
}
