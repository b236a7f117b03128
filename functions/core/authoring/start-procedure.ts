/**
 * Starting a new procedure (builder "Thủ tục mới"): from blank, or from another procedure choosing
 * which parts to carry over. Pure, so the builder, the API tests and the CLI build the same draft.
 * A blank draft already follows the format (the API refuses anything else), with one placeholder
 * step, document and legal reference the officer then edits.
 */
import type { Procedure } from '../types';
import { LEGAL_BASIS_PLACEHOLDER } from './placeholders';

/** What the guided dialog asks for. */
export interface NewProcedureIdentity {
  id: string;
  code: string;
  name: { vi: string; en: string };
  field: string;
  level: string;
  agency: string;
  onlineLevel?: Procedure['onlineLevel'];
  /** Number of the legal document the procedure rests on (e.g. 68/2020/QH14). */
  legalBasis?: string;
}

/** The parts of a source procedure that may be carried over; the rest comes from the blank. */
export interface CarryOver {
  form: boolean;
  documents: boolean;
  fees: boolean;
  tests: boolean;
}

/** National procedure code (mã TTHC): one digit, a dot, six digits, e.g. 1.004222. */
export const PROCEDURE_CODE = /^[0-9]\.[0-9]{6}$/;
/** Ids are lower-case ASCII words joined by dashes. */
export const PROCEDURE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A format-valid draft with nothing but the identity and one placeholder of each required list.
 *
 * @example blankProcedure({ id: 'dang-ky-tam-tru', code: '1.004194', name: { vi: 'Đăng ký tạm trú', en: 'Temporary residence' }, field: 'cu-tru', level: 'xa', agency: 'ubnd-phuong-hoan-kiem' })
 */
export function blankProcedure(identity: NewProcedureIdentity): Procedure {
  const level = identity.onlineLevel ?? 'partial';
  return {
    formatVersion: 1,
    id: identity.id,
    code: identity.code,
    name: identity.name,
    field: identity.field,
    level: identity.level,
    agency: identity.agency,
    applicants: ['citizen'],
    onlineLevel: level,
    // Fees filed online must be payable online (Decree 42): the blank says so from the start.
    channels: [
      {
        channel: 'in-person',
        processingTime: { type: 'working-days', value: 3 },
        fees: [],
        payment: ['counter', 'online'],
      },
      ...(level === 'none'
        ? []
        : [
            {
              channel: 'online',
              processingTime: { type: 'working-days', value: 3 },
              fees: [],
              payment: ['online'],
            },
          ]),
    ],
    fees: [],
    documentCases: [
      {
        id: 'chung',
        title: { vi: 'Giấy tờ chung', en: 'Common documents' },
        documents: [
          {
            id: 'to-khai',
            name: { vi: 'Tờ khai', en: 'Application form' },
            originals: 1,
            copies: 0,
            submission: 'form',
          },
        ],
      },
    ],
    form: { schema: { type: 'object', properties: {} }, uiSchema: {} },
    result: {
      name: { vi: 'Kết quả giải quyết thủ tục', en: 'Decision on the application' },
      forms: ['electronic'],
      delivery: ['online'],
    },
    steps: [
      { title: { vi: 'Người dân nộp hồ sơ', en: 'The applicant files the dossier' }, actor: 'applicant' },
      { title: { vi: 'Cơ quan xem xét, giải quyết', en: 'The agency decides' }, actor: 'agency' },
    ],
    legalBasis: [{ number: identity.legalBasis?.trim() || LEGAL_BASIS_PLACEHOLDER }],
    tests: [],
  } as Procedure;
}

/**
 * A new draft from `source` under `identity`: the descriptive parts (description, steps, result,
 * conditions, legal basis, channels) always come along; form, documents, fees and tests only when
 * ticked. Channels keep only the fee lines that came along, so no dangling reference is created.
 */
export function procedureFrom(
  source: Procedure,
  identity: NewProcedureIdentity,
  carry: CarryOver,
): Procedure {
  const blank = blankProcedure(identity);
  const { localCode: _local, decision: _decision, sources: _sources, ...kept } = source;
  const fees = carry.fees ? source.fees : [];
  const feeIds = new Set(fees.map((f) => f.id));
  const next = {
    ...kept,
    ...blank,
    onlineLevel: identity.onlineLevel ?? source.onlineLevel,
    applicants: source.applicants,
    steps: source.steps,
    result: source.result,
    legalBasis: identity.legalBasis?.trim() ? blank.legalBasis : source.legalBasis,
    channels: source.channels.map((c) => ({ ...c, fees: c.fees.filter((id) => feeIds.has(id)) })),
    fees,
    form: carry.form ? source.form : blank.form,
    documentCases: carry.documents ? source.documentCases : blank.documentCases,
    tests: carry.tests ? source.tests : [],
  } as Procedure;
  // Derived facts read form answers: without the form they would point at nothing.
  if (!carry.form) delete next.derived;
  return next;
}

/**
 * An id proposed from a Vietnamese name: diacritics dropped, đ → d, words joined by dashes.
 *
 * @example slugFromName('Đăng ký tạm trú') // 'dang-ky-tam-tru'
 */
export function slugFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
