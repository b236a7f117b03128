/**
 * In a process that compiles each form only to run its test cases once (`catalog check`, see
 * skipCodeOptimization), the checker's compile of the form and the test cases' compile are one.
 * The checker compiles the closed copy the test cases run on (compile/form-schema.ts) and, when
 * Ajv has nothing to say about it (no error, no strict-mode warning), keeps that validator for
 * compileForm. The closed copy only adds `unevaluatedProperties: false` and wraps each `if` in
 * `not: { not: … }`, so every keyword of the officer's schema is still compiled: a clean closed
 * copy means a clean schema. Anything else is reported from the officer's own schema, as before,
 * so messages keep the officer's paths.
 */
import { rememberForm } from '../compile/compile-form';
import type { AnswersValidator } from '../compile/compiled-procedure';
import { prepareFormSchema } from '../compile/form-schema';
import { optimizesCode } from '../formats/create-ajv';
import { compileChecked } from './schema-compiler';

/** True when the form compiled cleanly here and its validator is kept; false: check it the usual way. */
export function compileFormOnce(schema: object): boolean {
  // An optimising process (the API) keeps its faster optimised validators.
  if (optimizesCode()) return false;
  const form = prepareFormSchema(schema);
  const compiled = compileChecked(form.schema);
  if (compiled.error !== undefined || compiled.warnings.length > 0 || !compiled.validate) return false;
  rememberForm(schema, { form, validateAnswers: compiled.validate as unknown as AnswersValidator });
  return true;
}
