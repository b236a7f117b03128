/** Loading a policy or registry document for an officer: 404 when absent, 403 without authority. */
import { NotFoundError } from '../../errors';
import type {
  AppDeps,
  CatalogDocHead,
  CatalogDocKind,
  CatalogDocVersion,
  Officer,
  OfficerRole,
} from '../../ports';
import { assertDocAuthority } from './doc-authority';
import { publishedContext } from './published-context';

type Deps = Pick<AppDeps, 'catalogDocs' | 'catalog'>;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function docNotFound(kind: CatalogDocKind, id: string, version?: number): NotFoundError {
  const what =
    kind === 'policy' ? { vi: 'chính sách phí', en: 'fee policy' } : { vi: 'danh mục', en: 'registry' };
  const shown = id.slice(0, 80);
  return version === undefined
    ? new NotFoundError(`${kind}.not-found`, {
        vi: `Không tìm thấy ${what.vi} "${shown}".`,
        en: `There is no ${what.en} "${shown}".`,
      })
    : new NotFoundError(`${kind}.version-not-found`, {
        vi: `${what.vi[0]!.toUpperCase()}${what.vi.slice(1)} "${shown}" không có phiên bản ${version}.`,
        en: `The ${what.en} "${shown}" has no version ${version}.`,
      });
}

/** The head, checked for the officer's authority on its jurisdiction. */
export async function loadDocHead(
  deps: Deps,
  officer: Officer,
  kind: CatalogDocKind,
  id: string,
  roles: readonly OfficerRole[] = [],
): Promise<CatalogDocHead> {
  if (id.length > 80 || !SLUG.test(id)) throw docNotFound(kind, id);
  const head = await deps.catalogDocs.getHead(kind, id);
  if (!head) throw docNotFound(kind, id);
  const { registry } = await publishedContext(deps);
  assertDocAuthority(officer, kind, head.jurisdiction, roles, registry);
  return head;
}

/** The head and one of its versions. */
export async function loadDocVersion(
  deps: Deps,
  officer: Officer,
  kind: CatalogDocKind,
  id: string,
  version: number,
  roles: readonly OfficerRole[] = [],
): Promise<{ head: CatalogDocHead; version: CatalogDocVersion }> {
  const head = await loadDocHead(deps, officer, kind, id, roles);
  const found =
    version >= 1 && version <= head.latestVersion
      ? await deps.catalogDocs.getVersion(kind, id, version)
      : null;
  if (!found) throw docNotFound(kind, id, version);
  return { head, version: found };
}
