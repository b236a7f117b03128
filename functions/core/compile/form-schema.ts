/**
 * Prepares an officer's form schema for strict validation. Every schema node that describes an
 * object at its own instance location (the root, a property's value, an array's items…) gets
 * `unevaluatedProperties: false`, unless it already says what to do with extra properties, so
 * answers the form does not ask for are rejected. Fragments that apply at the same location —
 * allOf/anyOf/oneOf/then/else/dependentSchemas and local `$ref`s — are not closed
 * themselves (closing a mixin would reject its siblings' properties); their properties count
 * for the location that uses them. `if` and `not` are tests that declare nothing: `not` keeps no
 * annotations by the spec, and each `if: S` becomes `if: { not: { not: S } }` (same verdict) so a
 * property named only in the test is unknown whether the test passes or fails — Ajv would
 * otherwise count it as evaluated even when the `if` fails.
 *
 * For each closed node we remember which property names only exist in a conditional branch, so a
 * rejected name can be reported as hidden by a condition (`answers.hidden`) rather than unknown.
 */
import { isRecord } from '../json-pointer';
import { localizeRefs } from './embedded-resources';

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

interface Walk {
  info: FormSchemaInfo;
  root: Record<string, unknown>;
  /** Locations already visited (a def used in several places is one node). */
  visited: WeakSet<object>;
  /** Nodes whose `if` is already wrapped (a def reached twice is wrapped once). */
  testsWrapped: WeakSet<object>;
}

interface Names {
  declared: Set<string>;
  conditional: Set<string>;
  objectLike: boolean;
}

const SAME_LOCATION_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
/** `if` and `not` are tests, not declarations: they are left out of the walk (see `collect`). */
const SAME_LOCATION_ONE = ['then', 'else'] as const;
const CONDITIONAL = new Set(['then', 'else', 'anyOf', 'oneOf', 'dependentSchemas']);
const CHILD_MAPS = ['properties', 'patternProperties'] as const;
const CHILD_ONE = ['items', 'additionalProperties', 'contains', 'propertyNames', 'unevaluatedItems'] as const;

/** Builds the closed copy of `schema` and the facts messages need. */
export function prepareFormSchema(schema: unknown): FormSchemaInfo {
  const info: FormSchemaInfo = {
    schema: true,
    conditionalNames: new WeakMap(),
    allConditionalNames: new Set(),
    titles: new Map(),
  };
  // References to embedded `$id`s become `#/…` pointers and the ids go: each version compiles in
  // a shared Ajv, where an id would clash between versions (see embedded-resources.ts).
  const copy = localizeRefs(schema ?? true);
  if (isRecord(copy)) {
    visitLocation(copy, { info, root: copy, visited: new WeakSet(), testsWrapped: new WeakSet() });
    info.schema = copy;
  } else {
    info.schema = copy !== false;
  }
  return info;
}

function visitLocation(node: Record<string, unknown>, walk: Walk): void {
  if (walk.visited.has(node)) return;
  walk.visited.add(node);
  const names: Names = { declared: new Set(), conditional: new Set(), objectLike: false };
  collect(node, walk, names, false, new Set());
  if (names.objectLike && !('unevaluatedProperties' in node) && !('additionalProperties' in node)) {
    node.unevaluatedProperties = false;
  }
  const onlyConditional = new Set([...names.conditional].filter((n) => !names.declared.has(n)));
  if (onlyConditional.size > 0) {
    walk.info.conditionalNames.set(node, onlyConditional);
    for (const n of onlyConditional) walk.info.allConditionalNames.add(n);
  }
}

/** Walks a fragment that applies at the current location, and visits child locations. */
function collect(
  node: Record<string, unknown>,
  walk: Walk,
  names: Names,
  inBranch: boolean,
  refs: Set<object>,
): void {
  if ('if' in node && !walk.testsWrapped.has(node)) {
    walk.testsWrapped.add(node);
    node.if = { not: { not: node.if } };
  }
  const t = node.type;
  if (t === 'object' || (Array.isArray(t) && t.includes('object'))) names.objectLike = true;
  const props = node.properties;
  if (isRecord(props)) {
    if (t === undefined) names.objectLike = true;
    for (const [name, sub] of Object.entries(props)) {
      (inBranch ? names.conditional : names.declared).add(name);
      if (isRecord(sub) && typeof sub.title === 'string' && !walk.info.titles.has(name))
        walk.info.titles.set(name, sub.title);
    }
  }
  for (const key of CHILD_MAPS) {
    const map = node[key];
    if (isRecord(map)) for (const sub of Object.values(map)) if (isRecord(sub)) visitLocation(sub, walk);
  }
  for (const key of CHILD_ONE) {
    const sub = node[key];
    if (isRecord(sub)) visitLocation(sub, walk);
  }
  if (Array.isArray(node.prefixItems))
    for (const sub of node.prefixItems) if (isRecord(sub)) visitLocation(sub, walk);
  // `if` and `not` are not walked at all. A name they mention is tested, not declared, so it
  // must not hide the fact that its only declaration is in a branch (→ `answers.hidden`); and a
  // group they test must not be closed, or extra answers in the group would make the test fail.
  for (const key of SAME_LOCATION_ONE) {
    const sub = node[key];
    if (isRecord(sub)) collect(sub, walk, names, inBranch || CONDITIONAL.has(key), refs);
  }
  for (const key of SAME_LOCATION_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) {
      for (const sub of list)
        if (isRecord(sub)) collect(sub, walk, names, inBranch || CONDITIONAL.has(key), refs);
    }
  }
  const deps = node.dependentSchemas;
  if (isRecord(deps))
    for (const sub of Object.values(deps)) if (isRecord(sub)) collect(sub, walk, names, true, refs);
  const target = typeof node.$ref === 'string' ? localTarget(walk.root, node.$ref) : undefined;
  if (target && !refs.has(target)) {
    refs.add(target);
    collect(target, walk, names, inBranch, refs);
  }
}

/** The node a local `#/$defs/x` (or `#/definitions/x`) reference points at. */
function localTarget(root: Record<string, unknown>, ref: string): Record<string, unknown> | undefined {
  const m = /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref);
  if (!m) return undefined;
  const defs = root[m[1]!];
  const target = isRecord(defs)
    ? defs[decodeURIComponent(m[2]!).replace(/~1/g, '/').replace(/~0/g, '~')]
    : undefined;
  return isRecord(target) ? target : undefined;
}
