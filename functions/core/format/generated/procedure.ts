/* Generated from catalogs/schema by `npm run gen:format`. Do not edit. */

/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "AmountRule".
 */
export type AmountRule =
  | {
      type: 'fixed';
      amount: number;
    }
  | {
      type: 'per-unit';
      unitPrice: number;
      units: AnswerRef;
      unit?: LocalizedText1;
      freeUnits?: number;
    }
  | {
      type: 'tiered';
      units: AnswerRef;
      unit?: LocalizedText1;
      /**
       * @minItems 1
       * @maxItems 20
       */
      tiers: {
        /**
         * Last unit of this tier; null = no upper bound (only the last tier).
         */
        upTo: number | null;
        unitPrice: number;
      }[];
    };
/**
 * The line is charged only when this holds.
 */
export type Condition = Record<string, unknown> | boolean;
/**
 * A JSON Schema (2020-12) used as a predicate over the applicant's answers plus the procedure's derived facts. The condition holds when the answers validate against it. The citizen-form profile applies (catalogs/README.md): no $ref, $defs, contains, additionalProperties…
 */
export type Condition1 = Record<string, unknown> | boolean;

/**
 * One administrative procedure (thủ tục hành chính) as published by one agency: identity, channels, fees, documents by case, reuse rules, the applicant's form and embedded test cases.
 */
export interface Procedure {
  $schema?: string;
  formatVersion: 1;
  /**
   * Stable id of this procedure within the catalog.
   */
  id: string;
  /**
   * National procedure code (mã TTHC), e.g. 1.001193.
   */
  code: string;
  /**
   * Provincial code with local suffix, e.g. 2.000815.000.00.00.H38.
   */
  localCode?: string;
  /**
   * Number of the decision that announced the procedure (quyết định công bố).
   */
  decision?: string;
  name: BilingualText;
  /**
   * Field (lĩnh vực), an id from the registry.
   */
  field: string;
  /**
   * Level of government that performs it (cấp thực hiện), an id from the registry.
   */
  level: string;
  procedureType?: 'administrative' | 'inter-agency';
  /**
   * Performing agency (cơ quan thực hiện), an id from the registry; it also fixes the jurisdiction whose fee policies apply.
   */
  agency: string;
  competentAgency?: LocalizedText;
  receivingAddress?: LocalizedText1;
  /**
   * @minItems 1
   */
  applicants: ('citizen' | 'business' | 'organization' | 'foreigner' | 'household')[];
  /**
   * @maxItems 30
   */
  keywords?: string[];
  description?: LocalizedText1;
  /**
   * Decree 42/2022/NĐ-CP Art. 11: full = toàn trình, partial = một phần, none = no online service.
   */
  onlineLevel: 'full' | 'partial' | 'none';
  /**
   * @minItems 1
   * @maxItems 3
   */
  channels: ChannelOffer[];
  /**
   * Fee lines; each channel lists which apply to it.
   *
   * @maxItems 30
   */
  fees: FeeLine[];
  /**
   * @maxItems 20
   */
  derived?: DerivedFact[];
  /**
   * @minItems 1
   * @maxItems 30
   */
  documentCases: DocumentCase[];
  form: ApplicantForm;
  result: Result;
  /**
   * @minItems 1
   * @maxItems 30
   */
  steps: Step[];
  /**
   * Requirements and conditions (yêu cầu, điều kiện).
   *
   * @maxItems 30
   */
  conditions?: LocalizedText1[];
  /**
   * @minItems 1
   * @maxItems 40
   */
  legalBasis: LegalReference[];
  /**
   * Where this definition was researched.
   */
  sources?: string[];
  /**
   * @maxItems 50
   */
  tests: TestCase[];
}
/**
 * Text that must exist in both Vietnamese and English (names).
 */
export interface BilingualText {
  vi: string;
  en: string;
}
/**
 * Competent agency (cơ quan có thẩm quyền).
 */
export interface LocalizedText {
  vi: string;
  en?: string;
}
/**
 * Vietnamese first; English when available.
 */
