/**
 * Citizen data arrives from the server's sources, but the core never trusts shape: a malformed
 * snapshot is read as far as it is well-formed, and the rest is ignored.
 */
import { isRecord } from '../json-pointer';
import type { CitizenData, CitizenRecord } from '../types';

export interface CitizenView {
  attributes: Record<string, Record<string, unknown>>;
  records: CitizenRecord[];
  unavailable: ReadonlySet<string>;
}

const EMPTY: CitizenView = { attributes: {}, records: [], unavailable: new Set() };

/** A safe view of citizen data; `undefined` or garbage gives an empty view. */
export function readCitizen(citizen: CitizenData | unknown): CitizenView {
  if (!isRecord(citizen)) return EMPTY;
  const attributes: Record<string, Record<string, unknown>> = {};
  if (isRecord(citizen.attributes)) {
    for (const [source, attrs] of Object.entries(citizen.attributes))
      if (isRecord(attrs)) attributes[source] = attrs;
  }
  const records = Array.isArray(citizen.records)
    ? (citizen.records.filter(
        (r) =>
          isRecord(r) &&
          typeof r.source === 'string' &&
          typeof r.record === 'string' &&
          typeof r.id === 'string',
      ) as CitizenRecord[])
    : [];
  const unavailable = new Set(
    Array.isArray(citizen.unavailable)
      ? citizen.unavailable.filter((s): s is string => typeof s === 'string')
      : [],
  );
  return { attributes, records, unavailable };
}

/** The first usable record for (source, record) on `date`: source reachable, still valid. */
export function findRecord(
  view: CitizenView,
  source: string,
  record: string,
  date: string,
): CitizenRecord | undefined {
  if (view.unavailable.has(source)) return undefined;
  return view.records.find(
    (r) =>
      r.source === source &&
      r.record === record &&
      (typeof r.validUntil !== 'string' || r.validUntil >= date),
  );
}
