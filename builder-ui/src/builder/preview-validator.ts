/**
 * The preview's react-jsonschema-form validator, blind to labels. To resolve `if`/`then`/`else`,
 * rjsf compiles the whole root schema with Ajv again whenever that schema differs from the last
 * one — on a 100-field form close to a second per keystroke in a field's label. Titles,
 * descriptions and the English/display-name annotations never change a verdict, so the schemas
 * given to the validator are stripped of them (memoized per object): while the officer edits a
 * label, rjsf sees the same root schema and reuses its compiled validator. Display still uses the
 * full schema; only the yes/no questions go through here.
 */
import type { FormContextType, RJSFSchema, StrictRJSFSchema, ValidatorType } from '@rjsf/utils';
import { formValidator } from '../ui/rjsf-validator';

const annotations = new Set(['title', 'description', 'x-en', 'x-enumNames', 'enumNames', '$comment']);
/** Keywords whose value maps names (not keywords) to schemas: a property may be called "title". */
const schemaMaps = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is data, kept as is. */
const dataKeywords = new Set(['const', 'enum', 'default', 'examples', 'required']);

const stripped = new WeakMap<object, unknown>();

function strip(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strip);
  if (schema === null || typeof schema !== 'object') return schema;
  const hit = stripped.get(schema);
  if (hit !== undefined) return hit;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (annotations.has(key)) continue;
    if (dataKeywords.has(key)) out[key] = value;
    else if (schemaMaps.has(key) && value && typeof value === 'object' && !Array.isArray(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strip(sub)]));
    else out[key] = strip(value);
  }
  stripped.set(schema, out);
  return out;
}

/** `validator` with isValid answered on label-free schemas (same verdicts, compiled far less often). */
export function labelBlind<
  T = unknown,
  S extends StrictRJSFSchema = RJSFSchema,
  F extends FormContextType = FormContextType,
>(validator: ValidatorType<T, S, F>): ValidatorType<T, S, F> {
  const blind = Object.create(validator) as ValidatorType<T, S, F>;
  blind.isValid = (schema: S, formData: T | undefined, rootSchema: S) =>
    validator.isValid(strip(schema) as S, formData, strip(rootSchema) as S);
  return blind;
}

export const previewValidator = labelBlind(formValidator);
