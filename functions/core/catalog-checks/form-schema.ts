/**
 * Reading an officer's form schema without running it: which answers exist. The answer walkers
 * follow `#/…` pointers only: give them `localizeRefs(schema)`, where references to embedded `$id`s
 * are pointers too. Prefill targets, derived facts, units and conditions all point into the
 * answers, so they are checked against what this walker finds.
 */
import { compileLinear } from '../formats/linear-regexp';
import { parsePointer, pointer } from './pointer';

type Schema = Record<string, unknown>;
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keywords whose value is a subschema that applies to the same instance. */
// `if` and `not` only test answers: a name they mention is not a field of the form.
const sameInstance = ['then', 'else'];
const sameInstanceLists = ['allOf', 'anyOf', 'oneOf'];

/** Resolves a local $ref ('#', '#/$defs/x', '#/definitions/x', …); undefined when it does not resolve. */
export function resolveLocalRef(root: Schema, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const tokens = parsePointer(decodeURIComponent(ref.slice(1)));
  if (!tokens) return undefined;
  let node: unknown = root;
  for (const t of tokens) {
    if (!isSchema(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[t];
  }
  return node;
}

/** The schema itself plus every subschema that constrains the same value (branches, $refs). */
export function alternatives(root: Schema, schema: unknown): Schema[] {
  const out: Schema[] = [];
  const visit = (s: unknown) => {
    if (!isSchema(s) || out.includes(s)) return;
    out.push(s);
    if (typeof s.$ref === 'string') visit(resolveLocalRef(root, s.$ref));
    for (const k of sameInstance) visit(s[k]);
    for (const k of sameInstanceLists) if (Array.isArray(s[k])) for (const b of s[k] as unknown[]) visit(b);
    if (isSchema(s.dependentSchemas)) for (const b of Object.values(s.dependentSchemas)) visit(b);
  };
  visit(schema);
  return out;
}

/** Subschemas that describe the child `token` of a value described by `schema`. */
function children(root: Schema, schema: unknown, token: string): Schema[] {
  const out: Schema[] = [];
  for (const s of alternatives(root, schema)) {
    const props = s.properties;
    if (isSchema(props) && isSchema(props[token])) out.push(props[token] as Schema);
    // A map-like object (additionalProperties: {…}) accepts any key.
    if (!/^(0|[1-9]\d*)$/.test(token) && isSchema(s.additionalProperties)) out.push(s.additionalProperties);
    if (isSchema(s.patternProperties)) {
      for (const [re, sub] of Object.entries(s.patternProperties)) {
        if (isSchema(sub) && safeTest(re, token)) out.push(sub);
      }
    }
    if (/^(0|[1-9]\d*)$/.test(token)) {
      if (isSchema(s.items)) out.push(s.items);
      const prefix = s.prefixItems;
      if (Array.isArray(prefix) && isSchema(prefix[Number(token)])) out.push(prefix[Number(token)] as Schema);
    }
  }
  return out;
}

function safeTest(re: string, value: string): boolean {
  try {
    // The engine answers run in (linear time, RE2), not a backtracking RegExp on an author's pattern.
    return compileLinear(re).test(value);
  } catch {
    return false;
  }
}

/** True when the answers can hold a value at `target` (a JSON pointer) according to the schema. */
export function answerExists(root: Schema, target: string): boolean {
  const tokens = parsePointer(target);
  if (!tokens) return false;
  let level: Schema[] = [root];
  for (const token of tokens) {
    level = level.flatMap((s) => children(root, s, token));
    if (level.length === 0) return false;
  }
  return true;
}

/** Names of the top-level answers, including those declared only in conditional branches. */
export function topLevelProperties(root: Schema): Set<string> {
  const names = new Set<string>();
  for (const s of alternatives(root, root)) {
    if (isSchema(s.properties)) for (const k of Object.keys(s.properties)) names.add(k);
  }
  return names;
}

/** Every `format` keyword value used in the schema, with its pointer. */
export function formatsUsed(node: unknown, at = ''): { at: string; format: string }[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => formatsUsed(v, `${at}${pointer(i)}`));
  if (!isSchema(node)) return [];
  return Object.entries(node).flatMap(([k, v]) => {
    if (k === 'format' && typeof v === 'string') return [{ at: `${at}/format`, format: v }];
    if (k === 'const' || k === 'enum' || k === 'default' || k === 'examples') return [];
    return formatsUsed(v, `${at}${pointer(k)}`);
  });
}
