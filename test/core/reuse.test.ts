import { describe, expect, it } from 'vitest';
import { compileProcedure, resolveReuse } from '../../functions/core/index';
import type { CitizenData } from '../../functions/core/types';
import { catalog } from './fixtures/catalog';
import { citizen, procedure } from './fixtures/permit-procedure';

const compiled = compileProcedure(procedure, catalog);
const statusOf = (
  c: CitizenData | undefined,
  id: string,
  channel: 'online' | 'in-person' = 'online',
  answers = {},
) => resolveReuse(compiled, answers, channel, '2026-02-01', c).documents.find((d) => d.id === id);

describe('resolveReuse', () => {
  it('satisfies a document from a record the state holds, naming the source and record', () => {
    expect(statusOf(citizen, 'giay-chung-sinh')).toMatchObject({
      status: 'reused',
      source: 'warehouse',
      record: { id: 'GCS-1', title: 'Giấy chứng sinh số 1' },
      hint: { vi: 'Có sẵn từ Kho quản lý dữ liệu điện tử — không cần tải lên.' },
    });
  });

  it('falls back to an upload when the record is missing, expired or its source is down', () => {
    expect(statusOf(undefined, 'giay-chung-sinh')?.status).toBe('upload');
    expect(statusOf({ ...citizen, unavailable: ['warehouse'] }, 'giay-chung-sinh')?.status).toBe('upload');
    const expired = {
      ...citizen,
      records: [{ source: 'warehouse', record: 'giay-chung-sinh', id: 'old', validUntil: '2026-01-31' }],
    };
    expect(statusOf(expired, 'giay-chung-sinh')?.status).toBe('upload');
    const lastDay = { ...expired, records: [{ ...expired.records[0]!, validUntil: '2026-02-01' }] };
    expect(statusOf(lastDay, 'giay-chung-sinh')?.status).toBe('reused');
  });

  it('never asks for a replace-mode document: the agency fetches it when no record is found', () => {
    expect(statusOf(citizen, 'xac-nhan-cu-tru')).toMatchObject({
      status: 'fetch-by-agency',
      source: 'residence',
    });
    expect(statusOf(undefined, 'xac-nhan-cu-tru')?.status).toBe('fetch-by-agency');
  });

  it('shows a present-only document as reused when held, else asks to present it', () => {
    expect(statusOf(citizen, 'can-cuoc')).toMatchObject({ status: 'reused', source: 'population' });
    expect(statusOf(undefined, 'can-cuoc')?.status).toBe('present');
  });

  it('treats the e-form as the request document online and as an upload elsewhere', () => {
    expect(statusOf(citizen, 'to-khai', 'online')?.status).toBe('form');
    expect(statusOf(citizen, 'to-khai', 'in-person')?.status).toBe('upload');
  });

  it('lists a case’s documents only when its condition holds on the answers', () => {
    expect(statusOf(citizen, 'van-ban-uy-quyen')).toBeUndefined();
    expect(statusOf(citizen, 'van-ban-uy-quyen', 'online', { hinhThuc: 'uy-quyen' })).toMatchObject({
      status: 'upload',
      caseId: 'uy-quyen',
      accept: ['application/pdf'],
      maxBytes: 1_048_576,
      required: true,
    });
  });

  it('prefills from the citizen data with source and lock, and nothing without it', () => {
    const { prefill } = resolveReuse(compiled, {}, 'online', '2026-02-01', citizen);
    expect(prefill).toEqual([
      {
        target: '/applicant/hoTen',
        source: 'population',
        attribute: 'fullName',
        locked: true,
        value: 'Nguyễn Văn An',
      },
      {
        target: '/applicant/soDinhDanh',
        source: 'population',
        attribute: 'personalId',
        locked: true,
        value: '001203000123',
      },
      {
        target: '/applicant/ngaySinh',
        source: 'population',
        attribute: 'birthDate',
        locked: false,
        value: '2003-04-05',
      },
    ]);
    expect(resolveReuse(compiled, {}, 'online', '2026-02-01').prefill).toEqual([]);
    expect(
      resolveReuse(compiled, {}, 'online', '2026-02-01', { ...citizen, unavailable: ['population'] }).prefill,
    ).toEqual([]);
  });
});
