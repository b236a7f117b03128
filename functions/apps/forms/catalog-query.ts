import { BadRequestError } from '../../errors';
import { type CatalogQuery, MAX_PAGE_SIZE } from '../../use-cases/forms/search-catalog';

const MAX_LENGTH = 200;
const MAX_IDS = 100;
const MAX_PAGE = 10_000;

/**
 * Reads the catalog search's query string; over-long values, a non-boolean flag and a page or page
 * size that is not a whole number in range are 400s with a message saying what is accepted.
 */
export function parseCatalogQuery(query: Record<string, string>): CatalogQuery {
  const result: CatalogQuery = {};
  for (const name of ['q', 'field', 'level', 'agency', 'onlineLevel'] as const) {
    const value = query[name];
    if (value === undefined || value === '') continue;
    if (value.length > MAX_LENGTH) {
      throw new BadRequestError('query.too-long', {
        vi: `Tham số "${name}" dài quá ${MAX_LENGTH} ký tự.`,
        en: `The "${name}" parameter is longer than ${MAX_LENGTH} characters.`,
      });
    }
    result[name] = value;
  }
  const zero = query.zeroFeeOnline;
  if (zero !== undefined && zero !== '') {
    if (zero !== 'true' && zero !== 'false') {
      throw new BadRequestError('query.invalid-boolean', {
        vi: 'Tham số "zeroFeeOnline" chỉ nhận "true" hoặc "false".',
        en: 'The "zeroFeeOnline" parameter must be "true" or "false".',
      });
    }
    result.zeroFeeOnline = zero === 'true';
  }
  const ids = query.ids;
  if (ids !== undefined && ids !== '') {
    const list = [...new Set(ids.split(',').filter(Boolean))];
    if (list.length > MAX_IDS || list.some((id) => id.length > MAX_LENGTH)) {
      throw new BadRequestError('query.too-many-ids', {
        vi: `Tham số "ids" nhận tối đa ${MAX_IDS} mã thủ tục, mỗi mã không quá ${MAX_LENGTH} ký tự.`,
        en: `The "ids" parameter takes at most ${MAX_IDS} procedure ids of at most ${MAX_LENGTH} characters each.`,
      });
    }
    result.ids = list;
  }
  const page = wholeNumber(query.page, 'page', 1, MAX_PAGE);
  if (page !== undefined) result.page = page;
  const pageSize = wholeNumber(query.pageSize, 'pageSize', 1, MAX_PAGE_SIZE);
  if (pageSize !== undefined) result.pageSize = pageSize;
  return result;
}

function wholeNumber(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= min && n <= max)) {
    throw new BadRequestError('query.invalid-page', {
      vi: `Tham số "${name}" phải là số nguyên từ ${min} đến ${max.toLocaleString('vi-VN')}.`,
      en: `The "${name}" parameter must be a whole number from ${min} to ${max.toLocaleString('en-US')}.`,
    });
  }
  return n;
}
