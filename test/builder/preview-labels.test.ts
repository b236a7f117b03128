/**
 * The preview's label move (preview-labels.ts) and structural sharing (share-structure.ts): rjsf
 * gets the same labels from the uiSchema, the schema no longer changes with a label, and the
 * unchanged parts of a recomputed value keep their objects.
 */
import { createSchemaUtils, getUiOptions, type RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { labelsToUi } from '../../builder-ui/src/builder/preview-labels';
import { shareStructure } from '../../builder-ui/src/builder/share-structure';
import { formValidator } from '../../builder-ui/src/ui/rjsf-validator';

const form = (label: string) => ({
  type: 'object',
  title: 'Tờ khai',
  properties: {
    hoTen: { type: 'string', title: label, description: 'Như trên giấy tờ' },
    diaChi: {
      type: 'object',
      title: 'Địa chỉ',
      properties: { tinh: { type: 'string', title: 'Tỉnh/thành' } },
    },
    thanhVien: {
      type: 'array',
      title: 'Thành viên',
      items: { type: 'object', title: 'Người', properties: {} },
    },
    coGiay: { type: 'boolean', title: 'Có giấy chứng sinh' },
    soGiay: { type: 'string', title: 'Số giấy (chung)' },
  },
  if: { properties: { coGiay: { const: true } } },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise.
  then: { properties: { soGiay: { title: 'Số giấy chứng sinh' } }, required: ['soGiay'] },
});

describe('labels for the preview', () => {
  it('moves plain labels to the uiSchema, where rjsf reads them first', () => {
    const [schema, ui] = labelsToUi(form('Họ và tên'), { diaChi: { 'ui:title': 'Nơi ở' } });
    const props = schema.properties as Record<string, Record<string, unknown>>;
    expect(props.hoTen).toEqual({ type: 'string' });
    expect(getUiOptions((ui as Record<string, never>).hoTen)).toMatchObject({
      title: 'Họ và tên',
      description: 'Như trên giấy tờ',
    });
    // The officer's own ui:title wins, as in rjsf; nested objects and array items move too.
    expect(ui.diaChi).toMatchObject({ 'ui:title': 'Nơi ở', tinh: { 'ui:title': 'Tỉnh/thành' } });
    expect(ui.thanhVien).toMatchObject({ 'ui:title': 'Thành viên', items: { 'ui:title': 'Người' } });
    expect(ui['ui:title']).toBe('Tờ khai');
    // A property a branch declares again keeps its label where rjsf merges the branch over it.
    expect(props.soGiay).toEqual({ type: 'string', title: 'Số giấy (chung)' });
    expect(ui.soGiay).toBeUndefined();
  });

  it('leaves a schema that no longer changes with a label, and rjsf resolves it the same', () => {
    const [a] = labelsToUi(form('Họ và tên'), {});
    const [b] = labelsToUi(form('Họ và tên đầy đủ'), {});
    expect(b).toEqual(a);
    const utils = createSchemaUtils(formValidator, form('x') as RJSFSchema);
    const moved = createSchemaUtils(formValidator, a as RJSFSchema);
    for (const data of [{}, { coGiay: true }, { coGiay: false, hoTen: 'A' }]) {
      const [full, bare] = [utils, moved].map((u) => u.retrieveSchema(u.getRootSchema(), data));
      expect(Object.keys(bare!.properties ?? {})).toEqual(Object.keys(full!.properties ?? {}));
      expect(bare!.required).toEqual(full!.required);
    }
  });
});

describe('structural sharing', () => {
  it('keeps the unchanged parts’ objects and the whole when nothing changed', () => {
    const prev = { a: { x: [1, { y: 2 }] }, b: { z: 1 }, c: 'c' };
    const next = { a: { x: [1, { y: 2 }] }, b: { z: 2 }, c: 'c' };
    const shared = shareStructure(prev, next);
    expect(shared).toEqual(next);
    expect(shared.a).toBe(prev.a);
    expect(shared.b).not.toBe(prev.b);
    expect(shareStructure(prev, structuredClone(prev))).toBe(prev);
  });

  it('sees a change of key order (the order of a form’s fields) and of array length', () => {
    const prev = { properties: { a: { type: 'string' }, b: { type: 'string' } } };
    const reordered = { properties: { b: { type: 'string' }, a: { type: 'string' } } };
    const shared = shareStructure(prev, reordered);
    expect(Object.keys(shared.properties)).toEqual(['b', 'a']);
    expect(shared.properties.a).toBe(prev.properties.a);
    expect(shareStructure([1, 2], [1, 2, 3])).toEqual([1, 2, 3]);
    expect(shareStructure({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined });
  });
});
