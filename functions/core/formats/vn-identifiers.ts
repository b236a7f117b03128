/**
 * Vietnamese identifier formats, as pure predicates so the browser, the server and the CLI check
 * them identically (see catalogs/README.md, "Formats", and domain.md, "Identifier formats").
 */

const PERSONAL_ID = /^\d{12}$/;
const LEGACY_ID = /^\d{9}$/;
const TAX_10 = /^\d{10}$/;
const TAX_13 = /^(\d{10})-(\d{3})$/;
const MOBILE = /^(?:0|\+84)[35789]\d{8}$/;
const TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * Personal ID number (số định danh cá nhân): 12 digits, no check digit. Digit 4 encodes century
 * and sex (any digit 0–9 is defined) and digits 5–6 the birth year, so the structure is fully
 * described by "12 digits"; province codes are deliberately not hard-coded.
 */
export function isPersonalId(value: string): boolean {
  return PERSONAL_ID.test(value);
}

/** Old 9-digit identity card number (CMND), still found in legacy records. */
export function isLegacyId(value: string): boolean {
  return LEGACY_ID.test(value);
}

/** The birth year and sex a personal ID encodes, e.g. 079203000123 → { year: 2003, sex: 'male' }. */
export function personalIdFacts(value: string): { birthYear: number; sex: 'male' | 'female' } | undefined {
  if (!isPersonalId(value)) return undefined;
  const code = Number(value[3]);
  // 0/1 = 1900s, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 1800s.
  const century = code >= 8 ? 1800 : 1900 + Math.floor(code / 2) * 100;
  return { birthYear: century + Number(value.slice(4, 6)), sex: code % 2 === 0 ? 'male' : 'female' };
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
 * amended for 2025), so a personal ID is accepted too.
 */
export function isTaxCode(value: string): boolean {
  if (TAX_10.test(value)) return taxCheckDigitOk(value);
  const m = TAX_13.exec(value);
  if (m) return m[2] !== '000' && taxCheckDigitOk(m[1]!);
  return isPersonalId(value);
}

/** Vietnamese mobile number: `0` or `+84`, then 3, 5, 7, 8 or 9, then 8 digits. */
export function isMobile(value: string): boolean {
  return MOBILE.test(value);
}
