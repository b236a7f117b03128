/**
 * Two things the format may spell two ways, each edited with one control and written back the
 * way it was read: a choice list as `oneOf` / `anyOf` of `{ const, title }` (the standard JSON
 * Schema way to label choices) read as the "Choices" list with its names, and JSON Schema's
 * `readOnly` read as the "Read-only" switch (`ui:readonly`). Invalid combinations are refused at
 * once with a Vietnamese message; shapes the controls cannot hold stay verbatim.
 */
import { describe, expect, it } from 'vitest';
import { conditionFields } from '../../../functions/core/designer/condition-rows';
import { changeKind, updateField } from '../../../functions/core/designer/design-edits';
import type { DesignField, FormDesign } from '../../../functions/core/designer/design-types';
import { formToDesign } from '../../../functions/core/designer/read-design';
import { validateDesign } from '../../../functions/core/designer/validate-design';
import { designToForm } from '../../../functions/core/designer/write-design';
import { displayValue } from '../../../functions/core/form/answer-summary';
import type { Procedure } from '../../../functions/core/types';

const formOf = (properties: Record<string, unknown>, uiSchema?: Record<string, unknown>) =>
  ({
    schema: { type: 'object', properties },
    ...(uiSchema ? { uiSchema } : {}),
  }) as unknown as Procedure['form'];
const field = (d: FormDesign, key: string): DesignField => d.root.fields.find((f) => f.key === key)!;
const schemaOf = (form: Procedure['form'], key: string) =>
  (form.schema as { properties: Record<string, Record<string, unknown>> }).properties[key]!;
const problems = (d: FormDesign) => validateDesign(d).map((p) => [p.path.join('/'), p.control, p.message.vi]);

const gioiTinh = {
  type: 'string',
  title: 'Giới tính',
  oneOf: [
    { const: 'nam', title: 'Nam', 'x-en': { title: 'Male' } },
    { title: 'Nữ', const: 'nu' },
  ],
};

describe('a choice list written as oneOf / anyOf of { const, title }', () => {
  it('reads as the choice list with its names, and writes back identically', () => {
    const form = formOf({
      gioiTinh,
      ngonNgu: { type: 'array', items: { type: 'string', anyOf: gioiTinh.oneOf } },
    });
    const d = formToDesign(form);
    expect(field(d, 'gioiTinh')).toMatchObject({
      kind: 'choice',
      choices: [
        { value: 'nam', vi: 'Nam', en: 'Male' },
        { value: 'nu', vi: 'Nữ' },
      ],
    });
    expect(field(d, 'ngonNgu')).toMatchObject({
      kind: 'multiChoice',
      choices: [{ value: 'nam' }, { value: 'nu' }],
    });
    expect(JSON.stringify(designToForm(d))).toBe(JSON.stringify(form));
  });

  it('writes edits in the same spelling: a renamed, an added and a removed choice', () => {
    const d = formToDesign(formOf({ gioiTinh }));
    const edited = updateField(d, ['gioiTinh'], {
      choices: [
        { value: 'nu', vi: 'Nữ', en: 'Female' },
        { value: 'khac', vi: 'Khác' },
      ],
    });
    const written = schemaOf(designToForm(edited), 'gioiTinh');
    expect(written).toEqual({
      type: 'string',
      title: 'Giới tính',
      oneOf: [
        { title: 'Nữ', const: 'nu', 'x-en': { title: 'Female' } },
        { const: 'khac', title: 'Khác' },
      ],
    });
    expect(written).not.toHaveProperty('enum');
    expect(written).not.toHaveProperty('x-en');
    expect(formToDesign(designToForm(edited)).root.fields[0]!.choices).toEqual(
      edited.root.fields[0]!.choices,
    );
  });

  it('drops the list when the field becomes another kind', () => {
    const d = changeKind(formToDesign(formOf({ gioiTinh })), ['gioiTinh'], 'text');
    const written = schemaOf(designToForm(d), 'gioiTinh');
    expect(written).not.toHaveProperty('oneOf');
    expect(written.type).toBe('string');
  });

  it('refuses at once an empty list and two choices with the same value', () => {
    const d = formToDesign(formOf({ gioiTinh }));
    expect(problems(updateField(d, ['gioiTinh'], { choices: [] }))).toEqual([
      ['gioiTinh', 'choices', 'Danh sách lựa chọn không được để trống.'],
    ]);
    const twice = updateField(d, ['gioiTinh'], { choices: [{ value: 'nam' }, { value: 'nam', vi: 'Nam' }] });
    expect(problems(twice)).toEqual([['gioiTinh', 'choices', 'Có lựa chọn bị trùng.']]);
  });

  it('keeps verbatim a list that is not only labelled constants, or one with names beside it', () => {
    const other = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
    const named = { ...gioiTinh, 'x-enumNames': ['A', 'B'] };
    const form = formOf({ other, named });
    const d = formToDesign(form);
    expect(d.root.fields.map((f) => f.kind)).toEqual(['advanced', 'advanced']);
    expect(designToForm(d)).toEqual(form);
  });

  it('is offered to conditions with its names, and the summary shows the name', () => {
    const [f] = conditionFields({ form: formOf({ gioiTinh }) });
    expect(f).toMatchObject({
      type: 'enum',
      values: ['nam', 'nu'],
      valueLabels: [
        { vi: 'Nam', en: 'Male' },
        { vi: 'Nữ', en: 'Nữ' },
      ],
    });
    expect(displayValue(gioiTinh, {}, 'nam')).toEqual({ vi: 'Nam', en: 'Male' });
  });
});

