/**
 * The part of the catalog context one procedure's release files are built from: its agency, the
 * jurisdictions above it, its field and level, the policies that could apply to one of its fee
 * lines (the core's own matching, policies-for-line.ts), and the registry's small shared lists.
 *
 * Files are built from this slice, not from the whole context (cached-artefacts.ts), so they
 * depend on nothing else BY CONSTRUCTION; its digest then says whether a registry or policy change
 * touches a procedure. That is what lets a policy publish on a province's catalog rebuild the few
 * procedures the resolution covers and reuse every other procedure's files from the previous
 * release (write-release.ts) — O(affected) compiles and objects instead of the whole catalog.
 */
import { createHash } from 'node:crypto';
import { jurisdictionChain, policiesForLine } from '../../core/compile/policies-for-line';
import type { CatalogContext, JurisdictionPolicy, Procedure } from '../../core/types';
import { canonicalJson } from './canonical-json';

/** The catalog context as far as `procedure` can see it. */
export function procedureContext(catalog: CatalogContext, procedure: Procedure): CatalogContext {
  const { registry } = catalog;
  const chain = jurisdictionChain(procedure, catalog);
  const applicable = new Set<JurisdictionPolicy>();
  for (const line of procedure.fees) {
    for (const policy of policiesForLine(procedure, line, chain, catalog.policies)) applicable.add(policy);
  }
  return {
    registry: {
      ...registry,
      // the same lookups on fewer items give the same first match (jurisdictionChain, named())
      agencies: registry.agencies.filter((a) => a.id === procedure.agency),
      jurisdictions: registry.jurisdictions.filter((j) => chain.includes(j.id)),
      fields: registry.fields.filter((f) => f.id === procedure.field),
      levels: registry.levels.filter((l) => l.id === procedure.level),
    },
    policies: catalog.policies.filter((p) => applicable.has(p)),
  };
}

/** sha256 (base64url) of a slice: equal digests, equal inputs besides the version itself. */
export function contextDigest(slice: CatalogContext): string {
  return createHash('sha256').update(canonicalJson(slice)).digest('base64url');
}
