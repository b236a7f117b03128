import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsToCondition } from '../../functions/core/designer/condition-rows';
import {
  addField,
  addPage,
  duplicateField,
  moveField,
  moveFieldToPage,
  removeField,
  setShowWhen,
  updateField,
} from '../../functions/core/designer/design-edits';
import type { FormDesign } from '../../functions/core/designer/design-types';
import { palette } from '../../functions/core/designer/palette';
import { formToDesign } from '../../functions/core/designer/read-design';
import { designToForm } from '../../functions/core/designer/write-design';
import { catalogProcedures } from './designer/catalog-procedures';

describe('designer round trip over the catalog', () => {
  it.each(catalogProcedures.map((p) => [p.file, p.procedure] as const))(
    '%s: load and save changes nothing',
    (_file, procedure) => {
      const form = JSON.parse(JSON.stringify(procedure.form));
      const back = designToForm(formToDesign(form));
      expect(back).toEqual(procedure.form);
      // The store keeps JSON text: key order matters too.
      expect(JSON.stringify(back)).toBe(JSON.stringify(procedure.form));
    },
  );
});

/** What the designer means by a design, without the bookkeeping of where it was read from. */
function meaning(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (k, v) => (['raw', 'readKey', 'readKeys', 'index'].includes(k) ? undefined : v)),
  );
}

const paletteIds = palette.map((p) => p.id);
const step = fc.oneof(
  fc.record({ op: fc.constant('add' as const), item: fc.constantFrom(...paletteIds), at: fc.nat(20) }),
  fc.record({ op: fc.constant('require' as const), i: fc.nat(20), required: fc.boolean() }),
  fc.record({
    op: fc.constant('limits' as const),
    i: fc.nat(20),
    low: fc.option(fc.nat(50), { nil: undefined }),
    high: fc.option(fc.nat(500), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('label' as const),
    i: fc.nat(20),
    vi: fc.string(),
    en: fc.option(fc.string(), { nil: undefined }),
  }),
  fc.record({ op: fc.constant('move' as const), from: fc.nat(20), to: fc.nat(20) }),
  fc.record({ op: fc.constant('duplicate' as const), i: fc.nat(20) }),
  fc.record({ op: fc.constant('remove' as const), i: fc.nat(20) }),
  fc.record({
    op: fc.constant('show' as const),
    i: fc.nat(20),
    on: fc.nat(20),
    value: fc.boolean(),
    clear: fc.boolean(),
  }),
  fc.record({ op: fc.constant('prefill' as const), i: fc.nat(20), locked: fc.boolean() }),
  fc.record({ op: fc.constant('page' as const), title: fc.string({ minLength: 1 }), i: fc.nat(20) }),
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function build(steps: Step[]): FormDesign {
  let d = formToDesign({ schema: { type: 'object', properties: {} } });
  for (const s of steps) {
    const fields = d.root.fields;
    const pick = (i: number) => fields[i % Math.max(1, fields.length)];
    const f = pick('i' in s ? s.i : 0);
    switch (s.op) {
      case 'add':
        d = addField(d, [], palette.find((p) => p.id === s.item)!.make(), s.at);
        break;
      case 'require':
        if (f) d = updateField(d, [f.key], { required: s.required });
        break;
      case 'limits':
        if (f?.kind === 'text') d = updateField(d, [f.key], { minLength: s.low, maxLength: s.high });
        if (f?.kind === 'number') d = updateField(d, [f.key], { minimum: s.low, maximum: s.high });
        break;
      case 'label':
        if (f) d = updateField(d, [f.key], { title: s.vi, titleEn: s.en });
        break;
      case 'move':
        if (fields.length > 1) d = moveField(d, [], s.from % fields.length, s.to % fields.length);
        break;
      case 'duplicate':
        if (f) d = duplicateField(d, [f.key]);
        break;
      case 'remove':
        if (f) d = removeField(d, [f.key]);
        break;
      case 'show': {
        const on = pick(s.on);
        if (f && on && on !== f && on.kind === 'yesNo')
          d = setShowWhen(
            d,
            [f.key],
            s.clear
              ? undefined
              : rowsToCondition('all', [{ field: `/${on.key}`, operator: 'is', value: s.value }]),
          );
        break;
      }
      case 'prefill':
        if (f && f.kind !== 'section' && f.kind !== 'group')
          d = updateField(d, [f.key], {
            prefill: { source: 'population', attribute: 'fullName', locked: s.locked },
          });
        break;
      case 'page':
        d = addPage(d, { vi: s.title });
        if (f && d.pages) d = moveFieldToPage(d, f.key, d.pages[d.pages.length - 1]!.id);
        break;
    }
  }
  return d;
}

describe('designer round trip over generated designs', () => {
  it('design → form → design keeps the design, and the form is then stable', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const design = build(steps);
        const form = designToForm(design);
        const again = formToDesign(JSON.parse(JSON.stringify(form)));
        expect(meaning(again)).toEqual(meaning(design));
        expect(JSON.stringify(designToForm(again))).toBe(JSON.stringify(form));
      }),
      { numRuns: 150 },
    );
  });
});
