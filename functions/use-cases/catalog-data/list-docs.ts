/** The policies (or the registry document) with their state, for the builder's lists. */
import type { AppDeps, CatalogDocKind } from '../../ports';

export async function listDocs(
  deps: Pick<AppDeps, 'catalogDocs'>,
  kind: CatalogDocKind,
  jurisdiction?: string,
) {
  const heads = await deps.catalogDocs.listHeads(kind);
  return { items: jurisdiction ? heads.filter((h) => h.jurisdiction === jurisdiction) : heads };
}
