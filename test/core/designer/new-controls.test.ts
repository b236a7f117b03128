/**
 * The pure mapping behind the designer's newer controls: the form's English title and
 * description, default values checked against the field's own limits, a number's step, the
 * English hint, prefill into a repeating group's first item (and the generated form filling it),
 * and the address section's ward lists — each written into the format and read back unchanged.
 */
import { describe, expect, it } from 'vitest';
import { addField, changeKind, fieldAt, updateField } from '../../../functions/core/designer/design-edits';
import type { FormDesign } from '../../../functions/core/designer/design-types';
import { palette } from '../../../functions/core/designer/palette';
import { formToDesign } from '../../../functions/core/designer/read-design';
import { validateDesign } from '../../../functions/core/designer/validate-design';
import {
  addressListsOf,
  parseWardLines,
  setWardList,
  wardListIssue,
} from '../../../functions/core/designer/ward-lists';
import { designToForm } from '../../../functions/core/designer/write-design';
import { setAt } from '../../../functions/core/json-pointer';
import type { Procedure } from '../../../functions/core/types';

const empty = (): FormDesign =>
  formToDesign({ schema: { type: 'object', properties: {} } } as Procedure['form']);
const add = (d: FormDesign, id: string) => addField(d, [], palette.find((p) => p.id === id)!.make());
const reread = (d: FormDesign) => formToDesign(designToForm(d));
const problems = (d: FormDesign) => validateDesign(d).map((p) => `${p.path.join('/')}:${p.control}`);

describe('form title and description in two languages', () => {
  it('writes x-en at the root and reads it back', () => {
    const d: FormDesign = {
      ...empty(),
      title: 'Tờ khai',
      titleEn: 'Declaration',
      description: 'Khai đủ',
      descriptionEn: 'In full',
    };
    const form = designToForm(d);
    expect(form.schema).toMatchObject({
      title: 'Tờ khai',
      description: 'Khai đủ',
      'x-en': { title: 'Declaration', description: 'In full' },
    });
    expect(reread(d)).toMatchObject({ titleEn: 'Declaration', descriptionEn: 'In full' });
    const cleared = designToForm({ ...reread(d), titleEn: undefined, descriptionEn: undefined });
    expect((cleared.schema as Record<string, unknown>)['x-en']).toEqual({});
  });

  it('keeps a root x-en it cannot model exactly as it was', () => {
    const form = {
      schema: { type: 'object', 'x-en': { title: 7, note: 'x' }, properties: {} },
    } as unknown as Procedure['form'];
    expect(designToForm(formToDesign(form))).toEqual(form);
  });
});

describe('default values', () => {
  it('are written for text, number and date fields and refused when the field would refuse them', () => {
    let d = add(add(add(empty(), 'text'), 'number'), 'date');
    const [text, number, date] = d.root.fields.map((f) => f.key);
    d = updateField(d, [text!], { maxLength: 3, default: 'abcd' });
    d = updateField(d, [number!], { maximum: 10, default: 12 });
    d = updateField(d, [date!], { default: '2025-02-30' });
    expect(problems(d)).toEqual([`${text}:default`, `${number}:default`, `${date}:default`]);
    expect(validateDesign(d).find((p) => p.path[0] === number)?.message.vi).toBe(
      'Giá trị mặc định (12) lớn hơn giới hạn trên (10).',
    );
    d = updateField(d, [text!], { default: 'abc' });
    d = updateField(d, [number!], { default: 10, multipleOf: 4 });
    expect(problems(d)).toEqual([`${number}:default`, `${date}:default`]);
    d = updateField(d, [number!], { default: 8 });
    d = updateField(d, [date!], { default: '2025-02-28' });
    expect(problems(d)).toEqual([]);
    const schema = designToForm(d).schema as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties[text!]).toMatchObject({ default: 'abc' });
    expect(schema.properties[number!]).toMatchObject({ default: 8, multipleOf: 4 });
    expect(schema.properties[date!]).toMatchObject({ default: '2025-02-28' });
    expect(fieldAt(reread(d), [number!])).toMatchObject({ default: 8, multipleOf: 4 });
  });

  it('refuses a step that is not above 0', () => {
    let d = add(empty(), 'number');
    d = updateField(d, [d.root.fields[0]!.key], { multipleOf: 0 });
    expect(problems(d)).toEqual([`${d.root.fields[0]!.key}:multipleOf`]);
  });
});

