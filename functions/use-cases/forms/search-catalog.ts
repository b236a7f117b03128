/**
 * The portal's catalog search over the current release's index (written by the publish step).
 * Filters are exact on ids; the text query matches every word, accent-insensitively, against
 * code, names, keywords and agency, so "dang ky khai sinh" finds "Đăng ký khai sinh". Matches
 * in the name rank first, whole-phrase matches before scattered words (see rank-entries.ts).
 */
import { AppError } from '../../errors';
import type { AppDeps } from '../../ports/index';
import type { IndexEntry } from '../publish/build-procedure-artefacts';
import { normalizeText } from './normalize-text';
import { type RankedText, rankEntries } from './rank-entries';
import { currentReleaseId, readReleaseJson } from './read-current-release';

export interface CatalogQuery {
  q?: string;
  field?: string;
  level?: string;
  agency?: string;
  onlineLevel?: string;
  zeroFeeOnline?: boolean;
}

export interface CatalogResult {
  releaseId: string;
  total: number;
  items: IndexEntry[];
}

/** Lists the entries of the current release that match every given filter. */
export async function searchCatalog(deps: AppDeps, query: CatalogQuery): Promise<CatalogResult> {
  const releaseId = await currentReleaseId(deps);
  const entries = indexEntries(await readReleaseJson(deps, releaseId, 'index.json'));
  const words = query.q ? normalizeText(query.q).split(' ').filter(Boolean) : [];
  const items = entries.filter(
    (entry) =>
      (query.field === undefined || entry.field.id === query.field) &&
      (query.level === undefined || entry.level.id === query.level) &&
      (query.agency === undefined || entry.agency.id === query.agency) &&
      (query.onlineLevel === undefined || entry.onlineLevel === query.onlineLevel) &&
      (query.zeroFeeOnline !== true || entry.fees.zeroOnline) &&
      (words.length === 0 || words.every((word) => searchableText(entry).all.includes(word))),
  );
  const ranked = query.q ? rankEntries(items, query.q, searchableText) : items;
  return { releaseId, total: ranked.length, items: ranked };
}

function indexEntries(index: unknown): IndexEntry[] {
  const list =
    index && typeof index === 'object' ? (index as { procedures?: unknown }).procedures : undefined;
  if (!Array.isArray(list)) {
    throw new AppError(500, 'catalog.corrupt-release', {
      vi: 'Bản công bố danh mục hiện tại bị lỗi định dạng.',
      en: 'The current catalog release is malformed.',
    });
  }
  return list as IndexEntry[];
}

// Entries come from immutable releases: normalise each one once.
const normalized = new WeakMap<IndexEntry, RankedText>();

function searchableText(entry: IndexEntry): RankedText {
  let text = normalized.get(entry);
  if (text === undefined) {
    const parts = [
      entry.id,
      entry.code,
      entry.localCode ?? '',
      entry.name.vi,
      entry.name.en,
      ...entry.keywords,
    ];
    parts.push(entry.agency.name.vi, entry.field.name.vi);
    text = { names: normalizeText(`${entry.name.vi} ${entry.name.en}`), all: normalizeText(parts.join(' ')) };
    normalized.set(entry, text);
  }
  return text;
}
