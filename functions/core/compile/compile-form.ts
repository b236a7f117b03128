import { compileShared } from '../formats/create-ajv';
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
