/**
 * Seeds catalogs/registry.json and catalogs/policies/*.json as PUBLISHED documents (version 1),
 * so the running system, not the files bundled with the code, is what releases, quotes and the
 * builder read. Idempotent: a document whose head exists is left as officers made it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppDeps, CatalogDocHead, CatalogDocKind, CatalogDocVersion } from '../ports';
import { docEntity, docTitle } from '../use-cases/catalog-data/doc-title';
import { seedActor } from './seed-catalog';

interface SeedDoc {
  kind: CatalogDocKind;
  id: string;
  jurisdiction: string;
  body: Record<string, unknown>;
}

/** The registry and every policy of a catalog folder, in file order. */
export function readCatalogData(catalogDir: string): SeedDoc[] {
  const registry = JSON.parse(readFileSync(join(catalogDir, 'registry.json'), 'utf8'));
  const docs: SeedDoc[] = [{ kind: 'registry', id: 'registry', jurisdiction: 'viet-nam', body: registry }];
  const dir = join(catalogDir, 'policies');
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      jurisdiction: string;
      policies: Record<string, unknown>[];
    };
    for (const policy of file.policies)
      docs.push({ kind: 'policy', id: String(policy.id), jurisdiction: file.jurisdiction, body: policy });
  }
  return docs;
}

/** Writes the documents that do not exist yet; returns `kind:id` of those created. */
export async function seedCatalogData(
  deps: Pick<AppDeps, 'catalogDocs' | 'clock'>,
  docs: readonly SeedDoc[],
): Promise<string[]> {
  const created: string[] = [];
  for (const doc of docs) {
    if (await deps.catalogDocs.getHead(doc.kind, doc.id)) continue;
    const at = deps.clock.now().toISOString();
    const version: CatalogDocVersion = {
      ...doc,
      version: 1,
      status: 'published',
      revision: 1,
      authors: [seedActor],
      createdAt: at,
      createdBy: seedActor,
      updatedAt: at,
      updatedBy: seedActor,
      publishedAt: at,
    };
    const head: CatalogDocHead = {
      kind: doc.kind,
      id: doc.id,
      jurisdiction: doc.jurisdiction,
      title: docTitle(doc.kind, doc.body),
      latestVersion: 1,
      publishedVersion: 1,
      status: 'published',
      revision: 1,
      updatedAt: at,
    };
    await deps.catalogDocs.commit(
      { version, head },
      { versionRevision: null, headRevision: null },
      {
        at,
        actor: seedActor,
        action: `${doc.kind}.seeded`,
        entity: docEntity(doc.kind, doc.id),
        detail: { version: 1 },
      },
    );
    created.push(`${doc.kind}:${doc.id}`);
  }
  return created;
}
