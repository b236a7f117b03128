/** Vietnamese and English words the validation messages are built from. */
import type { Message } from '../types';

export const typeNames: Record<string, Message> = {
  string: { vi: 'chuỗi ký tự', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  integer: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'giá trị có/không', en: 'yes or no' },
  object: { vi: 'nhóm thông tin', en: 'a group of fields' },
  array: { vi: 'danh sách', en: 'a list' },
  null: { vi: 'để trống', en: 'empty' },
};

/** What each format expects, said so a citizen can correct the value. */
export const formatHints: Record<string, Message> = {
  'vn-personal-id': {
    vi: 'Số định danh cá nhân gồm 12 chữ số: mã tỉnh nơi đăng ký khai sinh (001–096), chữ số thế kỷ và giới tính, hai chữ số năm sinh (không sau năm nộp hồ sơ) và 6 chữ số',
    en: 'A personal ID number has 12 digits: the code of the province of birth registration (001–096), a century and sex digit, two digits of the birth year (not after the filing year) and 6 digits',
  },
  'vn-legacy-id': {
    vi: 'Số chứng minh nhân dân cũ phải gồm 9 chữ số',
    en: 'An old ID card number has 9 digits',
  },
  'vn-tax-code': {
    vi: 'Mã số thuế phải gồm 10 chữ số với chữ số kiểm tra đúng, 13 ký tự dạng XXXXXXXXXX-YYY, hoặc là số định danh cá nhân hợp lệ (12 chữ số)',
    en: 'A tax code has 10 digits with a correct check digit, 13 as XXXXXXXXXX-YYY, or is a valid 12-digit personal ID number',
  },
  'vn-mobile': {
    vi: 'Số điện thoại di động gồm 10 chữ số (hoặc +84 và 9 chữ số), với đầu số của một mạng di động đang hoạt động',
    en: 'A mobile number has 10 digits (or +84 and 9 digits) and starts with the prefix of a mobile network in service',
  },
  date: {
    vi: 'Ngày phải là ngày có thật, viết theo dạng YYYY-MM-DD',
    en: 'A date must be a real date written YYYY-MM-DD',
  },
  'date-time': {
    vi: 'Thời điểm phải theo dạng ISO 8601 có múi giờ, ví dụ 2025-01-01T10:00:00+07:00',
    en: 'A date-time must be ISO 8601 with its offset, e.g. 2025-01-01T10:00:00+07:00',
  },
  time: {
    vi: 'Giờ phải theo dạng HH:MM:SS có múi giờ, ví dụ 10:00:00+07:00',
    en: 'A time must be HH:MM:SS with its offset, e.g. 10:00:00+07:00',
  },
  email: { vi: 'Địa chỉ thư điện tử không hợp lệ', en: 'The email address is not valid' },
  uri: { vi: 'Địa chỉ trang web không hợp lệ', en: 'The web address is not valid' },
};

/** Lists values for a message: "a", "b", "c". */
export function listValues(values: unknown): string {
  const list = Array.isArray(values) ? values : [values];
  return list.map((v) => JSON.stringify(v)).join(', ');
}
