/**
 * A keystroke in a field's label must not copy or rewrite the whole form: updateField makes new
 * objects only on the way to the field, and designToForm reuses what each unchanged field object
 * was written as. Both only pay if they change nothing in the result: the form written from an
 * edited design is byte for byte what a fresh copy of that design writes, and the design edited
 * is left as it was.
 */
import { describe, expect, it } from 'vitest';
import { updateField } from '../../../functions/core/designer/design-edits';
import type { DesignContainer, DesignField } from '../../../functions/core/designer/design-types';
import { formToDesign } from '../../../functions/core/designer/read-design';
import { designToForm } from '../../../functions/core/designer/write-design';
import { catalogProcedures } from './catalog-procedures';

/** Every field with its key path, sections and groups included. */
function paths(c: DesignContainer, prefix: string[] = []): { path: string[]; field: DesignField }[] {
  return c.fields.flatMap((f) => [
    { path: [...prefix, f.key], field: f },
    ...(f.container ? paths(f.container, [...prefix, f.key]) : []),
  ]);
}

const fresh = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
type Json = Record<string, Record<string, unknown>>;

describe('a label edit shares the rest of the design and of the written form', () => {
  it.each(catalogProcedures.map((p) => [p.file, p.procedure] as const))('%s', (_file, procedure) => {
    const design = formToDesign(fresh(procedure.form));
    const before = designToForm(design);
    const snapshot = JSON.stringify(design);
    const all = paths(design.root);
    expect(all.length).toBeGreaterThan(0);
    for (const { path, field } of all) {
      const next = updateField(design, path, { title: `${field.title ?? ''} sửa`, titleEn: 'Edited' });
      // The edited design is a new one; the one edited is unchanged.
      expect(next).not.toBe(design);
      expect(JSON.stringify(design)).toBe(snapshot);
      // Fields off the path keep their objects.
      for (const other of design.root.fields)
        if (other.key !== path[0]) expect(next.root.fields.find((f) => f.key === other.key)).toBe(other);
      // Written with reuse = written from scratch.
      const form = designToForm(next);
      expect(JSON.stringify(form)).toBe(JSON.stringify(designToForm(fresh(next))));
      // …and the top-level fields not on the path are the very objects written before.
      const props = (form.schema as Json).properties!;
      const propsBefore = (before.schema as Json).properties!;
      for (const key of Object.keys(propsBefore))
        if (key !== path[0] && next.root.fields.find((f) => f.key === key)?.where === '')
          expect(props[key]).toBe(propsBefore[key]);
    }
  });

  it('renaming a key still renames it in the pages', () => {
    const design = formToDesign({
      schema: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } },
      uiSchema: { 'ui:pages': [{ id: 'p1', title: { vi: 'Trang 1' }, fields: ['a', 'b'] }] },
    } as never);
    const next = updateField(design, ['a'], { key: 'c' });
    expect(next.pages?.[0]?.fields).toEqual(['c', 'b']);
    expect(design.pages?.[0]?.fields).toEqual(['a', 'b']);
  });
});
