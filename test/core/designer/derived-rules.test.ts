import { describe, expect, it } from 'vitest';
import {
  derivedIssues,
  derivedSources,
  FILING_DATE,
  withKind,
} from '../../../functions/core/designer/derived-rules';
import type { Procedure } from '../../../functions/core/types';
import { catalogProcedures } from './catalog-procedures';

/** A form with a date, a date in a section, a list and a text field. */
const form: Procedure['form'] = {
  schema: {
    type: 'object',
    properties: {
      ngayNop: { type: 'string', format: 'date', title: 'Ngày nộp đơn' },
      treEm: {
        type: 'object',
        title: 'Thông tin trẻ em',
        properties: { ngaySinh: { type: 'string', format: 'date', title: 'Ngày sinh' } },
      },
      thanhVien: { type: 'array', title: 'Thành viên hộ', items: { type: 'object', properties: {} } },
      hoTen: { type: 'string', title: 'Họ và tên' },
    },
  },
};

describe('derived facts in the builder', () => {
  it('offers date fields to days-between and lists to count', () => {
    expect(derivedSources({ form }, 'days-between')).toEqual([
      { pointer: '/ngayNop', label: { vi: 'Ngày nộp đơn', en: 'Ngày nộp đơn' } },
      {
        pointer: '/treEm/ngaySinh',
        label: { vi: 'Thông tin trẻ em › Ngày sinh', en: 'Thông tin trẻ em › Ngày sinh' },
      },
    ]);
    expect(derivedSources({ form }, 'count').map((s) => s.pointer)).toEqual(['/thanhVien']);
    expect(derivedSources({ form }, 'channel')).toEqual([]);
  });

  it('finds nothing to say about the derived facts of the real catalog', () => {
    const withFacts = catalogProcedures.filter(({ procedure }) => (procedure.derived ?? []).length > 0);
    expect(withFacts.length).toBeGreaterThan(0);
    for (const { file, procedure } of withFacts) expect([file, derivedIssues(procedure)]).toEqual([file, {}]);
  });

  it('accepts a complete fact of each kind', () => {
    const derived: Procedure['derived'] = [
      { name: 'soNgayTre', kind: 'days-between', from: '/treEm/ngaySinh', to: FILING_DATE },
      { name: 'soThanhVien', kind: 'count', of: '/thanhVien' },
      { name: 'kenhNop', kind: 'channel' },
    ];
    expect(derivedIssues({ form, derived })).toEqual({});
  });

  it('says, by pointer, what is missing, malformed, repeated, clashing or gone from the form', () => {
    const derived: Procedure['derived'] = [
      { name: '', kind: 'days-between', to: '/daXoa' },
      { name: 'so ngay', kind: 'count' },
      { name: 'hoTen', kind: 'channel' },
      { name: 'kenh', kind: 'channel' },
      { name: 'kenh', kind: 'count', of: '/hoTen' },
    ];
    const issues = derivedIssues({ form, derived });
    expect(Object.keys(issues).sort()).toEqual([
      '/derived/0/from',
      '/derived/0/name',
      '/derived/0/to',
      '/derived/1/name',
      '/derived/1/of',
      '/derived/2/name',
      '/derived/4/name',
      '/derived/4/of',
    ]);
    expect(issues['/derived/0/from']?.vi).toBe('Chọn ngày bắt đầu');
    expect(issues['/derived/0/to']?.vi).toBe(
      'Trường /daXoa không có trong biểu mẫu hoặc không đúng loại; chọn lại',
    );
    expect(issues['/derived/2/name']?.vi).toBe('Tên này trùng với một trường của biểu mẫu');
    expect(issues['/derived/4/name']?.en).toBe('Another fact has this name');
    // A text field is not a list: count cannot read it.
    expect(issues['/derived/4/of']?.en).toBe(
      'Field /hoTen is not in the form or not of the right type; pick again',
    );
  });

  it('drops the fields of the old kind when the kind changes, keeping name and description', () => {
    const fact = {
      name: 'soNgay',
      kind: 'days-between' as const,
      from: '/ngayNop',
      to: FILING_DATE,
      description: { vi: 'Số ngày' },
    };
    expect(withKind(fact, 'count')).toEqual({
      name: 'soNgay',
      kind: 'count',
      description: { vi: 'Số ngày' },
    });
  });
});
