/**
 * `$ref` resolution inside one form schema as JSON Schema 2020-12 defines it (§8.2, §9.2): a
 * subschema with its own `$id` is an embedded resource of the same document, so a reference to
 * its URI — relative or absolute, resolved against the base URI of the `$ref`'s location — is
 * local, and so are `$anchor`s. Only a URI that no resource of the document carries is remote.
 *
 * Ajv resolves embedded ids too, but react-jsonschema-form (the builder preview and the citizen
 * form) follows only `#/…` pointers, and the server compiles every version in one shared Ajv,
 * where ids would clash across versions. So the schema the core compiles and the browser renders
 * is `localizeRefs(schema)`: every local reference rewritten as a `#/…` pointer into the
 * document and the ids and anchors dropped — the same validation, one form of reference.
 */
import fastUri from 'fast-uri';

const { normalize, resolve } = fastUri;

import { escapeToken, getAt, isRecord, parsePointer } from '../json-pointer';

export type RefTarget =
  /** `pointer` is the target's location in the document (RFC 6901). */
  | { kind: 'local'; pointer: string }
  /** A URI no resource of the document carries. */
  | { kind: 'remote' }
  /** A resource of the document, but no such pointer or anchor inside it. */
  | { kind: 'unresolved' };

export interface SchemaRef {
  /** Pointer of the object holding the `$ref`. */
  at: string;
  ref: string;
  target: RefTarget;
}

/** Values that are data, not subschemas: an `$id` or `$ref` in them means nothing. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);

/** Resolves like Ajv: against the base when there is one (a schema without `$id` has base ""). */
const join = (base: string, ref: string) => (base ? resolve(base, ref) : ref);

/** The resource part (before `#`) in a comparable form, and the decoded fragment. */
function split(uri: string): { resource: string; fragment: string } {
  const hash = uri.indexOf('#');
  const resource = hash < 0 ? uri : uri.slice(0, hash);
  const raw = hash < 0 ? '' : uri.slice(hash + 1);
  let fragment = raw;
  try {
    fragment = decodeURIComponent(raw);
  } catch {
    // A malformed escape stays as written: it will not match a pointer or an anchor.
  }
  return { resource: resource === '' ? '' : normalize(resource), fragment };
}

/** Every `$ref` of `root` with what it points at, in document order. */
export function schemaRefs(root: unknown): SchemaRef[] {
  const resources = new Map<string, string>();
  const anchors = new Map<string, string>();
  const found: { at: string; ref: string; base: string }[] = [];
  const walk = (node: unknown, at: string, parentBase: string) => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        walk(v, `${at}/${i}`, parentBase);
      });
      return;
    }
    if (!isRecord(node)) return;
    let base = parentBase;
    if (typeof node.$id === 'string') {
      base = split(join(parentBase, node.$id)).resource;
      if (!resources.has(base)) resources.set(base, at);
    } else if (at === '') resources.set('', '');
    if (typeof node.$anchor === 'string') anchors.set(`${base}#${node.$anchor}`, at);
    if (typeof node.$ref === 'string') found.push({ at, ref: node.$ref, base });
    for (const [key, value] of Object.entries(node)) {
      if (!DATA_KEYWORDS.has(key)) walk(value, `${at}/${escapeToken(key)}`, base);
    }
  };
  walk(root, '', '');
  return found.map(({ at, ref, base }) => ({ at, ref, target: targetOf(root, join(base, ref)) }));

  function targetOf(doc: unknown, uri: string): RefTarget {
    const { resource, fragment } = split(uri);
    const at = resources.get(resource);
    if (at === undefined) return { kind: 'remote' };
    if (fragment === '') return { kind: 'local', pointer: at };
    if (fragment.startsWith('/')) {
      const pointer = `${at}${fragment}`;
      return getAt(doc, parsePointer(pointer)) === undefined
        ? { kind: 'unresolved' }
        : { kind: 'local', pointer };
    }
    const anchored = anchors.get(`${resource}#${fragment}`);
    return anchored === undefined ? { kind: 'unresolved' } : { kind: 'local', pointer: anchored };
  }
}

/** A pointer as a URI fragment (`#/$defs/a%20b`), as Ajv and react-jsonschema-form read it. */
export function fragmentOf(pointer: string): string {
  return `#${pointer
    .split('/')
    .map((t) => encodeURIComponent(t).replace(/%24/g, '$').replace(/%7E/gi, '~'))
    .join('/')}`;
}

/**
 * A copy of `schema` where every local `$ref` is a `#/…` pointer into the document, and without
 * `$id` or `$anchor` (nothing refers to them any more). Remote and unresolved references are kept
 * as written, so compiling the copy still fails on them. The officer's schema is not modified.
 */
export function localizeRefs(schema: unknown): unknown {
  const copy = schema === undefined ? undefined : (JSON.parse(JSON.stringify(schema)) as unknown);
  const refs = schemaRefs(copy);
  for (const { at, target } of refs) {
    if (target.kind !== 'local') continue;
    (getAt(copy, parsePointer(at)) as Record<string, unknown>).$ref = fragmentOf(target.pointer);
  }
  const strip = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(strip);
    if (!isRecord(node)) return;
    if (typeof node.$id === 'string') delete node.$id;
    if (typeof node.$anchor === 'string') delete node.$anchor;
    for (const [key, value] of Object.entries(node)) if (!DATA_KEYWORDS.has(key)) strip(value);
  };
  strip(copy);
  return copy;
}
