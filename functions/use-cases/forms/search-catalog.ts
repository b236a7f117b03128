/**
 * The portal's catalog search over the current release's search index (search-index.ts, read once
 * per container and release). Filters are exact on ids; the text query matches every word,
 * accent-insensitively, against code, names, keywords and agency, so "dang ky khai sinh" finds
 * "Đăng ký khai sinh". Matches in the name rank first, whole-phrase matches before scattered words
 * (see rank-entries.ts). One page of the ranked matches is answered, with their total.
 *
 * A linear scan of the pre-normalised texts is kept over a token→ids map: at a province's 2,000
 * procedures it is well under a millisecond, and it keeps substring matching ("khai" finds "khai
 * sinh", "1.0011" finds "1.001193") that a token map would lose.
 */
import type { AppDeps } from '../../ports/index';
import { normalizeText } from './normalize-text';
import { rankEntries } from './rank-entries';
import { currentReleaseId } from './read-current-release';
import { type CatalogItem, searchIndexOf } from './search-index';
import { vietnamDate } from './vietnam-date';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface CatalogQuery {
  q?: string;
  field?: string;
  level?: string;
  agency?: string;
  onlineLevel?: string;
  zeroFeeOnline?: boolean;
  /** Only these procedures (e.g. the names of a citizen's dossiers). */
  ids?: string[];
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface CatalogPage {
  releaseId: string;
  /** Matches in all pages. */
  total: number;
  page: number;
  pageSize: number;
  items: CatalogItem[];
}

/** One page of the entries of the current release that match every given filter, best first. */
export async function searchCatalog(deps: AppDeps, query: CatalogQuery): Promise<CatalogPage> {
  const releaseId = await currentReleaseId(deps);
  const index = await searchIndexOf(deps, releaseId);
  const entries = index.on(vietnamDate(deps.clock.now()));
  const words = query.q ? normalizeText(query.q).split(' ').filter(Boolean) : [];
  const ids = query.ids ? new Set(query.ids) : undefined;
  const matches = entries.filter(
    ({ item, text }) =>
      (query.field === undefined || item.field.id === query.field) &&
      (query.level === undefined || item.level.id === query.level) &&
      (query.agency === undefined || item.agency.id === query.agency) &&
      (query.onlineLevel === undefined || item.onlineLevel === query.onlineLevel) &&
      (query.zeroFeeOnline !== true || item.fees.zeroOnline) &&
      (ids === undefined || ids.has(item.id)) &&
      words.every((word) => text.all.includes(word)),
  );
  const ranked = words.length > 0 ? rankEntries(matches, query.q ?? '', (m) => m.text) : matches;
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const start = (page - 1) * pageSize;
  return {
    releaseId,
    total: ranked.length,
    page,
    pageSize,
    items: ranked.slice(start, start + pageSize).map((m) => m.item),
  };
}
