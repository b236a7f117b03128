/**
 * Prepares an officer's form schema for strict validation. Every schema node that describes an
 * object at its own instance location gets `unevaluatedProperties: false` (unless it already says
 * what to do with extra properties), so answers the form does not ask for are rejected. Nodes
 * that apply at the same location (allOf/anyOf/oneOf/if/then/else/dependentSchemas/not) are left
 * alone: closing them would reject their siblings' properties.
 *
 * For each closed node we remember which property names only exist in a conditional branch, so a
 * rejected name can be reported as hidden by a condition (`answers.hidden`) rather than unknown.
 */
import { isRecord } from '../json-pointer';

export interface FormSchemaInfo {
  /** The closed copy to compile; the officer's schema is not modified. */
  schema: Record<string, unknown> | boolean;
  /** Closed node → names declared only in its conditional branches. */
  conditionalNames: WeakMap<object, Set<string>>;
  /** Every conditional name in the schema, for errors whose node cannot be identified. */
  allConditionalNames: Set<string>;
  /** Property name → title, for messages ("Trường «Họ và tên» là bắt buộc"). */
  titles: Map<string, string>;
}

const SAME_LOCATION_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const SAME_LOCATION_ONE = ['if', 'then', 'else', 'not'] as const;
const CONDITIONAL = new Set(['then', 'else', 'anyOf', 'oneOf', 'dependentSchemas']);
const CHILD_MAPS = ['properties', 'patternProperties', '$defs', 'definitions'] as const;
const CHILD_ONE = ['items', 'additionalProperties', 'contains', 'propertyNames', 'unevaluatedItems'] as const;

/** Builds the closed copy of `schema` and the facts messages need. */
export function prepareFormSchema(schema: unknown): FormSchemaInfo {
  const info: FormSchemaInfo = {
    schema: true,
    conditionalNames: new WeakMap(),
    allConditionalNames: new Set(),
    titles: new Map(),
  };
  const copy = JSON.parse(JSON.stringify(schema ?? true)) as unknown;
  if (isRecord(copy)) {
    // Two published versions may share an $id; each compiles in its own Ajv, but drop it anyway
    // so a relative $ref cannot resolve against a URL we do not serve.
    delete copy.$id;
    visitLocation(copy, info);
    info.schema = copy;
  } else {
    info.schema = copy !== false;
  }
  return info;
}

/** A node that validates an instance location of its own (root, property value, item…). */
function visitLocation(node: Record<string, unknown>, info: FormSchemaInfo): void {
  const conditional = new Set<string>();
  const declared = new Set<string>();
  collect(node, info, declared, conditional, false);
  const closes =
    looksLikeObject(node) && !('unevaluatedProperties' in node) && !('additionalProperties' in node);
  if (closes) node.unevaluatedProperties = false;
  const onlyConditional = new Set([...conditional].filter((n) => !declared.has(n)));
  if (onlyConditional.size > 0) {
    info.conditionalNames.set(node, onlyConditional);
    for (const n of onlyConditional) info.allConditionalNames.add(n);
  }
}

/** Walks a node and its same-location applicators, sorting declared names by conditionality. */
function collect(
  node: Record<string, unknown>,
  info: FormSchemaInfo,
  declared: Set<string>,
  conditional: Set<string>,
  inBranch: boolean,
): void {
  const props = node.properties;
  if (isRecord(props)) {
    for (const [name, sub] of Object.entries(props)) {
      (inBranch ? conditional : declared).add(name);
      if (isRecord(sub) && typeof sub.title === 'string' && !info.titles.has(name))
        info.titles.set(name, sub.title);
    }
  }
  for (const key of CHILD_MAPS) {
    const map = node[key];
    if (!isRecord(map)) continue;
    for (const sub of Object.values(map)) if (isRecord(sub)) visitLocation(sub, info);
  }
  for (const key of CHILD_ONE) {
    const sub = node[key];
    if (isRecord(sub)) visitLocation(sub, info);
  }
  if (Array.isArray(node.prefixItems))
    for (const sub of node.prefixItems) if (isRecord(sub)) visitLocation(sub, info);
  for (const key of SAME_LOCATION_ONE) {
    const sub = node[key];
    if (isRecord(sub)) collect(sub, info, declared, conditional, inBranch || CONDITIONAL.has(key));
  }
  for (const key of SAME_LOCATION_LISTS) {
    const list = node[key];
    if (!Array.isArray(list)) continue;
    for (const sub of list)
      if (isRecord(sub)) collect(sub, info, declared, conditional, inBranch || CONDITIONAL.has(key));
  }
  const deps = node.dependentSchemas;
  if (isRecord(deps)) {
    for (const sub of Object.values(deps)) if (isRecord(sub)) collect(sub, info, declared, conditional, true);
  }
}

function looksLikeObject(node: Record<string, unknown>): boolean {
  const t = node.type;
  if (t === 'object' || (Array.isArray(t) && t.includes('object'))) return true;
  return t === undefined && (isRecord(node.properties) || isRecord(node.patternProperties));
}
