import { describe, expect, it } from 'vitest';
import { rowsToCondition } from '../../../functions/core/designer/condition-rows';
import {
  addField,
  addPage,
  changeKind,
  duplicateField,
  fieldAt,
  moveField,
  moveFieldToPage,
  removeField,
  setShowWhen,
  updateField,
} from '../../../functions/core/designer/design-edits';
import type { FormDesign } from '../../../functions/core/designer/design-types';
import { palette } from '../../../functions/core/designer/palette';
import { formToDesign } from '../../../functions/core/designer/read-design';
import { validateDesign } from '../../../functions/core/designer/validate-design';
import { vnProvinces, vnWards } from '../../../functions/core/designer/vn-admin-units';
import { vnEthnicGroups } from '../../../functions/core/designer/vn-ethnic-groups';
import { designToForm } from '../../../functions/core/designer/write-design';
import { compileProcedure, validateSubmission } from '../../../functions/core/index';
import type { Procedure } from '../../../functions/core/types';
import { catalog } from '../fixtures/catalog';
import { procedure as permit } from '../fixtures/permit-procedure';
import { catalogProcedures } from './catalog-procedures';

const empty = (): FormDesign => formToDesign({ schema: { type: 'object', properties: {} } });
const item = (id: string) => palette.find((p) => p.id === id)!.make();
const withForm = (form: Procedure['form']): Procedure => ({
  ...permit,
  form,
  documentCases: [{ ...permit.documentCases[0]!, when: undefined }],
});
const check = (form: Procedure['form'], answers: unknown) =>
  validateSubmission(compileProcedure(withForm(form), catalog), {
    answers,
    channel: 'in-person',
    date: '2026-03-01',
  })
    .errors.filter((e) => e.code.startsWith('answers.'))
    .map((e) => [e.code, e.path]);

describe('the palette', () => {
  it('ships the 54 ethnic groups, the 34 provinces and ward lists for the covered cities', () => {
    expect(new Set(vnEthnicGroups).size).toBe(54);
    expect(new Set(vnProvinces).size).toBe(34);
    for (const p of Object.keys(vnWards)) expect(vnProvinces).toContain(p);
    expect(vnWards['Thành phố Hà Nội']).toContain('Phường Hoàn Kiếm');
    expect(vnWards['Thành phố Hồ Chí Minh']).toContain('Phường Bến Thành');
  });

  it('every item gives a form the core compiles and that reads back the same', () => {
    let d = empty();
    for (const p of palette) d = addField(d, [], p.make());
    const form = designToForm(d);
    expect(() => compileProcedure(withForm(form), catalog)).not.toThrow();
    expect(designToForm(formToDesign(form))).toEqual(form);
    expect(validateDesign(d)).toEqual([]);
  });

  it('the presets validate the way the catalog does: personal ID format, birth date not in the future, wards of the province', () => {
    let d = empty();
    for (const id of ['soDinhDanh', 'ngaySinh', 'diaChi']) d = addField(d, [], item(id));
    const form = designToForm(d);
    const good = {
      soDinhDanh: '001099012345',
      ngaySinh: '1999-01-01',
      diaChi: { tinhThanh: 'Thành phố Hà Nội', xaPhuong: 'Phường Hoàn Kiếm' },
    };
    expect(check(form, good)).toEqual([]);
    expect(check(form, { ...good, soDinhDanh: '12' })).toEqual([['answers.format', '/answers/soDinhDanh']]);
    expect(check(form, { ...good, ngaySinh: '2030-01-01' })).toEqual([
      ['answers.range', '/answers/ngaySinh'],
    ]);
    expect(
      check(form, { ...good, diaChi: { tinhThanh: 'Thành phố Hà Nội', xaPhuong: 'Phường Bến Thành' } }),
    ).toEqual([['answers.enum', '/answers/diaChi/xaPhuong']]);
    // A province the module does not list: the ward is free text.
    expect(
      check(form, { ...good, diaChi: { tinhThanh: 'Tỉnh Cà Mau', xaPhuong: 'Phường An Xuyên' } }),
    ).toEqual([]);
  });
});

