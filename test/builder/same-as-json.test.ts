/**
 * The editor's "unsaved changes" badge compares the draft with the saved definition by walking
 * them (same-as-json.ts) instead of writing both out as JSON on every keystroke: it must give the
 * verdict the string comparison gave, for any JSON-like values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameAsJson } from '../../builder-ui/src/builder/same-as-json';

const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom(null, undefined, 0, -0, 1, Number.NaN, true, false, '', 'a', 'b'),
    fc.integer(),
    fc.string({ maxLength: 3 }),
  ),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 3 }),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3 }),
})).node;

describe('sameAsJson', () => {
  it('agrees with comparing JSON.stringify', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameAsJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        // A copy is the same; so is a value sharing parts with the other.
        expect(sameAsJson(a, JSON.parse(JSON.stringify({ v: a })).v)).toBe(
          JSON.stringify(a) === JSON.stringify(JSON.parse(JSON.stringify({ v: a })).v),
        );
        const shared = { x: a, y: b };
        expect(sameAsJson(shared, { ...shared })).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts key order, drops undefined keys, and writes undefined in arrays as null', () => {
    expect(sameAsJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameAsJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameAsJson([undefined], [null])).toBe(true);
    expect(sameAsJson({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
  });
});
