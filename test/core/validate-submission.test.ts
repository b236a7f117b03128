import { describe, expect, it } from 'vitest';
import { compileProcedure, validateSubmission } from '../../functions/core/index';
import type { SubmissionInput } from '../../functions/core/types';
import { catalog } from './fixtures/catalog';
import { citizen, procedure, validAnswers } from './fixtures/permit-procedure';

const compiled = compileProcedure(procedure, catalog);
const date = '2026-02-01';
const submit = (over: Partial<SubmissionInput> = {}) =>
  validateSubmission(compiled, {
    answers: validAnswers,
    channel: 'online',
    documents: [],
    citizen,
    date,
    ...over,
  });
const codes = (over: Partial<SubmissionInput>) => submit(over).errors.map((e) => [e.code, e.path]);
const withAnswers = (patch: Record<string, unknown>) => ({ answers: { ...validAnswers, ...patch } });

describe('validateSubmission', () => {
  it('accepts a complete online submission and returns fees, documents and indicators', () => {
    const r = submit();
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.fees?.total).toBe(25_000 + 8_000); // 0-đồng charge, 50% off copies, appraisal excluded
    expect(r.indicators).toEqual({
      channelCode: 2,
      online: true,
      componentsTotal: 5,
      componentsReused: 2,
      componentsDigitised: 3,
      anyReused: true,
      feePayable: true,
      electronicResult: true,
    });
  });

  it('rejects a field the form does not have, anywhere in the answers', () => {
    expect(codes(withAnswers({ ghiChu: 'x' }))).toEqual([['answers.unknown', '/answers/ghiChu']]);
    const nested = { applicant: { ...validAnswers.applicant, biDanh: 'An' } };
    expect(codes(withAnswers(nested))).toEqual([['answers.unknown', '/answers/applicant/biDanh']]);
    expect(codes(withAnswers({ conCai: [{ ten: 'Bình', tuoi: 3 }] }))).toEqual([
      ['answers.unknown', '/answers/conCai/0/tuoi'],
    ]);
  });

  it('rejects an answer to a field its condition hides, and accepts it when shown', () => {
    const hidden = withAnswers({ nguoiUyQuyen: { hoTen: 'Trần Bình' } });
    const r = submit(hidden);
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([['answers.hidden', '/answers/nguoiUyQuyen']]);
    expect(r.errors[0]?.message.vi).toContain('«Người ủy quyền»');
    const shown = submit({
      answers: { ...validAnswers, hinhThuc: 'uy-quyen', nguoiUyQuyen: { hoTen: 'Trần Bình' } },
      documents: [{ document: 'van-ban-uy-quyen', type: 'application/pdf', size: 1000 }],
    });
    expect(shown.errors).toEqual([]);
  });

  it('reports the failing field of a shown branch, not the branch’s fields as hidden', () => {
    const r = submit({ answers: { ...validAnswers, hinhThuc: 'uy-quyen', nguoiUyQuyen: { hoTen: 'T' } } });
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([
      ['answers.length', '/answers/nguoiUyQuyen/hoTen'],
      ['document.missing', '/documents/van-ban-uy-quyen'],
    ]);
  });

  it('names missing and malformed fields by their titles, in Vietnamese and English', () => {
    const r = submit(
      withAnswers({ soBanSao: undefined, applicant: { ...validAnswers.applicant, dienThoai: '012' } }),
    );
    expect(r.errors).toEqual([
      {
        path: '/answers/soBanSao',
        code: 'answers.required',
        message: { vi: 'Trường «Số bản sao» là bắt buộc.', en: 'Field «Số bản sao» is required.' },
      },
      {
        path: '/answers/applicant/dienThoai',
        code: 'answers.format',
        message: {
          vi: expect.stringContaining(
            '«Điện thoại» không hợp lệ — Số điện thoại di động gồm 10 chữ số (hoặc +84 và 9 chữ số)',
          ),
          en: expect.stringContaining('«Điện thoại» is not valid'),
        },
      },
    ]);
  });

  it('rejects dates after the filing date where the form says x-notFuture', () => {
    const r = submit(withAnswers({ ngaySuKien: '2026-02-02' }));
    expect(r.errors.map((e) => [e.code, e.path, e.message.vi])).toEqual([
      ['answers.range', '/answers/ngaySuKien', '«Ngày sự kiện» không được sau ngày nộp hồ sơ.'],
    ]);
    expect(submit(withAnswers({ ngaySuKien: '2026-02-01' })).valid).toBe(true);
  });

  it('rejects a change to a locked prefilled value, but not to an unlocked one', () => {
    const changed = { applicant: { ...validAnswers.applicant, hoTen: 'Nguyễn Văn Ân' } };
    expect(codes(withAnswers(changed))).toEqual([['prefill.locked', '/answers/applicant/hoTen']]);
    const edited = { applicant: { ...validAnswers.applicant, ngaySinh: '2003-04-06' } };
    expect(submit(withAnswers(edited)).valid).toBe(true);
    // Without citizen data nothing is locked.
    expect(
      submit({ ...withAnswers(changed), citizen: undefined, documents: [upload('giay-chung-sinh')] }).valid,
    ).toBe(true);
  });

  it('checks uploads: missing, wrong type, too large, not asked for', () => {
    const noWarehouse = { ...citizen, records: [] };
    expect(codes({ citizen: noWarehouse })).toEqual([['document.missing', '/documents/giay-chung-sinh']]);
    expect(submit({ citizen: noWarehouse, documents: [upload('giay-chung-sinh')] }).valid).toBe(true);
    const r = submit({
      answers: { ...validAnswers, hinhThuc: 'uy-quyen', nguoiUyQuyen: { hoTen: 'Trần Bình' } },
      documents: [
        { document: 'van-ban-uy-quyen', type: 'image/png', size: 2_000_000 },
        upload('giay-chung-sinh'),
        upload('khong-co'),
        { document: 'anh-chup', type: 'image/jpeg', size: 10 },
      ],
    });
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([
      ['document.type', '/documents/0'],
      ['document.size', '/documents/0'],
      ['document.unexpected', '/documents/1'], // reused from the warehouse
      ['document.unexpected', '/documents/2'],
    ]);
    // Digitised components: the e-form, two reused records, two documents with files.
    expect(r.indicators?.componentsDigitised).toBe(5);
  });

  it('rejects an unknown channel and one the procedure does not offer', () => {
    expect(codes({ channel: 'fax' })).toEqual([['channel.invalid', '/channel']]);
    const postal = submit({ channel: 'postal' });
    expect(postal.errors.map((e) => e.code)).toEqual(['channel.unavailable']);
    expect(postal).toMatchObject({ valid: false, fees: null, indicators: null });
  });

  it('never throws on malformed input and says what is wrong', () => {
    const garbage: unknown[] = [
      null,
      42,
      'x',
      [],
      { answers: null },
      { answers: [], channel: 1, date: 'tomorrow' },
    ];
    for (const input of garbage) {
      const r = validateSubmission(compiled, input as SubmissionInput);
      expect(r.valid).toBe(false);
      expect(r.errors.length).toBeGreaterThan(0);
      for (const e of r.errors) expect(e.message.vi.length).toBeGreaterThan(0);
    }
    expect(codes({ documents: 'file.pdf' })).toEqual([['input.invalid', '/documents']]);
    expect(codes({ documents: [{ document: 'giay-chung-sinh', size: -1 }] })).toEqual([
      ['document.invalid', '/documents/0'],
    ]);
    expect(codes({ answers: 'hello' }).map((c) => c[0])).toContain('answers.type');
  });
});

function upload(document: string) {
  return { document, type: 'application/pdf', size: 50_000 };
}
