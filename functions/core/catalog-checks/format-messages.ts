/**
 * Vietnamese and English messages for Ajv errors against the catalog format. ajv-i18n has no
 * Vietnamese, and officers read these first, so each keyword gets a sentence of its own.
 */
import type { ErrorObject } from 'ajv';
import type { Message } from '../types';
import { q } from './problem';

const typeNames: Record<string, Message> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  integer: { vi: 'số nguyên', en: 'an integer' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'true/false', en: 'true or false' },
  object: { vi: 'đối tượng {…}', en: 'an object {…}' },
  array: { vi: 'mảng […]', en: 'an array […]' },
  null: { vi: 'null', en: 'null' },
};

/** Names a JSON type (or a list of them) in both languages. */
export function typeName(types: string | string[]): Message {
  const list = (Array.isArray(types) ? types : String(types).split(',')).map(
    (t) => typeNames[t] ?? { vi: t, en: t },
  );
  return { vi: list.map((t) => t.vi).join(' hoặc '), en: list.map((t) => t.en).join(' or ') };
}

// What officers read for the format's own patterns (catalogs/schema/common.schema.json and the
// codes in procedure.schema.json) instead of a regular expression; the same sentence for a date
// of the wrong shape and one that does not exist, so a file's 2027-02-31 gets one problem.
const dateMessage: Message = {
  vi: 'Phải là một ngày có thật, viết YYYY-MM-DD (ví dụ 2027-03-31); trong trình soạn gõ dd/mm/yyyy',
  en: 'Must be a real calendar day written YYYY-MM-DD (e.g. 2027-03-31); in the builder type dd/mm/yyyy',
};
const namedPatterns: Record<string, Message> = {
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$': dateMessage,
  '^[a-z0-9]+(-[a-z0-9]+)*$': {
    vi: 'Chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang giữa các từ (ví dụ ho-tich)',
    en: 'Lower-case ASCII letters, digits and single dashes between words only (e.g. ho-tich)',
  },
  '^[0-9]\\.[0-9]{6}$': {
    vi: 'Mã thủ tục quốc gia gồm một chữ số, dấu chấm và sáu chữ số (ví dụ 1.001193)',
    en: 'A national procedure code is a digit, a dot and six digits (e.g. 1.001193)',
  },
  '^[0-9]{12}$': {
    vi: 'Số định danh cá nhân gồm đúng 12 chữ số',
    en: 'A personal ID number is exactly 12 digits',
  },
};

const list = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** The message for one Ajv error; unknown keywords fall back to Ajv's English text. */
export function formatMessage(error: ErrorObject): Message {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        vi: `Thiếu thuộc tính bắt buộc ${q.vi(p.missingProperty)}`,
        en: `Required property ${q.en(p.missingProperty)} is missing`,
      };
    case 'additionalProperties':
      return {
        vi: `Thuộc tính ${q.vi(p.additionalProperty)} không có trong định dạng (gõ sai tên?)`,
        en: `Property ${q.en(p.additionalProperty)} is not part of the format (misspelt?)`,
      };
    case 'type': {
      const t = typeName(p.type as string);
      return { vi: `Phải là ${t.vi}`, en: `Must be ${t.en}` };
    }
    case 'enum':
      return {
        vi: `Giá trị phải là một trong: ${list(p.allowedValues as unknown[])}`,
        en: `Must be one of: ${list(p.allowedValues as unknown[])}`,
      };
    case 'const':
      return {
        vi: `Giá trị phải là ${JSON.stringify(p.allowedValue)}`,
        en: `Must be ${JSON.stringify(p.allowedValue)}`,
      };
    case 'pattern':
      return (
        namedPatterns[String(p.pattern)] ?? {
          vi: `Không đúng định dạng (mẫu ${p.pattern})`,
          en: `Does not match the expected format (pattern ${p.pattern})`,
        }
      );
    case 'format':
      // the only format in the catalog's schemas is IsoDate's `date`
      return p.format === 'date'
        ? dateMessage
        : { vi: `Không đúng định dạng ${p.format}`, en: `Is not a valid ${p.format}` };
    case 'minLength':
      return { vi: `Phải có ít nhất ${p.limit} ký tự`, en: `Must have at least ${p.limit} characters` };
    case 'maxLength':
      return {
        vi: `Không được dài quá ${p.limit} ký tự`,
        en: `Must not be longer than ${p.limit} characters`,
      };
    case 'minimum':
      return { vi: `Phải lớn hơn hoặc bằng ${p.limit}`, en: `Must be at least ${p.limit}` };
    case 'maximum':
      return { vi: `Phải nhỏ hơn hoặc bằng ${p.limit}`, en: `Must be at most ${p.limit}` };
    case 'minItems':
      return { vi: `Phải có ít nhất ${p.limit} phần tử`, en: `Must have at least ${p.limit} items` };
    case 'maxItems':
      return { vi: `Không được có quá ${p.limit} phần tử`, en: `Must not have more than ${p.limit} items` };
    case 'uniqueItems':
      return {
        vi: `Phần tử ${p.j} và ${p.i} trùng nhau`,
        en: `Items ${p.j} and ${p.i} are duplicates`,
      };
    case 'minProperties':
      return { vi: `Phải có ít nhất ${p.limit} thuộc tính`, en: `Must have at least ${p.limit} properties` };
    case 'oneOf':
    case 'anyOf':
      return { vi: 'Không khớp với dạng nào được phép', en: 'Does not match any of the allowed shapes' };
    default:
      return {
        vi: `Không hợp lệ (${error.keyword}): ${error.message ?? ''}`,
        en: error.message ?? 'Invalid',
      };
  }
}
