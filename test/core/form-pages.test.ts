/** Paging a citizen's form, checking one page with the server's rules, and the answers summary. */
import { describe, expect, it } from 'vitest';
import { summarizeAnswers } from '../../functions/core/form/answer-summary';
import { formPages, pageOfPath } from '../../functions/core/form/form-pages';
import { localizeUiSchema } from '../../functions/core/form/localize-ui-schema';
import { validatePage } from '../../functions/core/form/validate-page';

const schema = {
  type: 'object',
  title: 'Tờ khai',
  required: ['nguoiYeuCau', 'quanHe', 'treEm', 'uyQuyen'],
  properties: {
    nguoiYeuCau: {
      type: 'object',
      title: 'Người yêu cầu',
      required: ['hoTen'],
      properties: {
        hoTen: { type: 'string', title: 'Họ và tên', minLength: 2, 'x-en': { title: 'Full name' } },
      },
    },
    quanHe: {
      type: 'string',
      title: 'Quan hệ',
      enum: ['cha', 'me'],
      'x-enumNames': ['Cha', 'Mẹ'],
      'x-en': { title: 'Relationship', enumNames: ['Father', 'Mother'] },
    },
    treEm: {
      type: 'object',
      title: 'Trẻ em',
      required: ['ngaySinh'],
      properties: {
        ngaySinh: { type: 'string', format: 'date', title: 'Ngày sinh', 'x-notFuture': true },
        soThang: { type: 'integer', title: 'Số tháng', minimum: 1, maximum: 24 },
      },
    },
    uyQuyen: { type: 'boolean', title: 'Nộp theo ủy quyền?' },
  },
  if: { properties: { uyQuyen: { const: true } }, required: ['uyQuyen'] },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise.
  then: {
    required: ['nguoiUyQuyen'],
    properties: { nguoiUyQuyen: { type: 'string', title: 'Người ủy quyền', minLength: 2 } },
  },
};

const uiSchema = {
  'ui:order': ['nguoiYeuCau', 'quanHe', 'uyQuyen', 'nguoiUyQuyen', 'treEm'],
  'ui:pages': [
    {
      id: 'nguoi-yeu-cau',
      title: { vi: 'Người yêu cầu', en: 'Applicant' },
      fields: ['nguoiYeuCau', 'quanHe'],
    },
    { id: 'tre-em', title: { vi: 'Trẻ em', en: 'The child' }, fields: ['treEm'] },
  ],
};

describe('formPages', () => {
  it('puts listed fields on their page and every other field, conditional ones too, on the last page', () => {
    const pages = formPages(schema, uiSchema);
    expect(pages.map((p) => [p.id, p.fields])).toEqual([
      ['nguoi-yeu-cau', ['nguoiYeuCau', 'quanHe']],
      ['tre-em', ['treEm', 'uyQuyen', 'nguoiUyQuyen']],
    ]);
    expect(pages[1]!.title).toEqual({ vi: 'Trẻ em', en: 'The child' });
  });

  it('is one page in ui:order when the form declares no pages', () => {
    const pages = formPages(schema, { 'ui:order': uiSchema['ui:order'] });
    expect(pages).toHaveLength(1);
    expect(pages[0]!.fields).toEqual(['nguoiYeuCau', 'quanHe', 'uyQuyen', 'nguoiUyQuyen', 'treEm']);
  });

  it('drops a page that lists only unknown or already placed fields', () => {
    const pages = formPages(schema, {
      'ui:pages': [
        { id: 'a', title: 'A', fields: ['quanHe', 'khongCo'] },
        { id: 'b', title: 'B', fields: ['quanHe'] },
        { id: 'c', title: 'C', fields: ['treEm'] },
      ],
    });
    expect(pages.map((p) => p.id)).toEqual(['a', 'c']);
    expect(pages[0]!.title).toEqual({ vi: 'A' });
  });

  it('finds the page of an error path', () => {
    const pages = formPages(schema, uiSchema);
    expect(pageOfPath(pages, '/answers/treEm/ngaySinh')).toBe(1);
    expect(pageOfPath(pages, '/quanHe')).toBe(0);
    expect(pageOfPath(pages, '/answers')).toBe(-1);
    expect(pageOfPath(pages, '/documents/x')).toBe(-1);
  });
});

