/**
 * The citizen-form profile of `ui:` keys: options written nested in `ui:options`, label and help
 * overrides, legacy choice names, choices that cannot be picked, the phone keyboard and automatic
 * capitals are read into the designer and written back where they were (a load and save is
 * byte-identical), with impossible values refused at once; the keys outside the profile are
 * refused by the catalog checker once each at their pointer, and the portal honours the rest.
 */
import { describe, expect, it } from 'vitest';
import { checkUiKeys, REFUSED_UI_KEYS } from '../../../functions/core/catalog-checks/check-ui-keys';
import { problemsFor } from '../../../functions/core/catalog-checks/problem';
import { changeKind, fieldAt, updateField } from '../../../functions/core/designer/design-edits';
import { formatElements } from '../../../functions/core/designer/format-coverage';
import { formToDesign } from '../../../functions/core/designer/read-design';
import { validateDesign } from '../../../functions/core/designer/validate-design';
import { designToForm } from '../../../functions/core/designer/write-design';
import { labelOf } from '../../../functions/core/form/answer-summary';
import { localizeUiSchema } from '../../../functions/core/form/localize-ui-schema';
import type { Procedure } from '../../../functions/core/types';

type Json = Record<string, unknown>;
const form = (properties: Json, uiSchema: Json) =>
  ({ schema: { type: 'object', properties }, uiSchema }) as unknown as Procedure['form'];
const text = JSON.stringify;
const ui = (f: Procedure['form'], key: string) => (f.uiSchema as Json)[key] as Json;
const problems = (f: Procedure['form']) =>
  validateDesign(formToDesign(f)).map((p) => `${p.path.join('/')}:${p.control}:${p.message.vi}`);

describe('options nested in ui:options', () => {
  const stored = form(
    {
      noiCuTru: { type: 'string', title: 'Nơi cư trú' },
      hoTen: { type: 'string', title: 'Họ tên' },
    },
    {
      noiCuTru: { 'ui:widget': 'textarea', 'ui:options': { rows: 3 } },
      hoTen: { 'ui:options': { placeholder: 'Nguyễn Văn A', label: true, lạ: 1 } },
    },
  );

  it('are read as their flat twins and written back nested, byte for byte', () => {
    const d = formToDesign(stored);
    expect(fieldAt(d, ['noiCuTru'])).toMatchObject({ kind: 'longText', rows: 3, inOptions: ['rows'] });
    expect(fieldAt(d, ['hoTen'])).toMatchObject({ placeholder: 'Nguyễn Văn A', inOptions: ['placeholder'] });
    expect(text(designToForm(d))).toBe(text(stored));
  });

  it('an edited option stays in ui:options among the keys the designer does not model', () => {
    let d = updateField(formToDesign(stored), ['noiCuTru'], { rows: 5 });
    d = updateField(d, ['hoTen'], { placeholder: undefined });
    const out = designToForm(d);
    expect(ui(out, 'noiCuTru')).toEqual({ 'ui:widget': 'textarea', 'ui:options': { rows: 5 } });
    expect(ui(out, 'hoTen')).toEqual({ 'ui:options': { label: true, lạ: 1 } });
    // Cleared to nothing: the empty ui:options goes too.
    expect(ui(designToForm(updateField(d, ['noiCuTru'], { rows: undefined })), 'noiCuTru')).toEqual({
      'ui:widget': 'textarea',
    });
  });

  it('an option both flat and nested, or a ui:options that is not an object, keeps the field verbatim', () => {
    const both = form(
      { a: { type: 'string', title: 'A' }, b: { type: 'string', title: 'B' } },
      { a: { 'ui:rows': 2, 'ui:options': { rows: 4 } }, b: { 'ui:options': 'rows=4' } },
    );
    const d = formToDesign(both);
    expect(d.root.fields.map((f) => f.kind)).toEqual(['advanced', 'advanced']);
    expect(text(designToForm(d))).toBe(text(both));
  });
});

