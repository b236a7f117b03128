import { BadRequestError } from '../../errors';
import type { CatalogQuery } from '../../use-cases/forms/search-catalog';

const MAX_LENGTH = 200;

/** Reads the catalog search's query string; over-long values and a non-boolean flag are 400s. */
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
  return result;
}
