/**
 * The Vietnamese identifier formats against the official tables they cite
 * (functions/core/formats/tables): every possible province code and mobile prefix is tried, so a
 * table entry that the check ignores, or a code the check lets through without a table entry,
 * fails here.
 */
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { atFilingDate } from '../../functions/core/formats/filing-date';
import { vnMobilePrefixes } from '../../functions/core/formats/tables/vn-mobile-prefixes';
import { vnCenturyOfDigit, vnProvinceCodes } from '../../functions/core/formats/tables/vn-province-codes';
import {
  isMobile,
  isPersonalId,
  isTaxCode,
  personalIdFacts,
  registerFormats,
} from '../../functions/core/index';

const three = (n: number) => String(n).padStart(3, '0');

describe('vn-personal-id and the province codes of Thông tư 07/2016 as amended by 59/2021', () => {
  it('lists the 63 provinces, from 001 Hà Nội to 096 Cà Mau', () => {
    expect(Object.keys(vnProvinceCodes)).toHaveLength(63);
    expect(vnProvinceCodes['001']).toBe('Hà Nội');
    expect(vnProvinceCodes['079']).toBe('Hồ Chí Minh');
    expect(vnProvinceCodes['096']).toBe('Cà Mau');
  });

  it('accepts a number exactly when its first three digits are an assigned province code', () => {
    for (let n = 0; n < 1000; n++) {
      const code = three(n);
      expect(isPersonalId(`${code}203000123`), code).toBe(code in vnProvinceCodes);
    }
    for (const unassigned of ['000', '003', '097', '999'])
      expect(isPersonalId(`${unassigned}203000123`)).toBe(false);
  });

  it('reads the century and sex digit 0–9 as the circular says (8 is the 2300s, not the 1800s)', () => {
    const expected = [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 2300, 2300];
    expect(vnCenturyOfDigit).toEqual(expected);
    for (let digit = 0; digit <= 9; digit++) {
      expect(personalIdFacts(`001${digit}45000001`)).toEqual({
        birthYear: expected[digit]! + 45,
        sex: digit % 2 === 0 ? 'male' : 'female',
      });
    }
    expect(personalIdFacts('001885000001')?.birthYear).toBe(2385);
  });

  it('refuses a birth year after the filing date, and accepts one up to its year', () => {
    expect(isPersonalId('079226000123', '2026-01-01')).toBe(true);
    expect(isPersonalId('079227000123', '2026-12-31')).toBe(false);
    expect(isPersonalId('001885000001', '2026-12-02')).toBe(false);
    // Without a date only the structure is checked (a date is always given when validating a dossier).
    expect(isPersonalId('079227000123')).toBe(true);
  });

  it('gives Ajv the filing date of the running validation', () => {
    const validate = registerFormats(new Ajv2020()).compile({ type: 'string', format: 'vn-personal-id' });
    expect(atFilingDate('2026-12-02', () => validate('079226000123'))).toBe(true);
    expect(atFilingDate('2025-06-01', () => validate('079226000123'))).toBe(false);
  });
});

describe('vn-tax-code', () => {
  it('takes a 12-digit number as a tax code only when it is a valid personal ID', () => {
    expect(isTaxCode('001203000123', '2026-12-02')).toBe(true);
    expect(isTaxCode('000000000000')).toBe(false);
    expect(isTaxCode('097203000123')).toBe(false);
    expect(isTaxCode('001299000123', '2026-12-02')).toBe(false);
  });
});

describe('vn-mobile and the network prefixes in use', () => {
  const inUse = new Set(Object.values(vnMobilePrefixes).flat());

  it('has each prefix on one network only', () => {
    expect(inUse.size).toBe(Object.values(vnMobilePrefixes).flat().length);
  });

  it('accepts a number exactly when its prefix is in the table, in national and +84 form', () => {
    for (let n = 0; n < 100; n++) {
      const prefix = `0${String(n).padStart(2, '0')}`;
      expect(isMobile(`${prefix}1234567`), prefix).toBe(inUse.has(prefix));
      expect(isMobile(`+84${prefix.slice(1)}1234567`), prefix).toBe(inUse.has(prefix));
    }
  });

  it('refuses the unassigned prefixes the review found', () => {
    for (const prefix of ['030', '031', '050', '053', '071', '075', '080'])
      expect(isMobile(`${prefix}1234567`)).toBe(false);
    for (const prefix of ['032', '039', '055', '059', '087', '099'])
      expect(isMobile(`${prefix}1234567`)).toBe(true);
  });
});