describe('ui keys with their own controls', () => {
  it('writes ui:help:en, ui:rows and ui:autocomplete and reads them back', () => {
    let d = add(add(empty(), 'text'), 'longText');
    const [text, long] = d.root.fields.map((f) => f.key);
    d = updateField(d, [text!], { hint: 'Ghi đủ', hintEn: 'In full', autocomplete: 'name' });
    d = updateField(d, [long!], { rows: 6 });
    const ui = designToForm(d).uiSchema as Record<string, Record<string, unknown>>;
    expect(ui[text!]).toMatchObject({
      'ui:help': 'Ghi đủ',
      'ui:help:en': 'In full',
      'ui:autocomplete': 'name',
    });
    expect(ui[long!]).toMatchObject({ 'ui:widget': 'textarea', 'ui:rows': 6 });
    expect(fieldAt(reread(d), [text!])).toMatchObject({ hintEn: 'In full', autocomplete: 'name' });
  });
});

describe('prefill inside a repeating group', () => {
  it('targets the first item, reads back onto the field, and may not be locked', () => {
    let d = add(empty(), 'group');
    const group = d.root.fields[0]!.key;
    d = updateField(d, [group, 'hoTen'], {
      prefill: { source: 'dan-cu', attribute: 'hoTen', locked: false },
    });
    const form = designToForm(d);
    expect(form.prefill).toEqual([{ target: `/${group}/0/hoTen`, source: 'dan-cu', attribute: 'hoTen' }]);
    const back = formToDesign(form);
    expect(fieldAt(back, [group, 'hoTen'])?.prefill).toMatchObject({ source: 'dan-cu', attribute: 'hoTen' });
    expect(back.otherPrefill).toEqual([]);
    expect(designToForm(back)).toEqual(form);
    const locked = updateField(d, [group, 'hoTen'], {
      prefill: { source: 'dan-cu', attribute: 'hoTen', locked: true },
    });
    expect(problems(locked)).toEqual([`${group}/hoTen:prefill`]);
  });

  it('keeps a target into another item verbatim', () => {
    const form = {
      schema: {
        type: 'object',
        properties: {
          g: { type: 'array', items: { type: 'object', properties: { a: { type: 'string', title: 'A' } } } },
        },
      },
      prefill: [{ target: '/g/1/a', source: 's', attribute: 'x' }],
    } as unknown as Procedure['form'];
    const d = formToDesign(form);
    expect(d.otherPrefill).toHaveLength(1);
    expect(designToForm(d)).toEqual(form);
  });

  it('setAt builds the array a pointer into an item needs, and refuses a name on an array', () => {
    const doc: Record<string, unknown> = {};
    expect(setAt(doc, ['thanhVien', '0', 'hoTen'], 'Lan')).toBe(true);
    expect(doc).toEqual({ thanhVien: [{ hoTen: 'Lan' }] });
    expect(setAt(doc, ['thanhVien', 'x', 'hoTen'], 'Lan')).toBe(false);
    expect(setAt(doc, ['__proto__', 'x'], 1)).toBe(false);
  });
});

