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

type Purpose = 'form' | 'condition';

/**
 * Compiles one shared instance serves before it is replaced. Ajv's removeSchema drops a schema
 * from its cache but not the values its generated code put in the instance's scope (patterns,
 * formats, the schema nodes `verbose` errors name): ~80 KB per procedure form stays for as long
 * as the instance lives, whether its validator is still used or not. A server that compiles
 * published versions as citizens open them (and again when its LRU of compiled versions evicts
 * one) would grow without bound on one instance. A replaced instance is freed once the last
 * validator it compiled is dropped, so what stays is bounded by the live validators plus one
 * instance's worth (at most ~4 MB of form scope). A fresh instance costs one meta-schema compile
 * (~80 ms, ~2 ms per form compile spread over 50); conditions are small, so theirs lasts longer.
 */
export const compilesPerInstance: Readonly<Record<Purpose, number>> = { form: 50, condition: 500 };

const shared: Partial<Record<Purpose, { ajv: Ajv2020; compiles: number }>> = {};
let optimizeCode = true;

/**
 * For a process that compiles each schema only to run it a few times (`catalog check` runs every
 * procedure's test cases once): compileShared then skips Ajv's code-optimisation pass, about half
 * of a compile. The pass only removes redundant generated code; no verdict changes.
 */
export function skipCodeOptimization(): void {
  optimizeCode = false;
  delete shared.form;
  delete shared.condition;
}

/** False once skipCodeOptimization was called. */
export function optimizesCode(): boolean {
  return optimizeCode;
}

const unoptimized = { code: { ...coreAjvOptions.code, optimize: false } } as const;

/** The instance compileShared uses next for `purpose` and how many compiles it has served (for tests). */
export function sharedAjv(purpose: Purpose): { ajv: Ajv2020; compiles: number } | undefined {
  return shared[purpose];
}

/**
 * Compiles with one shared instance per purpose. A fresh Ajv spends ~0.1–0.5 s compiling the
 * meta-schemas before its first schema; sharing pays that once per `compilesPerInstance` compiles.
 * Each schema is dropped from Ajv's cache after compiling, and the instance is replaced after
 * `compilesPerInstance[purpose]` compiles, so a long-running server that compiles many published
 * versions keeps only the validators it still references (see compilesPerInstance).
 */
export function compileShared(purpose: Purpose, schema: object | boolean) {
  let current = shared[purpose];
  if (current === undefined || current.compiles >= compilesPerInstance[purpose]) {
    const extra = optimizeCode ? {} : unoptimized;
    current = { ajv: purpose === 'form' ? createFormAjv(extra) : createConditionAjv(extra), compiles: 0 };
    shared[purpose] = current;
  }
  current.compiles++;
  const validate = current.ajv.compile(schema);
  if (typeof schema === 'object') current.ajv.removeSchema(schema);
  return validate;
}
