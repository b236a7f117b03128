/**
 * The portal's catalog search over the current release's index. Filters are exact on ids; the
 * text query matches every word, accent-insensitively, against code, names and keywords.
 */
import { AppError } from '../../errors';
import type { AppDeps } from '../../ports/index';
import { normalizeText } from './normalize-text';
import { currentReleaseId, readReleaseJson } from './read-current-release';

export interface CatalogQuery {
  q?: string;
  field?: string;
  level?: string;
  agency?: string;
  onlineLevel?: string;
  zeroFeeOnline?: boolean;
}

/** One search-index entry as the publish step writes it; only the fields searched are typed. */
export type CatalogEntry = Record<string, unknown> & { id: string };

export interface CatalogResult {
  releaseId: string;
  total: number;
  items: CatalogEntry[];
}

/** Lists the entries of the current release that match every given filter. */
export async function searchCatalog(deps: AppDeps, query: CatalogQuery): Promise<CatalogResult> {
  const releaseId = await currentReleaseId(deps);
  const entries = indexEntries(await readReleaseJson(deps, releaseId, 'index.json'));
  const words = query.q ? normalizeText(query.q).split(' ').filter(Boolean) : [];
  const items = entries.filter(
    (entry) =>
      (query.field === undefined || entry.field === query.field) &&
      (query.level === undefined || entry.level === query.level) &&
      (query.agency === undefined || agencyId(entry) === query.agency) &&
      (query.onlineLevel === undefined || entry.onlineLevel === query.onlineLevel) &&
      (query.zeroFeeOnline !== true || isZeroFeeOnline(entry)) &&
      (words.length === 0 || matchesWords(entry, words)),
  );
  return { releaseId, total: items.length, items };
}

function indexEntries(index: unknown): CatalogEntry[] {
  const list = Array.isArray(index)
    ? index
    : index && typeof index === 'object'
      ? ((index as Record<string, unknown>).entries ?? (index as Record<string, unknown>).procedures)
      : undefined;
  if (!Array.isArray(list)) {
    throw new AppError(500, 'catalog.corrupt-release', {
      vi: 'Bản công bố danh mục hiện tại bị lỗi định dạng.',
      en: 'The current catalog release is malformed.',
    });
  }
  return list.filter((entry): entry is CatalogEntry => typeof entry?.id === 'string');
}

function agencyId(entry: CatalogEntry): unknown {
  const agency = entry.agency;
  return agency && typeof agency === 'object' ? (agency as { id?: unknown }).id : agency;
}

function isZeroFeeOnline(entry: CatalogEntry): boolean {
  if (entry.zeroFeeOnline === true) return true;
  const summary = entry.feeSummary ?? entry.fees;
  return (
    !!summary &&
    typeof summary === 'object' &&
    (summary as { zeroFeeOnline?: unknown }).zeroFeeOnline === true
  );
}

function matchesWords(entry: CatalogEntry, words: string[]): boolean {
  const haystack = normalizeText(searchableText(entry));
  return words.every((word) => haystack.includes(word));
}

function searchableText(entry: CatalogEntry): string {
  const parts: string[] = [];
  for (const key of ['code', 'localCode', 'name', 'keywords', 'id']) collectStrings(entry[key], parts);
  return parts.join(' ');
}

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) collectStrings(item, into);
}
