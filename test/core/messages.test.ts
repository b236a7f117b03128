import { describe, expect, it } from 'vitest';
import { codeForKeyword, createFormAjv, localizeAjvError } from '../../functions/core/index';

/** One field per keyword, each with a title, and answers that break every one of them. */
const cases: [keyword: string, schema: object, value: unknown, vi: string][] = [
  ['type', { type: 'integer' }, 'a', '«F» phải là số nguyên.'],
  ['enum', { enum: ['a', 'b'] }, 'c', '«F» phải là một trong các giá trị: "a", "b".'],
  ['const', { const: 'a' }, 'b', '«F» phải là "a".'],
  ['pattern', { type: 'string', pattern: '^[A-Z]+$' }, 'a', '«F» không đúng mẫu quy định.'],
  [
    'format',
    { type: 'string', format: 'vn-personal-id' },
    '123',
    '«F» không hợp lệ — Số định danh cá nhân gồm 12 chữ số: mã tỉnh nơi đăng ký khai sinh (001–096), chữ số thế kỷ và giới tính, hai chữ số năm sinh (không sau năm nộp hồ sơ) và 6 chữ số.',
  ],
  ['minimum', { type: 'number', minimum: 1 }, 0, '«F» phải lớn hơn hoặc bằng 1.'],
  ['maximum', { type: 'number', maximum: 1 }, 2, '«F» phải nhỏ hơn hoặc bằng 1.'],
  ['exclusiveMinimum', { type: 'number', exclusiveMinimum: 1 }, 1, '«F» phải lớn hơn 1.'],
  ['exclusiveMaximum', { type: 'number', exclusiveMaximum: 1 }, 1, '«F» phải nhỏ hơn 1.'],
  ['multipleOf', { type: 'number', multipleOf: 5 }, 7, '«F» phải là bội số của 5.'],
  ['minLength', { type: 'string', minLength: 2 }, 'a', '«F» phải có ít nhất 2 ký tự.'],
  ['maxLength', { type: 'string', maxLength: 1 }, 'ab', '«F» không được quá 1 ký tự.'],
  ['minItems', { type: 'array', minItems: 2 }, [1], '«F» phải có ít nhất 2 mục.'],
  ['maxItems', { type: 'array', maxItems: 1 }, [1, 2], '«F» không được quá 1 mục.'],
  ['uniqueItems', { type: 'array', uniqueItems: true }, [1, 1], '«F» có mục 1 và mục 2 trùng nhau.'],
  [
    'oneOf',
    { oneOf: [{ type: 'string' }, { type: 'string', minLength: 1 }] },
    'a',
    '«F» phải khớp đúng một trong các phương án cho phép.',
  ],
  [
    'anyOf',
    { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    true,
    '«F» phải khớp ít nhất một trong các phương án cho phép.',
  ],
  ['not', { not: { const: 'x' } }, 'x', '«F» có giá trị không được phép.'],
  [
    'x-notFuture',
    { type: 'string', format: 'date', 'x-notFuture': true },
    '2030-01-01',
    '«F» không được sau ngày nộp hồ sơ.',
  ],
];

describe('Vietnamese messages for every validation keyword', () => {
  const ajv = createFormAjv();
  for (const [keyword, schema, value, vi] of cases) {
    it(`${keyword}: names the field by its title`, () => {
      const validate = ajv.compile({ type: 'object', properties: { f: { ...schema, title: 'F' } } });
      expect(validate.call({ date: '2026-01-01' }, { f: value })).toBe(false);
      const error = validate.errors!.find((e) => e.keyword === keyword)!;
      const message = localizeAjvError(error);
      expect(message.vi).toBe(vi);
      expect(message.en).toContain('«F»');
    });
  }

  it('says which field is required, and which field makes another one required', () => {
    const validate = ajv.compile({
      type: 'object',
      required: ['hoTen'],
      properties: { hoTen: { title: 'Họ và tên' }, a: { title: 'A' }, b: { title: 'B' } },
      dependentRequired: { a: ['b'] },
    });
    validate({ a: 1 });
    const [required, dependent] = validate.errors!.map((e) => localizeAjvError(e));
    expect(required).toEqual({ vi: 'Trường «Họ và tên» là bắt buộc.', en: 'Field «Họ và tên» is required.' });
    expect(dependent?.vi).toBe('Khi khai «A» thì phải khai cả «B».');
  });

  it('distinguishes a field the form does not have from one a condition hides', () => {
    const validate = ajv.compile({ type: 'object', properties: {}, additionalProperties: false });
    validate({ x: 1 });
    const error = validate.errors![0]!;
    expect(localizeAjvError(error).vi).toBe('Biểu mẫu không có trường «x».');
    expect(localizeAjvError(error, undefined, true).vi).toContain('đang bị ẩn');
  });

  it('maps keywords to the catalog’s error codes', () => {
    expect(
      ['required', 'type', 'format', 'pattern', 'const', 'maximum', 'maxItems', 'x-notFuture', 'oneOf'].map(
        codeForKeyword,
      ),
    ).toEqual([
      'answers.required',
      'answers.type',
      'answers.format',
      'answers.pattern',
      'answers.enum',
      'answers.range',
      'answers.length',
      'answers.range',
      'answers.invalid',
    ]);
  });
});
