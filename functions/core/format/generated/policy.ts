/* Generated from catalogs/schema by `npm run gen:format`. Do not edit. */

/**
 * Fee policies (council resolutions) of one jurisdiction, e.g. 0 đồng when filed online.
 */
export interface PolicyFile {
  $schema?: string;
  formatVersion: 1;
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  jurisdiction: string;
  /**
   * @minItems 1
   * @maxItems 100
   */
  policies: FeePolicy[];
}
/**
 * This interface was referenced by `PolicyFile`'s JSON-Schema
 * via the `definition` "FeePolicy".
 */
export interface FeePolicy {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  id: string;
  resolution: {
    /**
     * e.g. 411/NQ-HĐND
     */
    number: string;
    /**
     * Calendar date YYYY-MM-DD (Vietnam local date); a day that exists (no 31 February).
     */
    date?: string;
    issuer?: string;
    title?: string;
    /**
     * false when the number or date was not confirmed from the official text.
     */
    confirmed?: boolean;
  };
  summary: LocalizedText;
  /**
   * Calendar date YYYY-MM-DD (Vietnam local date); a day that exists (no 31 February).
   */
  effectiveFrom: string;
  /**
   * Last day in force (inclusive); null = no end date.
   */
  effectiveTo: string | null;
  /**
   * @minItems 1
   *
   * Items: in-person = trực tiếp, online = trực tuyến, postal = dịch vụ bưu chính công ích.
   */
  channels: ('in-person' | 'online' | 'postal')[];
  /**
   * What it applies to: fee categories, and/or specific fee lines, and/or all lines set by the council or ministry.
   */
  covers: {
    /**
     * Items: Lower-case ASCII id with dashes, e.g. `ho-tich`.
     */
    categories?: string[];
    feeLines?: {
      /**
       * Lower-case ASCII id with dashes, e.g. `ho-tich`.
       */
      procedure: string;
      /**
       * Lower-case ASCII id with dashes, e.g. `ho-tich`.
       */
      line: string;
    }[];
    setBy?: ('council' | 'ministry')[];
    kinds?: ('le-phi' | 'phi')[];
  };
  exclusions?: {
    /**
     * Items: Lower-case ASCII id with dashes, e.g. `ho-tich`.
     */
    categories?: string[];
    /**
     * Exclude appraisal fees (phí thẩm định).
     */
    appraisal?: boolean;
    /**
     * Items: Lower-case ASCII id with dashes, e.g. `ho-tich`.
     */
    procedures?: string[];
  };
  effect:
    | {
        type: 'set-zero';
      }
    | {
        type: 'percent-off';
        percent: number;
      }
    | {
        type: 'fixed-off';
        amount: number;
      };
  /**
   * Items: Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  supersedes?: string[];
  sources?: string[];
}
/**
 * Vietnamese first; English when available.
 */
export interface LocalizedText {
  vi: string;
  en?: string;
}
