/** Maps Ajv keywords to the catalog's error codes (catalogs/README.md, "Error codes"). */
const CODES: Record<string, string> = {
  type: 'answers.type',
  required: 'answers.required',
  dependentRequired: 'answers.required',
  dependencies: 'answers.required',
  format: 'answers.format',
  pattern: 'answers.pattern',
  enum: 'answers.enum',
  const: 'answers.enum',
  minimum: 'answers.range',
  maximum: 'answers.range',
  exclusiveMinimum: 'answers.range',
  exclusiveMaximum: 'answers.range',
  'x-notFuture': 'answers.range',
  minLength: 'answers.length',
  maxLength: 'answers.length',
  minItems: 'answers.length',
  maxItems: 'answers.length',
  minProperties: 'answers.length',
  maxProperties: 'answers.length',
  additionalProperties: 'answers.unknown',
  unevaluatedProperties: 'answers.unknown',
};

/** The error code of an Ajv keyword; every other keyword is `answers.invalid`. */
export function codeForKeyword(keyword: string): string {
  return CODES[keyword] ?? 'answers.invalid';
}
