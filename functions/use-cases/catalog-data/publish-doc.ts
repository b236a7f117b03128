/**
 * A publisher puts an approved policy or registry version in force and rebuilds the catalog
 * release at once, so the portal and the quote API read it from then on. A policy's own dates
 * (effective from / to) then decide the days it applies: nothing needs pressing on those days.
 */
import { ForbiddenError } from '../../errors';
import type { AppDeps, CatalogDocKind, Officer } from '../../ports';
import { publishCatalog } from '../publish/publish-catalog';
import { assertRegistrySafe } from './registry-change';
import { transitionDoc } from './transition-doc';

export async function publishDoc(
  deps: Pick<
    AppDeps,
    'catalogDocs' | 'catalog' | 'audit' | 'clock' | 'procedures' | 'releases' | 'catalogInputs'
  >,
  officer: Officer,
  input: { kind: CatalogDocKind; id: string; version: number; ifMatch?: string },
) {
  const at = deps.clock.now().toISOString();
  const result = await transitionDoc(deps, officer, {
    ...input,
    roles: ['publisher'],
    from: ['approved'],
    to: 'published',
    action: `${input.kind}.publish`,
    guard: async (version) => {
      if (version.authors.includes(officer.sub)) {
        throw new ForbiddenError('review.own-content', {
          vi: `Bạn đã soạn nội dung của phiên bản ${version.version} nên không thể tự công bố nó; cần một cán bộ khác.`,
          en: `You wrote content of version ${version.version}, so you cannot publish it yourself; another officer must.`,
        });
      }
      if (input.kind === 'registry') await assertRegistrySafe(deps, version.body);
    },
    patch: { publishedAt: at },
    publishes: true,
  });
  const release = await publishCatalog(deps, officer);
  return { ...result, release: release.release };
}
