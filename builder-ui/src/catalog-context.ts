/**
 * The shared vocabulary and fee policies, bundled from catalogs/ exactly as the functions bundle
 * them, so the builder's preview and fee calculator see the same registry and policies as the API.
 * The citizen's pages and the builder's home import catalog-registry.ts alone: they never quote.
 */
import type { CatalogContext, JurisdictionPolicy, PolicyFile } from '../../functions/core/types';
import { registry } from './catalog-registry';

export { registry, registryName } from './catalog-registry';

const policyFiles = import.meta.glob<PolicyFile>('../../catalogs/policies/*.json', {
  eager: true,
  import: 'default',
});

/** Every policy of every jurisdiction, each tagged with its file's jurisdiction. */
export const policies: JurisdictionPolicy[] = Object.values(policyFiles).flatMap((file) =>
  (file.policies ?? []).map((policy) => ({ ...policy, jurisdiction: file.jurisdiction })),
);

/** What the core needs besides a procedure. */
export const catalogContext: CatalogContext = { registry, policies };
