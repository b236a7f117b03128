/**
 * Vietnamese identifier formats, as pure predicates so the browser, the server and the CLI check
 * them identically (see catalogs/README.md, "Formats", and domain.md, "Identifier formats"). The
 * official tables they check against are data in ./tables, each citing its source.
 */
import { vnMobilePrefixes } from './tables/vn-mobile-prefixes';
import { vnCenturyOfDigit, vnProvinceCodes } from './tables/vn-province-codes';

const PERSONAL_ID = /^\d{12}$/;
const LEGACY_ID = /^\d{9}$/;
const TAX_10 = /^\d{10}$/;
const TAX_13 = /^(\d{10})-(\d{3})$/;
const MOBILE = /^(?:0|\+84)(\d{2})\d{7}$/;
const TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;
const mobilePrefixes = new Set(Object.values(vnMobilePrefixes).flat());

/**
 * The birth year and sex a personal ID encodes, e.g. 079203000123 → { year: 2003, sex: 'male' }.
 * Undefined when the number is not 12 digits or its province code was never assigned.
 */
export function personalIdFacts(value: string): { birthYear: number; sex: 'male' | 'female' } | undefined {
  if (!PERSONAL_ID.test(value) || !(value.slice(0, 3) in vnProvinceCodes)) return undefined;
  const code = Number(value[3]);
  return {
    birthYear: vnCenturyOfDigit[code]! + Number(value.slice(4, 6)),
    sex: code % 2 === 0 ? 'male' : 'female',
  };
}

/**
 * Personal ID number (số định danh cá nhân): 12 digits, no check digit; an assigned province
 * code (tables/vn-province-codes.ts), then the century/sex digit and the birth year, which must
 * not be after the year of `date` (the filing date, YYYY-MM-DD) when one is given.
 */
export function isPersonalId(value: string, date?: string): boolean {
  const facts = personalIdFacts(value);
  if (!facts) return false;
  return date === undefined || facts.birthYear <= Number(date.slice(0, 4));
}

/** Old 9-digit identity card number (CMND), still found in legacy records. */
export function isLegacyId(value: string): boolean {
  return LEGACY_ID.test(value);
}

/** True when the ten digits carry a correct tax-code check digit (weights 31…3, mod 11). */
function taxCheckDigitOk(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(ten[i]) * TAX_WEIGHTS[i]!;
  const rest = sum % 11;
  if (rest === 0) return false;
  return Number(ten[9]) === 10 - rest;
}

/**
 * Tax code (mã số thuế): 10 digits with a check digit, or a branch `XXXXXXXXXX-YYY` (YYY ≠ 000).
 * Individuals may use their 12-digit personal ID as tax code (Law on Tax Administration as
 * amended for 2025), so a valid personal ID is accepted too — not just any 12 digits.
 */
export function isTaxCode(value: string, date?: string): boolean {
  if (TAX_10.test(value)) return taxCheckDigitOk(value);
  const m = TAX_13.exec(value);
  if (m) return m[2] !== '000' && taxCheckDigitOk(m[1]!);
  return isPersonalId(value, date);
}

/**
 * Vietnamese mobile number: `0` or `+84`, a network prefix in use (tables/vn-mobile-prefixes.ts),
 * then 7 digits — 10 digits in the national form.
 */
export function isMobile(value: string): boolean {
  const m = MOBILE.exec(value);
  return m !== null && mobilePrefixes.has(`0${m[1]}`);
}