describe('label and help overrides (ui:title, ui:description)', () => {
  const stored = form(
    { diaChi: { type: 'string', title: 'Địa chỉ', description: 'Theo sổ', 'x-en': { title: 'Address' } } },
    { diaChi: { 'ui:title': 'Nơi ở hiện nay', 'ui:description': 'Ghi đủ số nhà' } },
  );

  it('are edited and removed without touching the schema title; the portal shows them', () => {
    const d = formToDesign(stored);
    expect(fieldAt(d, ['diaChi'])).toMatchObject({
      title: 'Địa chỉ',
      titleOverride: 'Nơi ở hiện nay',
      descriptionOverride: 'Ghi đủ số nhà',
    });
    expect(text(designToForm(d))).toBe(text(stored));
    const edited = designToForm(
      updateField(d, ['diaChi'], { titleOverride: 'Chỗ ở', descriptionOverride: undefined }),
    );
    expect(ui(edited, 'diaChi')).toEqual({ 'ui:title': 'Chỗ ở' });
    expect((edited.schema as Json).properties).toEqual((stored.schema as Json).properties);
    // Check-answers page: the override in Vietnamese, x-en in English.
    expect(
      labelOf({ title: 'Địa chỉ', 'x-en': { title: 'Address' } }, ui(edited, 'diaChi'), 'diaChi'),
    ).toEqual({
      vi: 'Chỗ ở',
      en: 'Address',
    });
  });

  it('an override left blank is refused at once', () => {
    const blank = form({ a: { type: 'string', title: 'A' } }, { a: { 'ui:title': '  ' } });
    expect(problems(blank)).toEqual([
      'a:titleOverride:Nhãn hiển thị trên Cổng đang trống: nhập nhãn hoặc bỏ đánh dấu «Nhãn hiển thị khác trên Cổng».',
    ]);
  });
});

describe('choices: legacy ui:enumNames and ui:enumDisabled', () => {
  const stored = form(
    {
      quanHe: {
        type: 'string',
        title: 'Quan hệ',
        enum: ['cha', 'me', 'khac'],
        'x-en': { enumNames: ['Father', 'Mother', 'Other'] },
      },
      nhan: {
        type: 'array',
        title: 'Nhận',
        items: { type: 'string', enum: ['buu-dien', 'truc-tiep'] },
        uniqueItems: true,
      },
    },
    {
      quanHe: { 'ui:enumNames': ['Cha', 'Mẹ', 'Khác'], 'ui:enumDisabled': ['khac'] },
      nhan: { 'ui:widget': 'checkboxes', 'ui:options': { enumDisabled: ['buu-dien'] } },
    },
  );

  it('legacy names become the choice names and are written back in ui:enumNames', () => {
    const d = formToDesign(stored);
    expect(fieldAt(d, ['quanHe'])?.choices).toEqual([
      { value: 'cha', vi: 'Cha', en: 'Father' },
      { value: 'me', vi: 'Mẹ', en: 'Mother' },
      { value: 'khac', vi: 'Khác', en: 'Other', disabled: true },
    ]);
    expect(fieldAt(d, ['nhan'])?.choices?.map((c) => c.disabled)).toEqual([true, undefined]);
    expect(text(designToForm(d))).toBe(text(stored));
    const renamed = updateField(d, ['quanHe'], {
      choices: [
        { value: 'cha', vi: 'Bố', en: 'Father' },
        { value: 'me', vi: 'Mẹ', en: 'Mother' },
        { value: 'khac', vi: 'Khác' },
      ],
    });
    const out = designToForm(renamed);
    expect(ui(out, 'quanHe')).toEqual({ 'ui:enumNames': ['Bố', 'Mẹ', 'Khác'] });
    expect(((out.schema as Json).properties as Json).quanHe).not.toHaveProperty('x-enumNames');
    // As a multiple choice the names move to the items' x-enumNames (rjsf reads no field-level names there).
    const many = designToForm(changeKind(d, ['quanHe'], 'multiChoice'));
    expect(((many.schema as Json).properties as Record<string, Json>).quanHe!.items).toMatchObject({
      'x-enumNames': ['Cha', 'Mẹ', 'Khác'],
    });
    expect(ui(many, 'quanHe')).toEqual({ 'ui:enumDisabled': ['khac'] });
  });

  it('names that do not fit, or a disabled value not among the choices, keep the field verbatim', () => {
    const odd = form(
      {
        a: { type: 'string', title: 'A', enum: ['x', 'y'] },
        b: { type: 'string', title: 'B', enum: ['x', 'y'] },
        c: { type: 'string', title: 'C', enum: ['x'], 'x-enumNames': ['X'] },
      },
      { a: { 'ui:enumNames': ['X'] }, b: { 'ui:enumDisabled': ['z'] }, c: { 'ui:enumNames': ['Ích'] } },
    );
    const d = formToDesign(odd);
    expect(d.root.fields.map((f) => f.kind)).toEqual(['advanced', 'advanced', 'advanced']);
    expect(text(designToForm(d))).toBe(text(odd));
  });

  it('every choice disabled, or a disabled default, is refused at once', () => {
    const bad = form(
      {
        a: { type: 'string', title: 'A', enum: ['x', 'y'] },
        b: { type: 'string', title: 'B', enum: ['x', 'y'], default: 'y' },
      },
      { a: { 'ui:enumDisabled': ['y', 'x'] }, b: { 'ui:enumDisabled': ['y'] } },
    );
    expect(problems(bad)).toEqual([
      'a:choices:Mọi lựa chọn đều «Không cho chọn»: người nộp không chọn được gì.',
      'b:default:Giá trị mặc định «y» là lựa chọn không cho chọn.',
    ]);
  });

  it('the portal shows English names over legacy Vietnamese ones, and the stored names in Vietnamese', () => {
    const schema = stored.schema;
    expect((localizeUiSchema(schema, stored.uiSchema, 'en').quanHe as Json)['ui:enumNames']).toEqual([
      'Father',
      'Mother',
      'Other',
    ]);
    expect((localizeUiSchema(schema, stored.uiSchema, 'vi').quanHe as Json)['ui:enumNames']).toEqual([
      'Cha',
      'Mẹ',
      'Khác',
    ]);
  });
});

