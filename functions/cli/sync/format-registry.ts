/**
 * The committed layout of catalogs/registry.json: small objects on one line (an agency, a field,
 * an attribute), a list of them one per line, a one-item list inline — so a pulled registry
 * diffs line by line against the committed file. Policy and procedure files are plain
 * JSON.stringify(…, null, 2).
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isObject = (v: Json): v is { [k: string]: Json } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** An object of scalars and such objects (no arrays) fits on one line. */
function inlineable(v: Json): boolean {
  if (!isObject(v)) return !Array.isArray(v);
  return Object.values(v).every((x) => !Array.isArray(x) && inlineable(x));
}

function inline(v: Json): string {
  if (!isObject(v)) return JSON.stringify(v);
  const entries = Object.entries(v);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`;
}

function format(v: Json, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (v.every((x) => !isObject(x) && !Array.isArray(x)))
      return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
    if (v.length === 1 && inlineable(v[0]!)) return `[${inline(v[0]!)}]`;
    return `[\n${v.map((x) => `${inner}${inlineable(x) ? inline(x) : format(x, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (isObject(v)) {
    if (indent !== '' && inlineable(v)) return inline(v);
    const entries = Object.entries(v);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${format(x, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}

/** The registry file's text. */
export function formatRegistry(registry: unknown): string {
  return `${format(registry as Json, '')}\n`;
}

/** A policy or procedure file's text. */
export function formatJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
