import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  isMobile,
  isPersonalId,
  isTaxCode,
  personalIdFacts,
  registerFormats,
} from '../../functions/core/index';

describe('Vietnamese identifier formats', () => {
  it('accepts a 12-digit personal ID and reads its century, sex and year', () => {
    expect(isPersonalId('079203000123')).toBe(true);
    expect(personalIdFacts('079203000123')).toEqual({ birthYear: 2003, sex: 'male' });
    expect(personalIdFacts('001185000001')).toEqual({ birthYear: 1985, sex: 'female' });
    for (const bad of ['07920300012', '0792030001234', '07920300012a', ' 079203000123'])
      expect(isPersonalId(bad)).toBe(false);
  });

  it('checks the tax code check digit (weights 31…3, mod 11) and the branch suffix', () => {
    expect(isTaxCode('0100109106')).toBe(true); // 29 + 17 + 63 + 5 = 114, 114 mod 11 = 4, 10 − 4 = 6
    expect(isTaxCode('0100109107')).toBe(false);
    expect(isTaxCode('0100109106-001')).toBe(true);
    expect(isTaxCode('0100109106-000')).toBe(false);
    expect(isTaxCode('0100109107-001')).toBe(false);
    expect(isTaxCode('0100109106001')).toBe(false);
    // A body whose weighted sum is a multiple of 11 has no valid check digit.
    expect(isTaxCode('0000000000')).toBe(false);
    expect(isTaxCode('001203000123')).toBe(true); // an individual's personal ID
    expect(isTaxCode('000000000000')).toBe(false); // …but not any 12 digits
  });

  it('accepts Vietnamese mobile numbers only', () => {
    for (const ok of ['0912345678', '+84912345678', '0387654321', '0551234567', '0701234567', '0861234567'])
      expect(isMobile(ok)).toBe(true);
    for (const bad of ['0212345678', '091234567', '09123456789', '84912345678', '+840912345678'])
      expect(isMobile(bad)).toBe(false);
  });

  it('registers the same checks as Ajv formats, with real calendar dates', () => {
    const ajv = registerFormats(new Ajv2020());
    const date = ajv.compile({ type: 'string', format: 'date' });
    expect(date('2024-02-29')).toBe(true);
    expect(date('2025-02-29')).toBe(false);
    const tax = ajv.compile({ type: 'string', format: 'vn-tax-code' });
    expect(tax('0100109106')).toBe(true);
    expect(tax('0100109107')).toBe(false);
  });
});
