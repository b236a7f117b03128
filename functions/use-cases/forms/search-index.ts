/**
 * The search index of a release, read and prepared once per container: `search.json` parsed, its
 * names resolved into ready-to-send list items and its texts kept normalised for matching and
 * ranking. Releases are immutable, so a prepared index is valid for as long as its release id is;
 * only the fees and scheduled versions depend on the day, and the view of one day is kept until
 * the day changes. A release published before `search.json` existed is indexed from its
 * `index.json` with the same builder.
 */
import type { DatedSegment } from '../../core/policies/index';
import { segmentAt } from '../../core/policies/index';
import { AppError } from '../../errors';
import type { AppDeps } from '../../ports/index';
import type { IndexEntry } from '../publish/build-procedure-artefacts';
import {
  buildSearchIndex,
  type ListFees,
  SEARCH_INDEX_FORMAT,
  type SearchDoc,
  type SearchIndexFile,
} from '../publish/build-search-index';
import { normalizeText } from './normalize-text';
import type { RankedText } from './rank-entries';
import { readReleaseJson } from './read-current-release';

type Named = { id: string; name: { vi: string; en?: string } };

/** One procedure as the result list shows it (what `GET /api/catalog` answers per item). */
export interface CatalogItem {
  id: string;
  code: string;
  localCode?: string;
  version: number;
  name: { vi: string; en: string };
  field: Named;
  level: Named;
  agency: Named;
  onlineLevel: string;
  fees: ListFees;
}

/** A procedure as on one day: the item to send and the texts to match. */
export interface IndexedItem {
  item: CatalogItem;
  text: RankedText;
}

interface PreparedVersion {
  base: Omit<CatalogItem, 'fees'>;
  fees: DatedSegment<ListFees>[];
  text: RankedText;
  upcoming?: { from: string; version: PreparedVersion };
}

export interface SearchIndex {
  releaseId: string;
  /** Every procedure as on `date` (YYYY-MM-DD, Vietnam), in the release's order. */
  on(date: string): readonly IndexedItem[];
}

const MAX_RELEASES = 3;
const prepared = new Map<string, Promise<SearchIndex>>();

/**
 * The prepared index of `releaseId`. Concurrent first requests share one read (a promise is
 * cached); a failed read is forgotten so the next request retries.
 */
export function searchIndexOf(deps: AppDeps, releaseId: string): Promise<SearchIndex> {
  let index = prepared.get(releaseId);
  if (index === undefined) {
    index = loadIndex(deps, releaseId);
    prepared.set(releaseId, index);
    index.catch(() => prepared.delete(releaseId));
    // A new release or a rollback replaces the current one: keep only the last few.
    while (prepared.size > MAX_RELEASES) prepared.delete(prepared.keys().next().value!);
  }
  return index;
}

async function loadIndex(deps: AppDeps, releaseId: string): Promise<SearchIndex> {
  const file =
    asSearchFile(await readReleaseJson(deps, releaseId, 'search.json')) ??
    buildSearchIndex(indexEntries(await readReleaseJson(deps, releaseId, 'index.json')));
  return prepare(releaseId, file);
}

/** Resolves names and normalises texts once; returns the per-day view. */
export function prepare(releaseId: string, file: SearchIndexFile): SearchIndex {
  const named = (list: Record<string, Named['name']>, id: string): Named => ({
    id,
    name: list[id] ?? { vi: id },
  });
  // Agencies and fields are shared by many procedures: normalise each name once.
  const normalised = new Map<string, string>();
  const plain = (text: string) => {
    let found = normalised.get(text);
    if (found === undefined) {
      found = normalizeText(text);
      normalised.set(text, found);
    }
    return found;
  };
  const versionOf = (doc: SearchDoc): PreparedVersion => {
    const base = {
      id: doc.id,
      code: doc.code,
      ...(doc.localCode ? { localCode: doc.localCode } : {}),
      version: doc.version,
      name: doc.name,
      field: named(file.names.fields, doc.field),
      level: named(file.names.levels, doc.level),
      agency: named(file.names.agencies, doc.agency),
      onlineLevel: doc.onlineLevel,
    };
    const names = normalizeText(`${doc.name.vi} ${doc.name.en}`);
    const all = `${names} ${doc.text} ${plain(base.agency.name.vi)} ${plain(base.field.name.vi)}`;
    return {
      base,
      fees: doc.fees,
      text: { names, all },
      ...(doc.upcoming
        ? { upcoming: { from: doc.upcoming.from, version: versionOf(doc.upcoming.doc) } }
        : {}),
    };
  };
  const versions = file.procedures.map(versionOf);
  let day: { date: string; items: IndexedItem[] } | undefined;
  return {
    releaseId,
    on(date) {
      if (day?.date !== date) day = { date, items: versions.map((v) => itemOn(v, date)) };
      return day.items;
    },
  };
}

/** The version in force on `date` with its fees of that day (as fees-on-date.ts does for the detail). */
function itemOn(version: PreparedVersion, date: string): IndexedItem {
  if (version.upcoming && version.upcoming.from <= date) return itemOn(version.upcoming.version, date);
  const fees = segmentAt(version.fees, date)?.value ?? { channels: [], zeroOnline: false, free: true };
  return { item: { ...version.base, fees }, text: version.text };
}

function asSearchFile(value: unknown): SearchIndexFile | null {
  if (value === null) return null;
  const file = value as Partial<SearchIndexFile>;
  if (file.format !== SEARCH_INDEX_FORMAT || !Array.isArray(file.procedures) || !file.names) {
    throw corrupt();
  }
  return file as SearchIndexFile;
}

function indexEntries(index: unknown): IndexEntry[] {
  const list =
    index && typeof index === 'object' ? (index as { procedures?: unknown }).procedures : undefined;
  if (!Array.isArray(list)) throw corrupt();
  return list as IndexEntry[];
}

function corrupt(): AppError {
  return new AppError(500, 'catalog.corrupt-release', {
    vi: 'Bản công bố danh mục hiện tại bị lỗi định dạng.',
    en: 'The current catalog release is malformed.',
  });
}