describe('edits', () => {
  it('add, require, limit, duplicate, move and remove write the schema and ui:order', () => {
    let d = empty();
    d = addField(d, [], item('hoTen'));
    d = addField(d, [], item('number'));
    d = updateField(d, ['hoTen'], { required: true });
    d = updateField(d, ['so'], { minimum: 1, maximum: 10, title: 'Số bản sao' });
    d = duplicateField(d, ['so']);
    d = moveField(d, [], 2, 0);
    d = removeField(d, ['so']);
    const form = designToForm(d);
    expect(form.schema).toEqual({
      type: 'object',
      properties: {
        hoTen: {
          type: 'string',
          title: 'Họ, chữ đệm và tên',
          'x-en': { title: 'Full name' },
          minLength: 2,
          maxLength: 100,
        },
        so2: { type: 'number', title: 'Số bản sao', 'x-en': { title: 'Number' }, minimum: 1, maximum: 10 },
      },
      required: ['hoTen'],
    });
    expect(form.uiSchema).toEqual({ 'ui:order': ['so2', 'hoTen'] });
    expect(check(form, { so2: 11 })).toEqual([
      ['answers.required', '/answers/hoTen'],
      ['answers.range', '/answers/so2'],
    ]);
  });

  it('a field shown under a condition is written as if/then and is hidden or required accordingly', () => {
    let d = empty();
    d = addField(d, [], item('yesNo'));
    d = addField(d, [], item('email'));
    d = updateField(d, ['email'], { required: true });
    d = setShowWhen(
      d,
      ['email'],
      rowsToCondition('all', [{ field: '/coKhong', operator: 'is', value: true }]),
    );
    const form = designToForm(d);
    expect((form.schema as Record<string, unknown>).if).toEqual({
      properties: { coKhong: { const: true } },
      required: ['coKhong'],
    });
    expect(check(form, { coKhong: true })).toEqual([['answers.required', '/answers/email']]);
    expect(check(form, { coKhong: false, email: 'a@b.vn' })).toEqual([['answers.hidden', '/answers/email']]);
    expect(check(form, { coKhong: false })).toEqual([]);
    // A second condition goes to allOf; taking the condition away brings the field back to always.
    d = addField(d, [], item('text'));
    d = setShowWhen(
      d,
      ['vanBan'],
      rowsToCondition('all', [{ field: '/coKhong', operator: 'is', value: false }]),
    );
    expect((designToForm(d).schema as Record<string, unknown>).allOf).toHaveLength(1);
    d = setShowWhen(d, ['email'], undefined);
    const after = designToForm(d).schema as Record<string, unknown>;
    expect(after.if).toBeUndefined();
    expect(after.required).toEqual(['email']);
    expect(designToForm(formToDesign(designToForm(d)))).toEqual(designToForm(d));
  });

  it('changing a kind clears limits of the old kind', () => {
    let d = addField(empty(), [], item('hoTen'));
    d = changeKind(d, ['hoTen'], 'number');
    expect(fieldAt(d, ['hoTen'])).toMatchObject({ kind: 'number', type: 'number' });
    expect(fieldAt(d, ['hoTen'])?.maxLength).toBeUndefined();
  });

  it('pages: add, name, move a field; the page list follows a rename and a removal', () => {
    let d = addField(addField(empty(), [], item('hoTen')), [], item('ngaySinh'));
    d = addPage(d, { vi: 'Thông tin', en: 'Details' });
    d = addPage(d, { vi: 'Ngày tháng' });
    d = moveFieldToPage(d, 'ngaySinh', 'trang-2');
    d = updateField(d, ['hoTen'], { key: 'tenDayDu' });
    const ui = designToForm(d).uiSchema as Record<string, unknown>;
    expect(ui['ui:pages']).toEqual([
      { id: 'trang-1', title: { vi: 'Thông tin', en: 'Details' }, fields: ['tenDayDu'] },
      { id: 'trang-2', title: { vi: 'Ngày tháng' }, fields: ['ngaySinh'] },
    ]);
    d = removeField(d, ['ngaySinh']);
    expect(d.pages?.[1]?.fields).toEqual([]);
  });

  it('edits a catalog form without disturbing what it did not touch', () => {
    const ketHon = catalogProcedures.find((p) => p.file.includes('ket-hon'))!.procedure;
    let d = formToDesign(ketHon.form);
    d = updateField(d, ['benNopHoSo', 'danToc'], { required: true });
    type Shape = { properties: { benNopHoSo: { required: string[] } }; then: unknown; else: unknown };
    const form = designToForm(d) as unknown as { schema: Shape; uiSchema: unknown; prefill: unknown };
    const before = ketHon.form.schema as Shape;
    expect(form.schema.properties.benNopHoSo.required).toEqual([
      ...before.properties.benNopHoSo.required,
      'danToc',
    ]);
    expect(form.schema.then).toEqual(before.then);
    expect(form.schema.else).toEqual(before.else);
    expect(form.uiSchema).toEqual(ketHon.form.uiSchema);
    expect(form.prefill).toEqual(ketHon.form.prefill);
  });
});

describe('validateDesign refuses invalid combinations at once', () => {
  it('names the field and control, in Vietnamese and English', () => {
    let d = addField(addField(empty(), [], item('number')), [], item('choice'));
    d = addField(d, [], item('hoTen'));
    d = updateField(d, ['so'], { minimum: 10, maximum: 1 });
    d = updateField(d, ['luaChon'], { choices: [] });
    d = updateField(d, ['hoTen'], { key: 'so', minLength: 50, maxLength: 5, required: true, readonly: true });
    const problems = validateDesign(d).map((p) => [p.path.join('/'), p.control]);
    expect(problems).toEqual([
      ['so', 'key'],
      ['so', 'maximum'],
      ['luaChon', 'choices'],
      ['so', 'key'],
      ['so', 'maxLength'],
      ['so', 'required'],
    ]);
    expect(validateDesign(d)[1]?.message.vi).toContain('lớn hơn giá trị tối đa');
  });

  it('checks prefill against the registry and derived names', () => {
    let d = addField(empty(), [], item('hoTen'));
    d = updateField(d, ['hoTen'], { prefill: { source: 'population', attribute: 'shoeSize', locked: true } });
    const ctx = { sources: [{ id: 'population', attributes: [{ name: 'fullName' }] }], derived: ['hoTen'] };
    expect(validateDesign(d, ctx).map((p) => p.control)).toEqual(['key', 'prefill']);
  });
});
