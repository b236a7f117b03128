import type { Options } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import { linearRegExp } from './linear-regexp';
import { registerNotFuture } from './not-future';
import { registerFormats } from './register-formats';

/**
 * The options every Ajv that runs an officer's schema shares — the server, the CLI and the
 * browser (builder preview, citizen form) — so a value gets the same verdict everywhere:
 * unknown keywords tolerated (officers annotate schemas for the builder), every `pattern` in the
 * linear-time RE2 engine, and `multipleOf` with the tolerance react-jsonschema-form also uses
 * (0.3 is a multiple of 0.1 for people, not for binary floating point).
 */
export const coreAjvOptions = {
  strict: false,
  multipleOfPrecision: 8,
  code: { regExp: linearRegExp },
} as const satisfies Options;

/**
 * Options of the form validator: every error reported; `verbose` keeps the failing schema node
 * on each error so messages can name the field's title (it costs nothing on the valid path).
 */
export const formAjvOptions = {
  ...coreAjvOptions,
  allErrors: true,
  verbose: true,
  passContext: true,
} as const satisfies Options;

/** Annotations officers write beside the form (English labels, display names): never checked. */
export const annotationKeywords = ['x-en', 'x-enumNames'] as const;

/**
 * Adds the catalog's formats, `x-notFuture` and annotation keywords to an Ajv built with
 * `formAjvOptions`. The browser calls this on the instance react-jsonschema-form builds.
 * `today` answers `x-notFuture` when a validation has no filing date (see not-future.ts).
 */
export function configureFormAjv<A extends Ajv2020>(ajv: A, today?: () => string): A {
  registerFormats(ajv, today);
  registerNotFuture(ajv, today);
  ajv.addVocabulary([...annotationKeywords]);
  return ajv;
}

/** An Ajv 2020 instance configured for officers' form schemas. */
export function createFormAjv(extra: Options = {}): Ajv2020 {
  return configureFormAjv(new Ajv2020({ ...formAjvOptions, ...extra }));
}

/** An Ajv instance for conditions (predicates): the first failure is enough. */
export function createConditionAjv(extra: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ ...coreAjvOptions, allErrors: false, ...extra });
  registerFormats(ajv);
  ajv.addKeyword({ keyword: 'x-notFuture', schemaType: 'boolean' });
  ajv.addVocabulary([...annotationKeywords]);
  return ajv;
}

let formAjv: Ajv2020 | undefined;
let conditionAjv: Ajv2020 | undefined;
let optimizeCode = true;

/**
 * For a process that compiles each schema only to run it a few times (`catalog check` runs every
 * procedure's test cases once): compileShared then skips Ajv's code-optimisation pass, about half
 * of a compile. The pass only removes redundant generated code; no verdict changes.
 */
export function skipCodeOptimization(): void {
  optimizeCode = false;
  formAjv = undefined;
  conditionAjv = undefined;
}

/** False once skipCodeOptimization was called. */
export function optimizesCode(): boolean {
  return optimizeCode;
}

const unoptimized = { code: { ...coreAjvOptions.code, optimize: false } } as const;

/**
 * Compiles with one shared instance per purpose. A fresh Ajv spends ~0.5 s compiling the
 * meta-schemas before its first schema; sharing pays that once per process (or page). Each schema
 * is dropped from Ajv's cache after compiling, so a long-running server that compiles many
 * published versions keeps only the validators it still references.
 */
export function compileShared(purpose: 'form' | 'condition', schema: object | boolean) {
  const extra = optimizeCode ? {} : unoptimized;
  if (purpose === 'form' && formAjv === undefined) formAjv = createFormAjv(extra);
  if (purpose === 'condition' && conditionAjv === undefined) conditionAjv = createConditionAjv(extra);
  const ajv = (purpose === 'form' ? formAjv : conditionAjv)!;
  const validate = ajv.compile(schema);
  if (typeof schema === 'object') ajv.removeSchema(schema);
  return validate;
}
