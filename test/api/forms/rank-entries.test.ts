/** The tiers of the search order, on normalised texts. */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../functions/use-cases/forms/normalize-text';
import { matchTier, rankEntries } from '../../../functions/use-cases/forms/rank-entries';

const entry = (names: string, rest = '') => ({
  names: normalizeText(names),
  all: normalizeText(`${names} ${rest}`),
});

describe('matchTier', () => {
  it('puts the whole phrase in the name first, then its words in the name, then the phrase elsewhere', () => {
    expect(matchTier('khai sinh', entry('Thủ tục đăng ký khai sinh'))).toBe(0);
    expect(matchTier('sinh khai', entry('Thủ tục đăng ký khai sinh'))).toBe(1);
    expect(matchTier('khai sinh', entry('Cấp bản sao Trích lục', 'khai sinh'))).toBe(2);
    expect(matchTier('khai sinh', entry('Cấp bản sao', 'khai tử, sinh con'))).toBe(3);
  });

  it('matches whole words only for the phrase tiers', () => {
    // "khai sinhx" is not the phrase "khai sinh"; its words still occur in the name.
    expect(matchTier('khai sinh', entry('Khai sinhx'))).toBe(1);
    expect(matchTier('dang ky', entry('Đăng ký thường trú'))).toBe(0);
  });
});

describe('rankEntries', () => {
  it('orders by tier, then the shorter name, then the given order', () => {
    const items = [
      entry('Cấp bản sao Trích lục hộ tịch', 'khai sinh'),
      entry('Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh'),
      entry('Thủ tục đăng ký khai sinh'),
      entry('Khai sinh, đăng ký lại'),
      entry('Đăng ký lại, khai sinh'),
    ];
    const ranked = rankEntries(items, 'khai sinh', (e) => e);
    expect(ranked).toEqual([items[3], items[4], items[2], items[1], items[0]]);
  });

  it('returns the items unchanged for an empty query', () => {
    const items = [entry('B'), entry('A')];
    expect(rankEntries(items, '  ', (e) => e)).toEqual(items);
  });
});