describe('ward lists of an address', () => {
  const address = () => add(empty(), 'diaChi');

  it('reads the preset lists and edits one in place, adds and removes another', () => {
    let d = address();
    const lists = addressListsOf(d.root.fields[0]!.container)!;
    expect(lists.provinceKey).toBe('tinhThanh');
    expect(lists.wardKey).toBe('xaPhuong');
    expect(lists.provinces).toHaveLength(34);
    const hanoi = lists.lists.find((l) => l.province === 'Thành phố Hà Nội')!;
    expect(hanoi.wards.length).toBeGreaterThan(10);

    d = setWardList(d, ['diaChi'], 'Thành phố Hà Nội', ['Phường Ba Đình', 'Phường Hoàn Kiếm']);
    d = setWardList(
      d,
      ['diaChi'],
      'Thành phố Huế',
      parseWardLines('Phường Thuận Hóa\n  Phường Phú Xuân ;\n\n'),
    );
    const back = reread(d);
    const after = addressListsOf(back.root.fields[0]!.container)!;
    expect(after.lists.find((l) => l.province === 'Thành phố Hà Nội')?.wards).toEqual([
      'Phường Ba Đình',
      'Phường Hoàn Kiếm',
    ]);
    expect(after.lists.find((l) => l.province === 'Thành phố Huế')?.wards).toEqual([
      'Phường Thuận Hóa',
      'Phường Phú Xuân',
    ]);
    const allOf = (designToForm(d).schema as { properties: { diaChi: { allOf: Record<string, unknown>[] } } })
      .properties.diaChi.allOf;
    expect(allOf[allOf.length - 1]).toEqual(
      Object.fromEntries([
        ['if', { properties: { tinhThanh: { const: 'Thành phố Huế' } }, required: ['tinhThanh'] }],
        ['then', { properties: { xaPhuong: { enum: ['Phường Thuận Hóa', 'Phường Phú Xuân'] } } }],
      ]),
    );
    const removed = setWardList(back, ['diaChi'], 'Thành phố Huế', []);
    expect(
      addressListsOf(removed.root.fields[0]!.container)!.lists.some((l) => l.province === 'Thành phố Huế'),
    ).toBe(false);
  });

  it('refuses a repeated or empty ward at once', () => {
    expect(wardListIssue(['Phường A', 'Phường A'])?.vi).toBe(
      'Xã/phường «Phường A» bị lặp lại trong danh sách.',
    );
    expect(wardListIssue(['Phường A', ' '])?.vi).toBe('Có xã/phường để trống tên.');
    const d = setWardList(address(), ['diaChi'], 'Thành phố Huế', ['Phường A', 'Phường A']);
    expect(problems(d)).toEqual(['diaChi:wards']);
  });

  it('is not offered for a section without a province choice', () => {
    expect(addressListsOf(add(empty(), 'section').root.fields[0]!.container)).toBeUndefined();
  });
});

describe('declarations, suggestions, notes and group options', () => {
  it('writes const, examples, deprecated, $comment, ui:inline and the group flags; a kind change clears them', () => {
    let d = add(add(add(add(empty(), 'yesNo'), 'text'), 'choice'), 'group');
    const [yes, text, choice, group] = d.root.fields.map((f) => f.key);
    d = updateField(d, [yes!], { constValue: true, default: false });
    expect(problems(d)).toEqual([`${yes}:default`]);
    d = updateField(d, [yes!], { default: undefined });
    d = updateField(d, [text!], {
      examples: ['Hà Nội', '', 'Huế', ''],
      deprecated: true,
      comment: 'Mẫu CT01',
    });
    d = updateField(d, [choice!], { widget: 'radio', inline: true });
    d = updateField(d, [group!], { removable: false, copyable: true });
    expect(problems(d)).toEqual([]);
    const form = designToForm(d);
    const props = (form.schema as { properties: Record<string, Record<string, unknown>> }).properties;
    const ui = form.uiSchema as Record<string, Record<string, unknown>>;
    expect(props[yes!]).toMatchObject({ type: 'boolean', const: true });
    expect(props[text!]).toMatchObject({
      examples: ['Hà Nội', 'Huế'],
      deprecated: true,
      $comment: 'Mẫu CT01',
    });
    expect(ui[choice!]).toMatchObject({ 'ui:widget': 'radio', 'ui:inline': true });
    expect(ui[group!]).toMatchObject({ 'ui:removable': false, 'ui:copyable': true });
    const back = formToDesign(form);
    expect(designToForm(back)).toEqual(form);
    const changed = designToForm(changeKind(changeKind(back, [yes!], 'text'), [text!], 'number'));
    const after = (changed.schema as { properties: Record<string, Record<string, unknown>> }).properties;
    expect(after[yes!]?.const).toBeUndefined();
    expect(after[text!]?.examples).toBeUndefined();
  });

  it('keeps a const on a kind without the control exactly as read', () => {
    const form = {
      schema: { type: 'object', properties: { n: { type: 'integer', title: 'N', const: 3 } } },
    } as unknown as Procedure['form'];
    expect(designToForm(formToDesign(form))).toEqual(form);
  });
});