export interface LocalizedText1 {
  vi: string;
  en?: string;
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "ChannelOffer".
 */
export interface ChannelOffer {
  /**
   * in-person = trực tiếp, online = trực tuyến, postal = dịch vụ bưu chính công ích.
   */
  channel: 'in-person' | 'online' | 'postal';
  processingTime: ProcessingTime;
  /**
   * Ids of the procedure's fee lines charged on this channel.
   *
   * Items: Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  fees: string[];
  /**
   * How fees on this channel can be paid.
   *
   * @minItems 1
   */
  payment?: ('online' | 'counter' | 'postal')[];
  note?: LocalizedText1;
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "ProcessingTime".
 */
export interface ProcessingTime {
  type: 'working-days' | 'calendar-days' | 'same-day' | 'hours';
  /**
   * Days or hours; absent for same-day.
   */
  value?: number;
  /**
   * same-day: dossiers received after this hour are returned the next working day.
   */
  cutoffHour?: number;
  note?: LocalizedText1;
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "FeeLine".
 */
export interface FeeLine {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  id: string;
  /**
   * le-phi = lệ phí (charge), phi = phí (fee).
   */
  kind: 'le-phi' | 'phi';
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  category: string;
  name: BilingualText;
  amount: AmountRule;
  /**
   * Maximum of this line in đồng. With a `multiplier` (number of copies, read like units; missing → its default, else 1) it bounds one copy: base = min(cap, amount) × copies.
   */
  cap?: number;
  multiplier?: AnswerRef;
  when?: Condition;
  /**
   * @maxItems 20
   */
  exemptions?: Exemption[];
  /**
   * An appraisal fee (phí thẩm định); some policies exclude these.
   */
  appraisal?: boolean;
  /**
   * Who sets the amount: provincial council (HĐND) or Ministry of Finance.
   */
  setBy?: 'council' | 'ministry';
  legalBasis?: LegalReference;
  note?: LocalizedText1;
}
/**
 * Reads a number from the answers (or a derived fact) by JSON pointer.
 *
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "AnswerRef".
 */
export interface AnswerRef {
  from: string;
  default?: number;
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "Exemption".
 */
export interface Exemption {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  id: string;
  when: Condition1;
  percentOff?: number;
  reason: LocalizedText1;
  legalBasis: LegalReference;
}
export interface LegalReference {
  /**
   * e.g. 123/2015/NĐ-CP
   */
  number: string;
  title?: string;
  /**
   * Calendar date YYYY-MM-DD (Vietnam local date); a day that exists (no 31 February).
   */
  date?: string;
  issuer?: string;
  /**
   * e.g. khoản 1 Điều 11
   */
  article?: string;
}
/**
 * A value the core computes before conditions are evaluated, e.g. days between the birth and the filing date.
 *
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "DerivedFact".
 */
export interface DerivedFact {
  name: string;
  kind: 'days-between' | 'count' | 'channel';
  /**
   * JSON pointer into the answers, or $filingDate.
   */
  from?: string;
  /**
   * JSON pointer into the answers, or $filingDate.
   */
  to?: string;
  /**
   * count: pointer to an array in the answers.
   */
  of?: string;
  description?: LocalizedText1;
}
/**
 * A case (trường hợp): a group of documents that applies when its condition holds.
 *
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "DocumentCase".
 */
export interface DocumentCase {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  id: string;
  title: LocalizedText1;
  when?: Condition1;
  /**
   * @minItems 1
   * @maxItems 40
   */
  documents: Document[];
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "Document".
 */
export interface Document {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  id: string;
  name: LocalizedText1;
  originals: number;
  copies: number;
  template?: {
    name: string;
    /**
     * Where the template is prescribed, e.g. Thông tư 04/2020/TT-BTP.
     */
    reference?: string;
  };
  /**
   * upload = a file (scan) is submitted; present = shown only (xuất trình), not submitted; form = the generated e-form itself is this document when filing online.
   */
  submission?: 'upload' | 'present' | 'form';
  /**
   * The paper original must be handed over (no online equivalent).
   */
  paperOriginal?: boolean;
  required?: boolean;
  when?: Condition1;
  /**
   * @minItems 1
   */
  accept?: (
    | 'application/pdf'
    | 'image/jpeg'
    | 'image/png'
    | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    | 'application/msword'
  )[];
  maxBytes?: number;
  /**
   * @maxItems 5
   */
  reuse?: ReuseRule[];
  note?: LocalizedText1;
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "ReuseRule".
 */
export interface ReuseRule {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  source: string;
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  record: string;
  /**
   * replace: never ask, the agency fetches it; fallback: ask only if the lookup fails; present-only: shown to the officer, not submitted.
   */
  mode: 'replace' | 'fallback' | 'present-only';
  legalBasis?: LegalReference;
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "ApplicantForm".
 */
export interface ApplicantForm {
  /**
   * JSON Schema 2020-12 of the answers, in the citizen-form profile (catalogs/README.md): keywords such as $ref, $defs, additionalProperties or prefixItems are refused by catalog check. Conditional fields use if/then/else.
   */
  schema: {};
  /**
   * react-jsonschema-form uiSchema.
   */
  uiSchema?: {};
  /**
   * @maxItems 60
   */
  prefill?: Prefill[];
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "Prefill".
 */
export interface Prefill {
  /**
   * JSON pointer of the answer to fill.
   */
  target: string;
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  source: string;
  /**
   * Attribute of the source, declared in the registry.
   */
  attribute: string;
  /**
   * Locked values are read-only and must equal the source's.
   */
  locked?: boolean;
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "Result".
 */
export interface Result {
  name: LocalizedText1;
  /**
   * @minItems 1
   */
  forms: ('electronic' | 'paper')[];
  /**
   * @minItems 1
   */
  delivery: ('online' | 'postal' | 'counter')[];
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "Step".
 */
export interface Step {
  title: LocalizedText1;
  actor: 'applicant' | 'agency';
  /**
   * The applicant must appear in person.
   */
  inPerson?: boolean;
  /**
   * Officers verify on site.
   */
  onSiteCheck?: boolean;
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "TestCase".
 */
export interface TestCase {
  name: string;
  /**
   * in-person = trực tiếp, online = trực tuyến, postal = dịch vụ bưu chính công ích.
   */
  channel: 'in-person' | 'online' | 'postal';
  /**
   * Calendar date YYYY-MM-DD (Vietnam local date); a day that exists (no 31 February).
   */
  date: string;
  answers: {};
  citizen?: CitizenData;
  uploads?: TestUpload[];
  expect: {
    valid: boolean;
    /**
     * Expected errors (each must be reported; others may be too).
     */
    errors?: {
      path?: string;
      code: string;
    }[];
    feeTotal?: number;
    feeLines?: {
      id: string;
      amount: number;
    }[];
    /**
     * Exactly the ids of the policies applied, no more ([] = no policy applies).
     */
    policies?: string[];
    /**
     * Ids of policies that must be among those applied (others may apply too).
     */
    policiesInclude?: string[];
    /**
     * Exactly the ids of the exemptions applied, no more ([] = no exemption applies).
     */
    exemptions?: string[];
    /**
     * Ids of exemptions that must be among those applied (others may apply too).
     */
    exemptionsInclude?: string[];
    /**
     * Documents the applicant must upload.
     */
    documentsRequired?: string[];
    /**
     * Documents satisfied by reuse.
     */
    documentsReused?: string[];
  };
}
/**
 * What the state already holds about the signed-in applicant, as read from the sources.
 *
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "CitizenData".
 */
export interface CitizenData {
  personalId: string;
  /**
   * Per source id, attribute name → value.
   */
  attributes?: {
    [k: string]: {};
  };
  /**
   * @maxItems 200
   */
  records?: CitizenRecord[];
  /**
   * Sources whose lookup failed.
   *
   * Items: Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  unavailable?: string[];
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "CitizenRecord".
 */
export interface CitizenRecord {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  source: string;
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  record: string;
  id: string;
  title?: string;
  /**
   * Calendar date YYYY-MM-DD (Vietnam local date); a day that exists (no 31 February).
   */
  issuedAt?: string;
  /**
   * Calendar date YYYY-MM-DD (Vietnam local date); a day that exists (no 31 February).
   */
  validUntil?: string;
}
/**
 * This interface was referenced by `Procedure`'s JSON-Schema
 * via the `definition` "TestUpload".
 */
export interface TestUpload {
  /**
   * Lower-case ASCII id with dashes, e.g. `ho-tich`.
   */
  document: string;
  type: string;
  size: number;
}
