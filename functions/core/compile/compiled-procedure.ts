/**
 * The compiled form of one published procedure version: every validator and condition is built
 * once here, so generating forms, quoting fees and validating submissions never compile again.
 */
import type { ValidateFunction } from 'ajv/dist/2020';
import type {
  ChannelOffer,
  DerivedFact,
  Document,
  DocumentCase,
  Exemption,
  FeeLine,
  Prefill,
} from '../format/generated/procedure';
import type { ValidationContext } from '../formats/not-future';
import type { CatalogContext, Channel, JurisdictionPolicy, Message, Procedure } from '../types';
import type { FormSchemaInfo } from './form-schema';

/** A condition compiled to a predicate over the subject (answers + derived facts). */
export type Predicate = (subject: unknown) => boolean;

export interface CompiledExemption {
  exemption: Exemption;
  when: Predicate;
  percentOff: number;
}

export interface CompiledFeeLine {
  line: FeeLine;
  when: Predicate;
  /** Pointer tokens of the unit count, for per-unit and tiered lines. */
  unitsFrom?: string[];
  unitsDefault?: number;
  /** Pointer tokens of the number of copies, when the line has a `multiplier`. */
  copiesFrom?: string[];
  copiesDefault?: number;
  exemptions: CompiledExemption[];
  /** Policies whose jurisdiction, coverage and exclusions match this line, sorted by id. */
  policies: JurisdictionPolicy[];
}

export interface CompiledDocument {
  document: Document;
  caseId: string;
  when: Predicate;
  required: boolean;
  submission: 'upload' | 'present' | 'form';
  accept: string[];
  maxBytes: number;
}

export interface CompiledCase {
  documentCase: DocumentCase;
  when: Predicate;
  documents: CompiledDocument[];
}

export interface CompiledPrefill {
  prefill: Prefill;
  tokens: string[];
  sourceName: Message;
}

export interface CompiledDerived {
  fact: DerivedFact;
  from?: string[] | '$filingDate';
  to?: string[] | '$filingDate';
  of?: string[];
}

/** Validates answers; call with `this` = { date } so `x-notFuture` knows the filing date. */
export type AnswersValidator = ValidateFunction & ((this: ValidationContext, data: unknown) => boolean);

export interface CompiledProcedure {
  readonly procedure: Procedure;
  readonly catalog: CatalogContext;
  /** Jurisdiction of the performing agency ('' when the agency is not in the registry). */
  readonly jurisdiction: string;
  readonly channels: ReadonlyMap<Channel, ChannelOffer>;
  /** Per channel, the fee lines it lists, in the channel's order. */
  readonly channelLines: ReadonlyMap<Channel, CompiledFeeLine[]>;
  readonly derived: CompiledDerived[];
  readonly cases: CompiledCase[];
  readonly documents: ReadonlyMap<string, CompiledDocument>;
  readonly prefill: CompiledPrefill[];
  readonly validateAnswers: AnswersValidator;
  readonly form: FormSchemaInfo;
  readonly sourceNames: ReadonlyMap<string, Message>;
}
