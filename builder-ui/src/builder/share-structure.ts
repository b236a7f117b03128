/**
 * Structural sharing for JSON values: `next` with every part that equals the same part of `prev`
 * replaced by `prev`'s object. The preview recomputes everything from a fresh definition on each
 * keystroke; sharing gives the unchanged parts (a condition, a field's schema) the identity they
 * had, so caches keyed by object (compiled conditions, rjsf's memoised fields and validator) hit.
 */

function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * `next`, sharing `prev`'s objects wherever they are equal (same keys in the same order — order
 * is meaning for `properties` — and equal values); `prev` itself when the two are equal.
 * Values other than plain objects, arrays and primitives are taken from `next` as they are.
 *
 * @example shareStructure({ a: { x: 1 }, b: 1 }, { a: { x: 1 }, b: 2 }).a // → prev.a
 */
export function shareStructure<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    const out = next.map((value, i) => {
      const shared = shareStructure(prev[i], value);
      if (shared !== prev[i]) same = false;
      return shared;
    });
    return (same ? prev : out) as T;
  }
  if (!isPlain(next) || !isPlain(prev)) return next;
  const keys = Object.keys(next);
  const prevKeys = Object.keys(prev);
  let same = keys.length === prevKeys.length && keys.every((k, i) => prevKeys[i] === k);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const shared = shareStructure(prev[key], next[key]);
    if (shared !== prev[key] || !Object.hasOwn(prev, key)) same = false;
    out[key] = shared;
  }
  return (same ? prev : out) as T;
}
