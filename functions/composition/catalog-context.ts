/**
 * The registry and fee policies, versioned with the code in catalogs/ and imported statically so
 * esbuild bundles them into each Lambda. A new policy file must be added here (a test fails
 * when one is missing).
 */
import haNoi from '../../catalogs/policies/ha-noi.json';
import hoChiMinh from '../../catalogs/policies/ho-chi-minh.json';
import registry from '../../catalogs/registry.json';
import type { CatalogContext, JurisdictionPolicy, PolicyFile, Registry } from '../core/types';

/** The policy files bundled into the functions, by file name. */
export const bundledPolicyFiles: Record<string, PolicyFile> = {
  'ha-noi.json': haNoi as PolicyFile,
  'ho-chi-minh.json': hoChiMinh as PolicyFile,
};

/** Flattens policy files: each policy carries its file's jurisdiction. */
export function policiesOf(files: readonly PolicyFile[]): JurisdictionPolicy[] {
  return files.flatMap((file) =>
    file.policies.map((policy) => ({ ...policy, jurisdiction: file.jurisdiction })),
  );
}

/** The catalog context every app receives. */
export const bundledCatalogContext: CatalogContext = {
  registry: registry as Registry,
  policies: policiesOf(Object.values(bundledPolicyFiles)),
};
