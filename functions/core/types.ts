/**
 * Public types of the domain core. The core is pure TypeScript: it imports nothing from node:*,
 * the AWS SDK, hono or the DOM, so the Lambda functions, the local server, the CLI and the
 * browser all run the same code (checked by functions/core/tsconfig.json, which has no Node or
 * DOM types).
 */

import type { FeePolicy } from './format/generated/policy';
import type { CitizenData, Procedure } from './format/generated/procedure';
import type { Registry } from './format/generated/registry';

export type { FeePolicy, PolicyFile } from './format/generated/policy';
export type { CitizenData, CitizenRecord, Procedure } from './format/generated/procedure';
export type { Registry } from './format/generated/registry';

export type Channel = 'in-person' | 'online' | 'postal';
export const channels: readonly Channel[] = ['in-person', 'online', 'postal'];

/** A message for people: Vietnamese first, English alongside. */
export interface Message {
  vi: string;
  en: string;
}

/** One problem found by the core; `path` is a JSON pointer into what was checked ('' = the whole). */
export interface CoreError {
  path: string;
  code: string;
  message: Message;
}

/** A policy as loaded from a policy file: the file's jurisdiction is attached to each policy. */
export type JurisdictionPolicy = FeePolicy & { jurisdiction: string };

/** Everything besides the procedure that the core reads: the shared vocabulary and the policies. */
export interface CatalogContext {
  registry: Registry;
  policies: JurisdictionPolicy[];
}

/** A policy that changed a fee line, as shown on the receipt. */
export interface AppliedPolicy {
  id: string;
  jurisdiction: string;
  resolution: FeePolicy['resolution'];
  effect: FeePolicy['effect'];
  summary: Message | { vi: string; en?: string };
}

export interface AppliedExemption {
  id: string;
  percentOff: number;
  reason: { vi: string; en?: string };
  legalBasis: { number: string; article?: string; title?: string };
}

/** One itemized fee line. All amounts are integer đồng. */
export interface FeeLineQuote {
  id: string;
  kind: 'le-phi' | 'phi';
  category: string;
  name: Message;
  /** Amount before exemptions and policies (after units, tiers, cap and copies). */
  base: number;
  units?: number;
  /** Number of copies charged, for a line with a `multiplier` (base = capped amount × copies). */
  copies?: number;
  exemptions: AppliedExemption[];
  policies: AppliedPolicy[];
  /** What the applicant pays for this line. */
  amount: number;
}

export interface FeeQuote {
  channel: Channel;
  date: string;
  jurisdiction: string;
  lines: FeeLineQuote[];
  total: number;
  currency: 'VND';
}

export type DocumentStatusKind =
  /** satisfied by a record the state holds (reuse rule, mode replace or fallback with a hit) */
  | 'reused'
  /** the agency fetches it itself (mode replace, no record found): never ask the applicant */
  | 'fetch-by-agency'
  /** the applicant must upload a file */
  | 'upload'
  /** shown only (xuất trình), not submitted */
  | 'present'
  /** the generated e-form is this document (online) */
  | 'form';

export interface DocumentStatus {
  id: string;
  caseId: string;
  name: { vi: string; en?: string };
  required: boolean;
  status: DocumentStatusKind;
  /** For reused / present-only: which source and record supplied it. */
  source?: string;
  record?: { id: string; title?: string };
  accept: string[];
  maxBytes: number;
  originals: number;
  copies: number;
  /** What the page shows beside the document, e.g. "Có sẵn từ … — không cần tải lên". */
  hint?: Message;
}

export interface PrefillValue {
  /** JSON pointer into the answers. */
  target: string;
  source: string;
  attribute: string;
  locked: boolean;
  value: unknown;
}

export interface ReuseResolution {
  documents: DocumentStatus[];
  prefill: PrefillValue[];
}

/** A file the applicant uploaded for a document, as confirmed by the server. */
export interface UploadedDocument {
  document: string;
  type: string;
  size: number;
  /** Storage key; the core does not read it. */
  key?: string;
}

/** Input of validateSubmission. Everything is `unknown` because it comes from the network. */
export interface SubmissionInput {
  answers: unknown;
  channel: unknown;
  documents?: unknown;
  /** What the state holds about the signed-in applicant (server side: read by the server, never sent by the client). */
  citizen?: CitizenData;
  /** Filing date, YYYY-MM-DD, from the server clock. */
  date: string;
}

/** Per-dossier flags of Decision 766/QĐ-TTg. */
export interface DossierIndicators {
  /** 1 in person, 2 online, 3 postal */
  channelCode: 1 | 2 | 3;
  online: boolean;
  /** Applicable documents (components of the dossier). */
  componentsTotal: number;
  /** Documents with status `reused` (taken from a source / the warehouse). */
  componentsReused: number;
  /** Documents with an uploaded file, reused from an electronic record, or the e-form filed online. */
  componentsDigitised: number;
  anyReused: boolean;
  /** the procedure charges fees on this channel and at least one line is above 0 */
  feePayable: boolean;
  /** results are returned electronically */
  electronicResult: boolean;
}

export interface ValidationResult {
  valid: boolean;
  errors: CoreError[];
  fees: FeeQuote | null;
  documents: DocumentStatus[];
  indicators: DossierIndicators | null;
}

export interface FormContext {
  channel: Channel;
  date: string;
  citizen?: CitizenData;
}

/** What react-jsonschema-form needs, plus what the page shows beside the form. */
export interface GeneratedForm {
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
  formData: Record<string, unknown>;
  documents: DocumentStatus[];
  prefill: PrefillValue[];
  fees: FeeQuote;
}

export type { Procedure as ProcedureDefinition, Registry as CatalogRegistry };
