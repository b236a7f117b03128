/**
 * Citizen data arrives from the server's sources, but the core never trusts its shape: a
 * malformed snapshot is read as far as it is well-formed, and the rest is ignored. The view
 * reads the snapshot in place (no copies: this runs on every submission).
 */
import { isRecord } from '../json-pointer';
import type { CitizenData, CitizenRecord } from '../types';

export interface CitizenView {
  /** The value of `attribute` from `source`, or undefined (also when the source failed). */
  attribute(source: string, attribute: string): unknown;
  /** The first usable record for (source, record) on `date`: source reachable, still valid. */
  record(source: string, record: string, date: string): CitizenRecord | undefined;
}

/** A safe view of citizen data; `undefined` or garbage gives an empty view. */
export function readCitizen(citizen: CitizenData | unknown): CitizenView {
  return new SnapshotView(isRecord(citizen) ? citizen : {});
}

/** A class rather than closures: one small allocation per submission. */
class SnapshotView implements CitizenView {
  private readonly attributes: Record<string, unknown> | undefined;
  private readonly records: unknown[] | undefined;
  private readonly unavailable: unknown[] | undefined;

  constructor(citizen: Record<string, unknown>) {
    this.attributes = isRecord(citizen.attributes) ? citizen.attributes : undefined;
    this.records = Array.isArray(citizen.records) ? citizen.records : undefined;
    this.unavailable = Array.isArray(citizen.unavailable) ? citizen.unavailable : undefined;
  }

  private down(source: string): boolean {
    return this.unavailable?.includes(source) === true;
  }

  attribute(source: string, attribute: string): unknown {
    if (this.attributes === undefined || this.down(source)) return undefined;
    const attrs = Object.hasOwn(this.attributes, source) ? this.attributes[source] : undefined;
    return isRecord(attrs) && Object.hasOwn(attrs, attribute) ? attrs[attribute] : undefined;
  }

  record(source: string, record: string, date: string): CitizenRecord | undefined {
    if (this.records === undefined || this.down(source)) return undefined;
    for (const r of this.records) {
      if (
        isRecord(r) &&
        r.source === source &&
        r.record === record &&
        typeof r.id === 'string' &&
        (typeof r.validUntil !== 'string' || r.validUntil >= date)
      ) {
        return r as unknown as CitizenRecord;
      }
    }
    return undefined;
  }
}
