/**
 * A small but complete procedure of the Sài Gòn ward (agency `ubnd-phuong-sai-gon`, Hồ Chí Minh
 * City): a civil-status charge that Resolution 411/NQ-HĐND makes 0 đồng online, one document the
 * warehouse can supply, and embedded test cases that pass. Tests change it to make it invalid.
 */
import type { Procedure } from '../../../functions/core/types';

/** A fresh copy each call, so a test can edit it freely. */
export function sampleProcedure(overrides: Partial<Procedure> = {}): Procedure {
  const procedure: Procedure = {
    formatVersion: 1,
    id: 'dang-ky-khai-sinh-thu',
    code: '1.001193',
    name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
    field: 'ho-tich',
    level: 'xa',
    agency: 'ubnd-phuong-sai-gon',
    applicants: ['citizen'],
    keywords: ['giấy khai sinh', 'trẻ em'],
    onlineLevel: 'full',
    channels: [
      { channel: 'in-person', processingTime: { type: 'same-day' }, fees: ['le-phi'], payment: ['counter'] },
      { channel: 'online', processingTime: { type: 'same-day' }, fees: ['le-phi'], payment: ['online'] },
    ],
    fees: [
      {
        id: 'le-phi',
        kind: 'le-phi',
        category: 'ho-tich',
        setBy: 'council',
        name: { vi: 'Lệ phí đăng ký khai sinh', en: 'Birth registration charge' },
        amount: { type: 'fixed', amount: 8000 },
      },
    ],
    documentCases: [
      {
        id: 'chung',
        title: { vi: 'Giấy tờ phải nộp', en: 'Documents to file' },
        documents: [
          {
            id: 'to-khai',
            name: { vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration form' },
            originals: 1,
            copies: 0,
            submission: 'form',
          },
          {
            id: 'giay-chung-sinh',
            name: { vi: 'Giấy chứng sinh', en: 'Hospital birth certificate' },
            originals: 1,
            copies: 0,
            reuse: [{ source: 'warehouse', record: 'giay-chung-sinh', mode: 'fallback' }],
          },
        ],
      },
    ],
    form: {
      schema: {
        type: 'object',
        properties: {
          hoTenTre: { type: 'string', title: 'Họ, chữ đệm và tên của trẻ', minLength: 1, maxLength: 100 },
          ngaySinh: { type: 'string', format: 'date', title: 'Ngày sinh' },
        },
        required: ['hoTenTre', 'ngaySinh'],
      },
    },
    result: {
      name: { vi: 'Giấy khai sinh', en: 'Birth certificate' },
      forms: ['electronic', 'paper'],
      delivery: ['online', 'postal'],
    },
    steps: [
      { title: { vi: 'Nộp tờ khai', en: 'File the form' }, actor: 'applicant' },
      { title: { vi: 'Cấp giấy khai sinh', en: 'Issue the certificate' }, actor: 'agency' },
    ],
    legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch' }],
    tests: [
      {
        name: 'Nộp trực tuyến: 0 đồng theo Nghị quyết 411',
        channel: 'online',
        date: '2026-03-02',
        answers: { hoTenTre: 'Nguyễn Văn An', ngaySinh: '2026-02-20' },
        uploads: [{ document: 'giay-chung-sinh', type: 'application/pdf', size: 20000 }],
        expect: { valid: true, feeTotal: 0, policies: ['hcm-411-2025'] },
      },
      {
        name: 'Nộp trực tiếp: 8.000 đồng',
        channel: 'in-person',
        date: '2026-03-02',
        answers: { hoTenTre: 'Nguyễn Văn An', ngaySinh: '2026-02-20' },
        uploads: [
          { document: 'to-khai', type: 'application/pdf', size: 20000 },
          { document: 'giay-chung-sinh', type: 'application/pdf', size: 20000 },
        ],
        expect: { valid: true, feeTotal: 8000 },
      },
    ],
  };
  return { ...procedure, ...overrides };
}
