/**
 * Reading an officer's form schema the way the citizen sees it: the properties of an object
 * including those declared only in a conditional branch (`then`/`else`, `allOf`/`anyOf`/`oneOf`,
 * `dependentSchemas`), with local `$ref`s followed. Shared by paging, the answer summary and
 * label localisation, so the three agree on which fields exist.
 */
import { isRecord } from '../json-pointer';

type Schema = Record<string, unknown>;

const BRANCH_ONE = ['then', 'else'] as const;
const BRANCH_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;

/** The node a local `#/$defs/x` reference points at, else the node itself. */
export function resolveRef(root: Schema, node: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const m = /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref);
  const defs = m ? root[m[1]!] : undefined;
  const target = isRecord(defs) ? defs[decodeURIComponent(m![2]!)] : undefined;
  return isRecord(target) ? { ...target, ...withoutRef(node) } : node;
}

function withoutRef(node: Schema): Schema {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

/**
 * Every property an object node may hold, in declaration order, first declaration winning:
 * `properties` first, then branches in the order written.
 *
 * @example objectProperties(root, schema).map(([name]) => name) // ['hoTen', …, 'nguoiUyQuyen']
 */
export function objectProperties(root: Schema, node: Schema, seen = new Set<object>()): [string, Schema][] {
  const out = new Map<string, Schema>();
  const visit = (raw: Schema) => {
    const n = resolveRef(root, raw);
    if (seen.has(n)) return;
    seen.add(n);
    const props = n.properties;
    if (isRecord(props)) {
      for (const [name, sub] of Object.entries(props)) {
        if (!out.has(name) && isRecord(sub)) out.set(name, resolveRef(root, sub));
      }
    }
    for (const key of BRANCH_ONE) if (isRecord(n[key])) visit(n[key] as Schema);
    for (const key of BRANCH_LISTS) {
      const list = n[key];
      if (Array.isArray(list)) for (const sub of list) if (isRecord(sub)) visit(sub);
    }
    const deps = n.dependentSchemas;
    if (isRecord(deps)) for (const sub of Object.values(deps)) if (isRecord(sub)) visit(sub);
  };
  visit(node);
  return [...out];
}

/** Names in `ui:order` first (its `*` standing for the rest), the others in declaration order. */
export function orderedNames(names: readonly string[], uiOrder: unknown): string[] {
  if (!Array.isArray(uiOrder)) return [...names];
  const order = uiOrder.filter((n): n is string => typeof n === 'string');
  const rest = names.filter((n) => !order.includes(n));
  const out: string[] = [];
  for (const n of order) {
    if (n === '*') out.push(...rest);
    else if (names.includes(n)) out.push(n);
  }
  if (!order.includes('*')) out.push(...rest);
  return out;
}
