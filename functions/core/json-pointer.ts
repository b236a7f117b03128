/**
 * JSON pointers (RFC 6901) as used by the catalog: prefill targets, unit sources, derived facts.
 * Reads never throw: a pointer that leads nowhere gives `undefined`.
 */

/** Splits a pointer into unescaped tokens; '' is the whole document. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Escapes one token so it can be appended to a pointer. */
export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

const hasOwn = Object.prototype.hasOwnProperty;

/** The value at `tokens` inside `doc`, or undefined. Only own properties are followed. */
export function getAt(doc: unknown, tokens: readonly string[]): unknown {
  let cur: unknown = doc;
  for (const token of tokens) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!hasOwn.call(cur, token)) return undefined;
    cur = (cur as Record<string, unknown>)[token];
  }
  return cur;
}

const INDEX = /^(0|[1-9]\d*)$/;

/**
 * Sets the value at `tokens`, creating containers on the way: an array where the next token is an
 * index (a prefill into the first member of a repeating group, `/thanhVien/0/hoTen`), a plain
 * object otherwise. Refuses (returns false) to walk through non-objects, to index an array with a
 * name, or to touch `__proto__`, so officer data cannot pollute prototypes.
 */
export function setAt(doc: Record<string, unknown>, tokens: readonly string[], value: unknown): boolean {
  if (tokens.length === 0) return false;
  let cur: Record<string, unknown> | unknown[] = doc;
  const put = (c: Record<string, unknown> | unknown[], token: string, v: unknown): boolean => {
    if (token === '__proto__') return false;
    if (Array.isArray(c)) {
      if (!INDEX.test(token)) return false;
      c[Number(token)] = v;
    } else c[token] = v;
    return true;
  };
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (token === '__proto__' || (Array.isArray(cur) && !INDEX.test(token))) return false;
    const next = hasOwn.call(cur, token) ? (cur as Record<string, unknown>)[token] : undefined;
    if (next === undefined) {
      const created: Record<string, unknown> | unknown[] = INDEX.test(tokens[i + 1]!) ? [] : {};
      if (!put(cur, token, created)) return false;
      cur = created;
    } else if (next !== null && typeof next === 'object') {
      cur = next as Record<string, unknown> | unknown[];
    } else {
      return false;
    }
  }
  return put(cur, tokens[tokens.length - 1]!, value);
}

/** Structural equality of JSON values (key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => jsonEqual(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => hasOwn.call(b, k) && jsonEqual((a as never)[k], (b as never)[k]));
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
