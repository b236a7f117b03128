/**
 * The editor's "unsaved changes" test, `JSON.stringify(a) === JSON.stringify(b)`, without writing
 * either definition out: the parts an edit did not touch are the same objects in both (a designer
 * keystroke changes one field of the form), so they are passed over by identity, and the first
 * difference ends the walk. Same verdicts as comparing the strings: key order counts, a key whose
 * value JSON leaves out (undefined, a function) is absent, such a value in an array is null.
 */

const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object';
}

/** Does `JSON.stringify(a)` equal `JSON.stringify(b)`? */
export function sameAsJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b) || typeof a.toJSON === 'function' || typeof b.toJSON === 'function')
    return JSON.stringify(a) === JSON.stringify(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => sameAsJson(omitted(v) ? null : v, omitted(b[i]) ? null : b[i]));
  }
  const ka = Object.keys(a).filter((k) => !omitted(a[k]));
  const kb = Object.keys(b).filter((k) => !omitted(b[k]));
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameAsJson(a[k], b[k]));
}