describe('phone keyboard and automatic capitals (ui:inputType, ui:autocapitalize)', () => {
  it('are read and written back, and cleared when the field becomes a number', () => {
    const stored = form(
      { dienThoai: { type: 'string', title: 'Điện thoại' } },
      { dienThoai: { 'ui:inputType': 'tel', 'ui:autocapitalize': 'none' } },
    );
    const d = formToDesign(stored);
    expect(fieldAt(d, ['dienThoai'])).toMatchObject({ inputType: 'tel', autocapitalize: 'none' });
    expect(text(designToForm(d))).toBe(text(stored));
    expect(ui(designToForm(changeKind(d, ['dienThoai'], 'number')), 'dienThoai')).toEqual({});
  });

  it('a value the portal cannot use is refused at once', () => {
    const bad = form(
      { a: { type: 'string', title: 'A' }, b: { type: 'string', title: 'B' } },
      { a: { 'ui:inputType': 'password' }, b: { 'ui:options': { autocapitalize: 'Words' } } },
    );
    expect(problems(bad)).toEqual([
      'a:inputType:Loại ô nhập «password» không dùng được; chọn một trong: text, tel, email, url, search.',
      'b:autocapitalize:Giá trị tự viết hoa «Words» không hợp lệ; chọn một trong: none, off, sentences, on, words, characters.',
    ]);
  });
});

describe('ui: keys outside the citizen-form profile', () => {
  const check = (uiSchema: Json) => {
    const report = problemsFor({ kind: 'procedure', index: 0 });
    checkUiKeys(uiSchema, '/form/uiSchema', report);
    return report.found;
  };

  it('are refused once each at their pointer, flat or nested, in Vietnamese and English', () => {
    const found = check({
      'ui:globalOptions': { label: false },
      'ui:order': ['a', 'ds'],
      a: { 'ui:autofocus': true, 'ui:options': { classNames: 'x', rows: 2 }, 'ui:title': 'A' },
      ds: { 'ui:enumOrder': ['y', 'x'], items: { 'ui:disabled': true, 'ui:hideError': true } },
    });
    expect(found.map((p) => [p.code, p.pointer])).toEqual([
      ['uiSchema.key.refused', '/form/uiSchema/ui:globalOptions'],
      ['uiSchema.key.refused', '/form/uiSchema/a/ui:autofocus'],
      ['uiSchema.key.refused', '/form/uiSchema/a/ui:options/classNames'],
      ['uiSchema.key.refused', '/form/uiSchema/ds/ui:enumOrder'],
      ['uiSchema.key.refused', '/form/uiSchema/ds/items/ui:disabled'],
      ['uiSchema.key.refused', '/form/uiSchema/ds/items/ui:hideError'],
    ]);
    expect(found[1]!.message.vi).toBe(
      '«ui:autofocus» không thuộc biểu mẫu công dân: Tự đặt con trỏ vào một ô làm người dùng trình đọc màn hình bỏ qua phần đầu trang; Cổng tự đưa con trỏ tới lỗi đầu tiên khi cần',
    );
    expect(found[1]!.message.en).toMatch(/^"ui:autofocus" is not part of citizen forms: Autofocus/);
    expect(found.every((p) => p.severity === 'error')).toBe(true);
  });

  it('are exactly the ui: elements the inventory calls refused; the committed form passes', () => {
    const refused = formatElements
      .filter((e) => e.group === 'ui' && e.how.en.startsWith('Refused by catalog check'))
      .map((e) => e.name);
    expect(refused.sort()).toEqual(
      Object.keys(REFUSED_UI_KEYS)
        .map((k) => `ui:${k}`)
        .sort(),
    );
    expect(check({ noiCuTru: { 'ui:widget': 'textarea', 'ui:options': { rows: 3 } } })).toEqual([]);
  });
});
