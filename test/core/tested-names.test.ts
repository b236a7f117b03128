import { describe, expect, it } from 'vitest';
import { compileProcedure, validateSubmission } from '../../functions/core/index';
import type { Procedure } from '../../functions/core/types';
import { catalog } from './fixtures/catalog';
import { procedure } from './fixtures/permit-procedure';

/**
 * A name that an `if` only tests is not a field of the form: the form declares it (or not)
 * elsewhere. Reported by the catalog author on the two-ballot form of a shareholders' meeting.
 */
const phieu1 = { properties: { loaiPhieu: { const: 'Phiếu số 1' } }, required: ['loaiPhieu'] };
const schema = {
  type: 'object',
  properties: {
    loaiPhieu: { type: 'string', enum: ['Phiếu số 1', 'Phiếu số 2'] },
    diaChi: { type: 'object', properties: { tinh: { type: 'string' }, xa: { type: 'string' } } },
  },
  allOf: [
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise.
    { if: phieu1, then: { properties: { uyQuyen: { type: 'boolean' } } } },
    {
      if: { allOf: [phieu1, { properties: { uyQuyen: { const: true } }, required: ['uyQuyen'] }] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise.
      then: { properties: { nguoiDuocUyQuyen: { type: 'string' } }, required: ['nguoiDuocUyQuyen'] },
    },
    {
      // A test on a nested group must see the whole group, not a closed copy of it.
      if: { properties: { diaChi: { properties: { tinh: { const: 'Hà Nội' } } } }, required: ['diaChi'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise.
      then: { properties: { quanHuyen: { type: 'string' } } },
    },
    { not: { properties: { bietDanh: { const: 'x' } }, required: ['bietDanh'] } },
  ],
};
const withSchema: Procedure = {
  ...procedure,
  form: { schema },
  documentCases: [
    {
      id: 'x',
      title: { vi: 'x' },
      documents: [{ id: 'a', name: { vi: 'a' }, originals: 1, copies: 0, required: false }],
    },
  ],
};
const compiled = compileProcedure(withSchema, catalog);
const check = (answers: unknown) =>
  validateSubmission(compiled, { answers, channel: 'online', date: '2026-01-01' }).errors.map((e) => [
    e.code,
    e.path,
  ]);

describe('names that conditions only test', () => {
  it('reports a field of a branch that is not shown as hidden, even when an if tests it', () => {
    expect(check({ loaiPhieu: 'Phiếu số 2', uyQuyen: true })).toEqual([
      ['answers.hidden', '/answers/uyQuyen'],
    ]);
  });

  it('accepts the field when its branch is shown', () => {
    expect(check({ loaiPhieu: 'Phiếu số 1', uyQuyen: true, nguoiDuocUyQuyen: 'Lan' })).toEqual([]);
    expect(check({ loaiPhieu: 'Phiếu số 1', uyQuyen: true })).toEqual([
      ['answers.required', '/answers/nguoiDuocUyQuyen'],
    ]);
  });

  it('treats a name only tested by if or not as unknown', () => {
    expect(check({ loaiPhieu: 'Phiếu số 2', bietDanh: 'y' })).toEqual([
      ['answers.unknown', '/answers/bietDanh'],
    ]);
  });

  it('does not close a nested group inside a test, so extra answers in it do not defeat the test', () => {
    expect(check({ diaChi: { tinh: 'Hà Nội', xa: 'Phúc Xá' }, quanHuyen: 'Ba Đình' })).toEqual([]);
    expect(check({ diaChi: { tinh: 'Huế', xa: 'Phú Hội' }, quanHuyen: 'Ba Đình' })).toEqual([
      ['answers.hidden', '/answers/quanHuyen'],
    ]);
  });
});