describe('validatePage', () => {
  const first = ['nguoiYeuCau', 'quanHe'];

  it('reports only the errors of the page, with the server messages and paths', () => {
    const errors = validatePage(schema, { nguoiYeuCau: { hoTen: 'A' } }, first, '2026-03-01');
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['/answers/nguoiYeuCau/hoTen', 'answers.length'],
      ['/answers/quanHe', 'answers.required'],
    ]);
    expect(errors[1]!.message.vi).toBe('Trường «Quan hệ» là bắt buộc.');
  });

  it('passes a complete page although later pages are still empty', () => {
    expect(
      validatePage(schema, { nguoiYeuCau: { hoTen: 'An' }, quanHe: 'cha' }, first, '2026-03-01'),
    ).toEqual([]);
  });

  it('applies the filing date to "not in the future" and the condition across pages', () => {
    const answers = { treEm: { ngaySinh: '2026-03-02' }, uyQuyen: true };
    const errors = validatePage(schema, answers, ['treEm', 'uyQuyen', 'nguoiUyQuyen'], '2026-03-01');
    expect(errors.map((e) => e.path)).toEqual(['/answers/treEm/ngaySinh', '/answers/nguoiUyQuyen']);
  });
});

describe('summarizeAnswers', () => {
  it('lists answered fields with Có/Không, dd/mm/yyyy dates and choice names, groups as headings', () => {
    const answers = {
      nguoiYeuCau: { hoTen: 'Trần Văn Minh' },
      quanHe: 'me',
      treEm: { ngaySinh: '2026-01-15' },
      uyQuyen: false,
    };
    const rows = summarizeAnswers(schema, uiSchema, answers, ['nguoiYeuCau', 'quanHe', 'treEm', 'uyQuyen']);
    expect(rows).toEqual([
      { path: '/nguoiYeuCau', label: { vi: 'Người yêu cầu', en: 'Người yêu cầu' }, depth: 0 },
      {
        path: '/nguoiYeuCau/hoTen',
        label: { vi: 'Họ và tên', en: 'Full name' },
        value: { vi: 'Trần Văn Minh', en: 'Trần Văn Minh' },
        depth: 1,
      },
      {
        path: '/quanHe',
        label: { vi: 'Quan hệ', en: 'Relationship' },
        value: { vi: 'Mẹ', en: 'Mother' },
        depth: 0,
      },
      { path: '/treEm', label: { vi: 'Trẻ em', en: 'Trẻ em' }, depth: 0 },
      {
        path: '/treEm/ngaySinh',
        label: { vi: 'Ngày sinh', en: 'Ngày sinh' },
        value: { vi: '15/01/2026', en: '15 Jan 2026' },
        depth: 1,
      },
      {
        path: '/uyQuyen',
        label: { vi: 'Nộp theo ủy quyền?', en: 'Nộp theo ủy quyền?' },
        value: { vi: 'Không', en: 'No' },
        depth: 0,
      },
    ]);
  });

  it('skips empty answers and groups with nothing filled in', () => {
    expect(summarizeAnswers(schema, {}, { nguoiYeuCau: {}, quanHe: '' }, ['nguoiYeuCau', 'quanHe'])).toEqual(
      [],
    );
  });
});

describe('localizeUiSchema', () => {
  it('uses x-enumNames in Vietnamese and x-en in English, keeping the officer uiSchema', () => {
    const vi = localizeUiSchema(schema, uiSchema, 'vi');
    expect(vi['ui:pages']).toEqual(uiSchema['ui:pages']);
    expect((vi.quanHe as Record<string, unknown>)['ui:enumNames']).toEqual(['Cha', 'Mẹ']);
    const en = localizeUiSchema(schema, uiSchema, 'en');
    expect(en.quanHe).toEqual({ 'ui:title': 'Relationship', 'ui:enumNames': ['Father', 'Mother'] });
    expect((en.nguoiYeuCau as Record<string, Record<string, unknown>>).hoTen!['ui:title']).toBe('Full name');
  });

  it('shows a number range as a hint before any error, beside the help in the page language', () => {
    const ui = { treEm: { soThang: { 'ui:help': 'Tính theo tháng', 'ui:help:en': 'In months' } } };
    const vi = localizeUiSchema(schema, ui, 'vi') as Record<string, Record<string, Record<string, unknown>>>;
    expect(vi.treEm!.soThang!['ui:help']).toBe('Từ 1 đến 24. Tính theo tháng');
    const en = localizeUiSchema(schema, ui, 'en') as Record<string, Record<string, Record<string, unknown>>>;
    expect(en.treEm!.soThang!['ui:help']).toBe('From 1 to 24. In months');
  });
});
