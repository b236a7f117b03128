/**
 * The registry and fee policies the portal and the quote API compute with: those of the current
 * release (published in the builder), so a quote, a receipt and the catalog page agree, and a
 * rollback takes policies back too. Before any release, the context bundled from catalogs/.
 */
import type { CatalogContext } from '../../core/types';
import type { AppDeps } from '../../ports/index';
import { releasePaths } from '../publish/release-keys';
import { servedPointer } from './current-pointer';
import { readReleaseJson } from './read-current-release';

export async function releaseContext(deps: Pick<AppDeps, 'releases' | 'catalog'>): Promise<CatalogContext> {
  const pointer = await servedPointer(deps.releases);
  if (!pointer) return deps.catalog;
  const ctx = await readReleaseJson(deps as AppDeps, pointer.releaseId, releasePaths.context);
  return (ctx as CatalogContext | null) ?? deps.catalog;
}
