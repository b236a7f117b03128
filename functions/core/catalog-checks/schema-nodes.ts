/**
 * Every schema node of an officer's JSON Schema with its pointer, walking only the places where
 * JSON Schema 2020-12 (and draft-07, so its leftovers can be found) puts subschemas — a property
 * *named* `pattern` or `dependencies` is not a keyword.
 */
import { pointer } from './pointer';

type Schema = Record<string, unknown>;
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

const MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies'];
const ONE = [
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'not',
];
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];

/**
 * Yields `{ at, node, condition }` for `schema` and each subschema inside it, `at` relative to
 * `base`; `condition` is true inside an `if` (a test of the answers, not a field).
 */
export function* schemaNodes(
  schema: unknown,
  base = '',
  condition = false,
): Generator<{ at: string; node: Schema; condition: boolean }> {
  if (!isSchema(schema)) return;
  yield { at: base, node: schema, condition };
  for (const key of MAPS) {
    const map = schema[key];
    if (isSchema(map))
      for (const [name, sub] of Object.entries(map))
        yield* schemaNodes(sub, `${base}${pointer(key, name)}`, condition);
  }
  for (const key of ONE) yield* schemaNodes(schema[key], `${base}${pointer(key)}`, condition || key === 'if');
  for (const key of LISTS) {
    const list = schema[key];
    if (Array.isArray(list))
      for (const [i, sub] of list.entries()) yield* schemaNodes(sub, `${base}${pointer(key, i)}`, condition);
  }
}
