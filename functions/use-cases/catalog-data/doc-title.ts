/** The one-line title of a policy or registry document in lists and audit entries. */
import type { CatalogDocKind } from '../../ports';

export function docTitle(kind: CatalogDocKind, body: Record<string, unknown>): string {
  if (kind === 'registry')
    return 'Danh mục dùng chung (cơ quan, lĩnh vực, loại phí, cấp, địa bàn, nguồn dữ liệu)';
  const resolution = body.resolution as { number?: string; title?: string } | undefined;
  const summary = body.summary as { vi?: string } | undefined;
  return [resolution?.number, resolution?.title ?? summary?.vi].filter(Boolean).join(' — ');
}

/** The audit entity of a document. */
export function docEntity(kind: CatalogDocKind, id: string): string {
  return kind === 'registry' ? `registry:${id}` : `policy:${id}`;
}
