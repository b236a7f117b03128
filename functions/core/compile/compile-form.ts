import { compileShared } from '../formats/create-ajv';
import type { ValidationContext } from '../formats/not-future';
import type { AnswersValidator } from './compiled-procedure';
import { ProcedureCompileError } from './conditions';
import { type FormSchemaInfo, prepareFormSchema } from './form-schema';

const forms = new WeakMap<object, { form: FormSchemaInfo; validateAnswers: AnswersValidator }>();

/**
 * The answers validator depends only on the form schema, so it is cached by that object: a new
 * policy set or registry (another catalog context) reuses it instead of recompiling.
 */
export function compileForm(schema: object): { form: FormSchemaInfo; validateAnswers: AnswersValidator } {
  const hit = forms.get(schema);
  if (hit) return hit;
  const form = prepareFormSchema(schema);
  try {
    const entry = { form, validateAnswers: compileShared('form', form.schema) as AnswersValidator };
    forms.set(schema, entry);
    return entry;
  } catch (cause) {
    throw new ProcedureCompileError(
      {
        vi: 'Lược đồ biểu mẫu (form.schema) không phải là JSON Schema 2020-12 hợp lệ.',
        en: 'The form schema (form.schema) is not a valid JSON Schema 2020-12.',
      },
      '/form/schema',
      cause,
    );
  }
}

/**
 * Keeps a validator compiled elsewhere from `form.schema` with the core's options, for
 * compileForm to return (the checker's own compile: see catalog-checks/compile-form-once.ts).
 */
export function rememberForm(
  schema: object,
  entry: { form: FormSchemaInfo; validateAnswers: AnswersValidator },
): void {
  forms.set(schema, entry);
}

/**
 * The form info now and a validator that compiles (through compileForm, so cached alike) on its
 * first call; `errors` mirrors the compiled validator's after each call.
 */
export function lazyForm(schema: object): { form: FormSchemaInfo; validateAnswers: AnswersValidator } {
  const hit = forms.get(schema);
  if (hit) return hit;
  const lazy = function (this: ValidationContext, data: unknown) {
    const compiled = compileForm(schema).validateAnswers;
    const valid = compiled.call(this, data);
    lazy.errors = compiled.errors;
    return valid;
  } as unknown as AnswersValidator;
  return { form: prepareFormSchema(schema), validateAnswers: lazy };
}