describe('readOnly in the schema', () => {
  it('reads as "Read-only" and is written back where it was, not as ui:readonly', () => {
    const form = formOf(
      {
        hoTen: { type: 'string', title: 'Họ tên', readOnly: true, default: 'An' },
        ghiChu: { type: 'string' },
      },
      { ghiChu: { 'ui:readonly': true } },
    );
    const d = formToDesign(form);
    expect(field(d, 'hoTen').readonly).toBe(true);
    expect(field(d, 'ghiChu').readonly).toBe(true);
    expect(JSON.stringify(designToForm(d))).toBe(JSON.stringify(form));

    const off = designToForm(updateField(d, ['hoTen'], { readonly: false }));
    expect(schemaOf(off, 'hoTen').readOnly).toBe(false);
    expect(off.uiSchema).toEqual({ ghiChu: { 'ui:readonly': true } });
  });

  it('a new field writes ui:readonly, as before', () => {
    const d = formToDesign(formOf({ a: { type: 'string' } }));
    const form = designToForm(updateField(d, ['a'], { readonly: true }));
    expect(form.uiSchema).toEqual({ a: { 'ui:readonly': true } });
    expect(schemaOf(form, 'a')).not.toHaveProperty('readOnly');
  });

  it('keeps verbatim a readOnly that is not a boolean, or one that ui:readonly contradicts', () => {
    const form = formOf(
      { a: { type: 'string', readOnly: 'yes' }, b: { type: 'string', readOnly: true } },
      { b: { 'ui:readonly': false } },
    );
    const d = formToDesign(form);
    expect(d.root.fields.map((f) => f.kind)).toEqual(['advanced', 'advanced']);
    expect(designToForm(d)).toEqual(form);
  });

  it('refuses at once a required read-only field nothing fills', () => {
    const form = formOf({ hoTen: { type: 'string', title: 'Họ tên', readOnly: true } });
    const d = formToDesign({ ...form, schema: { ...form.schema, required: ['hoTen'] } } as Procedure['form']);
    expect(problems(d)).toEqual([
      [
        'hoTen',
        'required',
        'Trường bắt buộc nhưng chỉ đọc và không được điền sẵn: người nộp không thể điền.',
      ],
    ]);
  });
});
