import Ajv2020 from 'ajv/dist/2020';
import { registerNotFuture } from './not-future';
import { registerFormats } from './register-formats';

/**
 * An Ajv 2020 instance configured for officers' form schemas: every error reported, unknown
 * keywords tolerated (officers annotate schemas for the builder), our formats and `x-notFuture`.
 * `verbose` keeps the failing schema node on each error so messages can name the field's title;
 * it costs nothing on the valid path.
 */
export function createFormAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, passContext: true });
  registerFormats(ajv);
  return registerNotFuture(ajv);
}

/** An Ajv instance for conditions (predicates): the first failure is enough. */
export function createConditionAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  registerFormats(ajv);
  ajv.addKeyword({ keyword: 'x-notFuture', schemaType: 'boolean' });
  return ajv;
}

let formAjv: Ajv2020 | undefined;
let conditionAjv: Ajv2020 | undefined;

/**
 * Compiles with one shared instance per purpose. A fresh Ajv spends ~0.5 s compiling the
 * meta-schemas before its first schema; sharing pays that once per process (or page). Each schema
 * is dropped from Ajv's cache after compiling, so a long-running server that compiles many
 * published versions keeps only the validators it still references.
 */
export function compileShared(purpose: 'form' | 'condition', schema: object | boolean) {
  if (purpose === 'form' && formAjv === undefined) formAjv = createFormAjv();
  if (purpose === 'condition' && conditionAjv === undefined) conditionAjv = createConditionAjv();
  const ajv = (purpose === 'form' ? formAjv : conditionAjv)!;
  const validate = ajv.compile(schema);
  if (typeof schema === 'object') ajv.removeSchema(schema);
  return validate;
}
