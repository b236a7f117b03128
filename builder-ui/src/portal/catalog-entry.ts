/**
 * Reading a catalog search entry. The index is written by the publish step; these accessors
 * accept the plain definition fields and the enriched forms (agency as an object, fee summary)
 * so the list keeps working as the index grows.
 */
import { registryName } from '../catalog-registry';
import type { Localized } from '../i18n/lang';

export type CatalogEntry = Record<string, unknown> & { id: string };

/** One page of GET /api/catalog. */
export interface CatalogResult {
  releaseId?: string;
  total: number;
  page: number;
  pageSize: number;
  items: CatalogEntry[];
}

const asText = (value: unknown): Localized | undefined =>
  value && typeof value === 'object' && typeof (value as Localized).vi === 'string'
    ? (value as Localized)
    : typeof value === 'string'
      ? { vi: value }
      : undefined;

/** Name of the procedure. */
export const entryName = (e: CatalogEntry): Localized => asText(e.name) ?? { vi: e.id };

/** National code, e.g. 1.001193. */
export const entryCode = (e: CatalogEntry): string => (typeof e.code === 'string' ? e.code : '');

/** Field (lĩnh vực) display name. */
export const entryField = (e: CatalogEntry): Localized =>
  asText((e.field as { name?: unknown } | undefined)?.name) ?? registryName('fields', String(e.field ?? ''));

/** Level (cấp thực hiện) display name. */
export const entryLevel = (e: CatalogEntry): Localized =>
  asText((e.level as { name?: unknown } | undefined)?.name) ?? registryName('levels', String(e.level ?? ''));

/** Performing agency display name. */
export function entryAgency(e: CatalogEntry): Localized {
  const agency = e.agency;
  if (agency && typeof agency === 'object') {
    const a = agency as { id?: string; name?: unknown };
    return asText(a.name) ?? registryName('agencies', a.id);
  }
  return registryName('agencies', typeof agency === 'string' ? agency : '');
}

/** 'full' | 'partial' | 'none' | undefined */
export const entryOnlineLevel = (e: CatalogEntry): string | undefined =>
  typeof e.onlineLevel === 'string' ? e.onlineLevel : undefined;

/** True when the index says fees are 0 đồng when filed online today. */
export function entryZeroFeeOnline(e: CatalogEntry): boolean {
  if (e.zeroFeeOnline === true) return true;
  const summary = (e.feeSummary ?? e.fees) as { zeroFeeOnline?: unknown; zeroOnline?: unknown } | undefined;
  return (
    !!summary &&
    typeof summary === 'object' &&
    (summary.zeroOnline === true || summary.zeroFeeOnline === true)
  );
}
