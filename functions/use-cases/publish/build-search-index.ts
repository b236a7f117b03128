/**
 * The release's compact search index (`search.json`): only what the portal's search and its result
 * list need. The full `index.json` (fee lines, policies with their resolutions, reusable documents)
 * is ~2.7 KB per procedure and read whole for every search; this keeps, per procedure, its names,
 * the ids of its field, level and agency (their names once, in `names`), the online level, the
 * per-channel totals and markers of its fees on every day, and its searchable text already
 * normalised — so a reader parses it once per release and never normalises the catalog again.
 */
import type { DatedSegment } from '../../core/policies/index';
import type { Channel } from '../../core/types';
import { normalizeText } from '../forms/normalize-text';
import type { IndexEntry } from './build-procedure-artefacts';
import type { FeeSummary } from './summarize-fees';

export const SEARCH_INDEX_FORMAT = 'search@1';

type Name = { vi: string; en?: string };

/** What the result list shows of the fees: totals per channel and the two markers. */
export interface ListFees {
  channels: { channel: Channel; total: number }[];
  /** Filing online costs 0 đồng although the fee lines are not free by themselves. */
  zeroOnline: boolean;
  /** No channel charges anything. */
  free: boolean;
}

/** One published version of a procedure in the search index. */
export interface SearchDoc {
  id: string;
  code: string;
  localCode?: string;
  version: number;
  name: { vi: string; en: string };
  field: string;
  level: string;
  agency: string;
  onlineLevel: string;
  /** The list fees on every day (readers pick the segment of today, as fees-on-date.ts does). */
  fees: DatedSegment<ListFees>[];
  /**
   * Id, codes and keywords, normalised (see normalize-text.ts). Names, agency and field are
   * searched too, but readers normalise those from `name` and `names` (each agency once), so
   * they are not written twice.
   */
  text: string;
  /** A version scheduled to take effect on `from` (shown from that day). */
  upcoming?: { from: string; doc: SearchDoc };
}

export interface SearchIndexFile {
  format: typeof SEARCH_INDEX_FORMAT;
  /** Display names of the registry ids the procedures reference, each written once. */
  names: { fields: Record<string, Name>; levels: Record<string, Name>; agencies: Record<string, Name> };
  /** In the release's order (by procedure id); an empty query lists them so. */
  procedures: SearchDoc[];
}

/** Builds `search.json` from the release's index entries (the same entries `index.json` holds). */
export function buildSearchIndex(entries: readonly IndexEntry[]): SearchIndexFile {
  const names: SearchIndexFile['names'] = { fields: {}, levels: {}, agencies: {} };
  const docOf = (entry: IndexEntry): SearchDoc => {
    names.fields[entry.field.id] = entry.field.name;
    names.levels[entry.level.id] = entry.level.name;
    names.agencies[entry.agency.id] = entry.agency.name;
    const doc: SearchDoc = {
      id: entry.id,
      code: entry.code,
      ...(entry.localCode ? { localCode: entry.localCode } : {}),
      version: entry.version,
      name: entry.name,
      field: entry.field.id,
      level: entry.level.id,
      agency: entry.agency.id,
      onlineLevel: entry.onlineLevel,
      fees: listTimeline(entry),
      text: searchText(entry),
    };
    if (entry.upcoming) doc.upcoming = { from: entry.upcoming.from, doc: docOf(entry.upcoming.entry) };
    return doc;
  };
  return { format: SEARCH_INDEX_FORMAT, names, procedures: entries.map(docOf) };
}

/** The list fees over time; neighbouring segments whose list fees are equal are merged. */
function listTimeline(entry: IndexEntry): DatedSegment<ListFees>[] {
  // Releases built before fee timelines carry only `fees`: valid on every day.
  const timeline = entry.feeTimeline?.length ? entry.feeTimeline : [{ from: null, value: entry.fees }];
  const out: DatedSegment<ListFees>[] = [];
  for (const segment of timeline) {
    const value = listFees(segment.value);
    const last = out[out.length - 1];
    if (last && JSON.stringify(last.value) === JSON.stringify(value)) continue;
    out.push({ from: segment.from, value });
  }
  return out;
}

function listFees(summary: FeeSummary): ListFees {
  return {
    channels: summary.channels.map((c) => ({ channel: c.channel, total: c.total })),
    zeroOnline: summary.zeroOnline,
    free: summary.free,
  };
}

function searchText(entry: IndexEntry): string {
  return normalizeText([entry.id, entry.code, entry.localCode ?? '', ...(entry.keywords ?? [])].join(' '));
}
