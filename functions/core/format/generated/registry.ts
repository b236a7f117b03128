/* Generated from catalogs/schema by `npm run gen:format`. Do not edit. */

/**
 * The catalog's shared vocabulary: levels of government, jurisdictions, agencies, fields, fee categories and citizen-data sources. Data, not code: the 2025 reform changed levels without a code change.
 */
export interface Registry {
  $schema?: string;
  formatVersion: 1;
  /**
   * @minItems 1
   */
  levels: Level[];
  /**
   * @minItems 1
   */
  jurisdictions: Jurisdiction[];
  /**
   * @minItems 1
   */
  agencies: Agency[];
  /**
   * @minItems 1
   */
  fields: Named[];
  /**
   * @minItems 1
   */
  feeCategories: Named[];
  /**
   * @minItems 1
   */
  sources: Source[];
}
/**
 * This interface was referenced by `Registry`'s JSON-Schema
 * via the `definition` "Level".
 */
export interface Level {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  id: string;
  name: BilingualText;
  /**
   * e.g. district level (cấp huyện) ended 2025-07-01.
   */
  retiredOn?: string;
}
/**
 * Text that must exist in both Vietnamese and English (names).
 */
export interface BilingualText {
  vi: string;
  en: string;
}
/**
 * This interface was referenced by `Registry`'s JSON-Schema
 * via the `definition` "Jurisdiction".
 */
export interface Jurisdiction {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  id: string;
  name: BilingualText;
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  level: string;
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  parent?: string;
}
/**
 * This interface was referenced by `Registry`'s JSON-Schema
 * via the `definition` "Agency".
 */
export interface Agency {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  id: string;
  name: BilingualText;
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  jurisdiction: string;
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  level: string;
}
/**
 * This interface was referenced by `Registry`'s JSON-Schema
 * via the `definition` "Named".
 */
export interface Named {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  id: string;
  name: BilingualText;
}
/**
 * This interface was referenced by `Registry`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  id: string;
  name: BilingualText;
  attributes?: {
    name: string;
    label: BilingualText;
    type: 'string' | 'date' | 'integer' | 'boolean';
  }[];
  /**
   * Record types this source can supply for documents.
   */
  records?: Named[];
}
