/**
 * The registry and fee policies in force for building releases and checking drafts: the
 * published versions in the store. Until anything has been published there (a fresh table in
 * tests), the context bundled from catalogs/ stands in — the seed at `npm start` writes the same
 * files as published versions, so both agree.
 */
import type { CatalogContext, FeePolicy, JurisdictionPolicy, Registry } from '../../core/types';
import type { AppDeps, CatalogDocHead, CatalogDocKind, CatalogDocVersion } from '../../ports';

type Deps = Pick<AppDeps, 'catalogDocs' | 'catalog'>;

/** The published version of every document of `kind`. */
export async function publishedDocs(deps: Deps, kind: CatalogDocKind): Promise<CatalogDocVersion[]> {
  const heads = await deps.catalogDocs.listHeads(kind);
  const versions = await Promise.all(
    heads
      .filter((h) => h.publishedVersion !== null && h.status !== 'retired')
      .map((h) => deps.catalogDocs.getVersion(kind, h.id, h.publishedVersion!)),
  );
  return versions.filter((v): v is CatalogDocVersion => v !== null);
}

/** A stored policy version as the core's JurisdictionPolicy. */
export function policyOf(version: CatalogDocVersion): JurisdictionPolicy {
  return { ...(version.body as unknown as FeePolicy), jurisdiction: version.jurisdiction };
}

/**
 * One object per published state: the release builder and compilers cache per context object,
 * so the same published state must give the same object (else every publish recompiles all).
 */
let memo: { key: string; ctx: CatalogContext } | undefined;

/**
 * Registry + policies as published (bundled ones until the store has any). With `candidate`: as
 * they would be once that approved version is published — what its release is built from before
 * the version itself is marked published (publish-doc.ts).
 */
export async function publishedContext(deps: Deps, candidate?: CatalogDocVersion): Promise<CatalogContext> {
  const [registryHeads, policyHeads] = await Promise.all([
    deps.catalogDocs.listHeads('registry'),
    deps.catalogDocs.listHeads('policy'),
  ]);
  if (candidate) return candidateContext(deps, [...registryHeads, ...policyHeads], candidate);
  const key = JSON.stringify(
    [...registryHeads, ...policyHeads].map((h) => [h.kind, h.id, h.publishedVersion, h.status === 'retired']),
  );
  const published = [...registryHeads, ...policyHeads].some((h) => h.publishedVersion !== null);
  if (!published) return deps.catalog;
  const [registryDocs, policyDocs] = await Promise.all([
    publishedDocs(deps, 'registry'),
    publishedDocs(deps, 'policy'),
  ]);
  const fullKey = `${key}|${registryDocs.map((d) => d.publishedAt).join()}|${policyDocs.map((d) => d.publishedAt).join()}`;
  if (memo?.key === fullKey) return memo.ctx;
  const registry = (registryDocs[0]?.body as unknown as Registry | undefined) ?? deps.catalog.registry;
  const policies = policyHeads.length === 0 ? deps.catalog.policies : policyDocs.map(policyOf);
  memo = { key: fullKey, ctx: { registry, policies } };
  return memo.ctx;
}

/** The context above with `candidate` in force in place of its document's published version. */
async function candidateContext(
  deps: Deps,
  heads: CatalogDocHead[],
  candidate: CatalogDocVersion,
): Promise<CatalogContext> {
  const isCandidate = (h: { kind: CatalogDocKind; id: string }) =>
    h.kind === candidate.kind && h.id === candidate.id;
  // in the heads' order, as publishedContext reads them once the candidate is published
  const docs = await Promise.all(
    heads.map((h) =>
      isCandidate(h)
        ? candidate
        : h.publishedVersion !== null && h.status !== 'retired'
          ? deps.catalogDocs.getVersion(h.kind, h.id, h.publishedVersion)
          : null,
    ),
  );
  const present = docs.filter((v): v is CatalogDocVersion => v !== null);
  if (!heads.some(isCandidate)) present.push(candidate);
  const registryDoc = present.find((d) => d.kind === 'registry');
  const policyDocs = present.filter((d) => d.kind === 'policy');
  const anyPolicy = heads.some((h) => h.kind === 'policy') || candidate.kind === 'policy';
  return {
    registry: (registryDoc?.body as unknown as Registry | undefined) ?? deps.catalog.registry,
    policies: anyPolicy ? policyDocs.map(policyOf) : deps.catalog.policies,
  };
}
