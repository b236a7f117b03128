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
    vi: 'Số định danh cá nhân phải gồm 12 chữ số',
    en: 'A personal ID number has 12 digits',
  },
  'vn-legacy-id': {
    vi: 'Số chứng minh nhân dân cũ phải gồm 9 chữ số',
    en: 'An old ID card number has 9 digits',
  },
  'vn-tax-code': {
    vi: 'Mã số thuế phải gồm 10 chữ số với chữ số kiểm tra đúng, hoặc 13 ký tự dạng XXXXXXXXXX-YYY',
    en: 'A tax code has 10 digits with a correct check digit, or 13 as XXXXXXXXXX-YYY',
  },
  'vn-mobile': {
    vi: 'Số điện thoại di động phải bắt đầu bằng 0 hoặc +84, tiếp theo là 3, 5, 7, 8 hoặc 9 và 8 chữ số',
    en: 'A mobile number starts with 0 or +84, then 3, 5, 7, 8 or 9, then 8 digits',
  },
  date: {
    vi: 'Ngày phải là ngày có thật, viết theo dạng YYYY-MM-DD',
    en: 'A date must be a real date written YYYY-MM-DD',
  },
  'date-time': { vi: 'Thời điểm phải theo dạng ISO 8601', en: 'A date-time must be in ISO 8601 form' },
  time: { vi: 'Giờ phải theo dạng HH:MM:SS', en: 'A time must be HH:MM:SS' },
  email: { vi: 'Địa chỉ thư điện tử không hợp lệ', en: 'The email address is not valid' },
  uri: { vi: 'Địa chỉ trang web không hợp lệ', en: 'The web address is not valid' },
};

/** Lists values for a message: "a", "b", "c". */
export function listValues(values: unknown): string {
  const list = Array.isArray(values) ? values : [values];
  return list.map((v) => JSON.stringify(v)).join(', ');
}
