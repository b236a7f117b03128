/**
 * The benchmark's procedure: the 30-field form, six documents (an e-form, an upload, two reused
 * records, two conditional cases), two fee lines and two online fee policies, with a signed-in
 * citizen whose name and ID are locked prefills. Realistic in size for the national catalog.
 */
import registryJson from '../../catalogs/registry.json';
import type {
  CatalogContext,
  CitizenData,
  Procedure,
  Registry,
  SubmissionInput,
} from '../../functions/core/types';
import { toJsonSchema } from './definitions';
import { fields, invalidAnswers, validAnswers } from './fields';

const legal = { number: '123/2015/NĐ-CP' };

export const formSchema = toJsonSchema(fields);

export const procedure: Procedure = {
  formatVersion: 1,
  id: 'bench-cap-giay-xac-nhan',
  code: '9.000001',
  name: { vi: 'Cấp giấy xác nhận (đo hiệu năng)', en: 'Certificate (benchmark)' },
  field: 'ho-tich',
  level: 'xa',
  agency: 'ubnd-phuong-hoan-kiem',
  applicants: ['citizen'],
  onlineLevel: 'full',
  channels: [
    {
      channel: 'online',
      processingTime: { type: 'working-days', value: 3 },
      fees: ['le-phi', 'phi-ban-sao'],
      payment: ['online'],
    },
    {
      channel: 'in-person',
      processingTime: { type: 'working-days', value: 3 },
      fees: ['le-phi', 'phi-ban-sao'],
    },
  ],
  fees: [
    {
      id: 'le-phi',
      kind: 'le-phi',
      category: 'ho-tich',
      setBy: 'council',
      name: { vi: 'Lệ phí', en: 'Charge' },
      amount: { type: 'fixed', amount: 50_000 },
      exemptions: [
        {
          id: 'ho-ngheo',
          when: {
            properties: { thongTinHo: { properties: { hoNgheo: { const: true } }, required: ['hoNgheo'] } },
          },
          reason: { vi: 'Hộ nghèo' },
          legalBasis: legal,
        },
      ],
    },
    {
      id: 'phi-ban-sao',
      kind: 'phi',
      category: 'khai-thac-ho-tich',
      setBy: 'ministry',
      name: { vi: 'Phí cấp bản sao', en: 'Copy fee' },
      amount: { type: 'per-unit', unitPrice: 8_000, units: { from: '/soBanSao', default: 1 }, freeUnits: 1 },
      cap: 160_000,
    },
  ],
  documentCases: [
    {
      id: 'chung',
      title: { vi: 'Giấy tờ chung' },
      documents: [
        { id: 'to-khai', name: { vi: 'Tờ khai' }, originals: 1, copies: 0, submission: 'form' },
        {
          id: 'anh-the',
          name: { vi: 'Ảnh thẻ 4x6' },
          originals: 1,
          copies: 0,
          accept: ['image/jpeg', 'image/png'],
          maxBytes: 2_097_152,
        },
        {
          id: 'can-cuoc',
          name: { vi: 'Thẻ căn cước' },
          originals: 1,
          copies: 0,
          submission: 'present',
          reuse: [{ source: 'population', record: 'can-cuoc', mode: 'present-only' }],
        },
        {
          id: 'xac-nhan-cu-tru',
          name: { vi: 'Thông tin cư trú' },
          originals: 1,
          copies: 0,
          reuse: [{ source: 'residence', record: 'thong-tin-cu-tru', mode: 'replace' }],
        },
        {
          id: 'ho-chieu',
          name: { vi: 'Bản sao hộ chiếu người liên hệ' },
          originals: 0,
          copies: 1,
          when: {
            properties: {
              nguoiLienHe: { properties: { giayTo: { properties: { loai: { const: 'ho-chieu' } } } } },
            },
          },
          reuse: [{ source: 'warehouse', record: 'ho-chieu', mode: 'fallback' }],
        },
      ],
    },
    {
      id: 'ho-ngheo',
      title: { vi: 'Hộ nghèo' },
      when: {
        properties: { thongTinHo: { properties: { hoNgheo: { const: true } }, required: ['hoNgheo'] } },
      },
      documents: [{ id: 'giay-ho-ngheo', name: { vi: 'Giấy chứng nhận hộ nghèo' }, originals: 0, copies: 1 }],
    },
  ],
  form: {
    schema: formSchema,
    prefill: [
      { target: '/hoTen', source: 'population', attribute: 'fullName', locked: true },
      { target: '/soDinhDanh', source: 'population', attribute: 'personalId', locked: true },
      { target: '/ngaySinh', source: 'population', attribute: 'birthDate' },
    ],
  },
  result: { name: { vi: 'Giấy xác nhận' }, forms: ['electronic'], delivery: ['online'] },
  steps: [{ title: { vi: 'Nộp hồ sơ trực tuyến' }, actor: 'applicant' }],
  legalBasis: [legal],
  tests: [],
};

const policy = {
  resolution: { number: '1/NQ-HĐND' },
  summary: { vi: 'Thử' },
  channels: ['online' as const],
  effectiveTo: null,
};

export const catalog: CatalogContext = {
  registry: registryJson as unknown as Registry,
  policies: [
    {
      ...policy,
      id: 'ha-noi-0d',
      jurisdiction: 'ha-noi',
      effectiveFrom: '2025-01-01',
      covers: { setBy: ['council'] },
      effect: { type: 'set-zero' },
    },
    {
      ...policy,
      id: 'vn-50-ban-sao',
      jurisdiction: 'viet-nam',
      effectiveFrom: '2025-01-01',
      covers: { categories: ['khai-thac-ho-tich'] },
      effect: { type: 'percent-off', percent: 50 },
    },
  ],
};

export const citizen: CitizenData = {
  personalId: validAnswers.soDinhDanh,
  attributes: {
    population: {
      fullName: validAnswers.hoTen,
      personalId: validAnswers.soDinhDanh,
      birthDate: validAnswers.ngaySinh,
    },
  },
  records: [
    { source: 'population', record: 'can-cuoc', id: 'CC-1' },
    { source: 'residence', record: 'thong-tin-cu-tru', id: 'CT-1' },
  ],
};

const base = {
  channel: 'online',
  citizen,
  date: '2026-03-02',
  documents: [{ document: 'anh-the', type: 'image/jpeg', size: 180_000 }],
};
export const validInput: SubmissionInput = { ...base, answers: validAnswers };
export const invalidInput: SubmissionInput = { ...base, answers: invalidAnswers };
