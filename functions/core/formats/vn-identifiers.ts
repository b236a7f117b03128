/**
 * Vietnamese identifier formats, as pure predicates so the browser, the server and the CLI check
 * them identically (see catalogs/README.md, "Formats", and domain.md, "Identifier formats"). The
 * official tables they check against are data in ./tables, each citing its source.
 */
import { vnMobilePrefixes } from './tables/vn-mobile-prefixes';
import { vnCenturyOfDigit, vnProvinceCodes } from './tables/vn-province-codes';

const LEGACY_ID = /^\d{9}$/;
const TAX_10 = /^\d{10}$/;
const TAX_13 = /^(\d{10})-(\d{3})$/;
const TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/*
 * These formats run on every identifier of every submission, so the tables are indexed by number
 * once here and the checks read character codes: no regular expression, slice or object per call.
 */
const ZERO = 48;
/** assignedProvince[n] when `n` (0–999) is an assigned province code. */
const assignedProvince = new Uint8Array(1000);
for (const code of Object.keys(vnProvinceCodes)) assignedProvince[Number(code)] = 1;
/** mobileNetwork[n] when `0n` (n = 0–99, the two digits after 0) is a mobile prefix in use. */
const mobileNetwork = new Uint8Array(100);
for (const prefix of Object.values(vnMobilePrefixes).flat()) {
  if (/^0\d\d$/.test(prefix)) mobileNetwork[Number(prefix.slice(1))] = 1;
}

/** The century of the fourth digit, copied into this module's own array. */
const centuryOf = Int32Array.from(vnCenturyOfDigit);

/** The digit at `i` (0–9), or -1 when the character is not an ASCII digit. */
function digitAt(value: string, i: number): number {
  const d = value.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

/** True when `value[from…to)` are all ASCII digits. */
function allDigits(value: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (digitAt(value, i) < 0) return false;
  return true;
}

/** The birth year a valid personal ID encodes, or -1 (not 12 digits, province never assigned). */
function personalIdBirthYear(value: string): number {
  if (value.length !== 12 || !allDigits(value, 0, 12)) return -1;
  const province = digitAt(value, 0) * 100 + digitAt(value, 1) * 10 + digitAt(value, 2);
  if (assignedProvince[province] !== 1) return -1;
  return centuryOf[digitAt(value, 3)]! + digitAt(value, 4) * 10 + digitAt(value, 5);
}

/**
 * The birth year and sex a personal ID encodes, e.g. 079203000123 → { year: 2003, sex: 'male' }.
 * Undefined when the number is not 12 digits or its province code was never assigned.
 */
export function personalIdFacts(value: string): { birthYear: number; sex: 'male' | 'female' } | undefined {
  const birthYear = personalIdBirthYear(value);
  if (birthYear < 0) return undefined;
  return { birthYear, sex: digitAt(value, 3) % 2 === 0 ? 'male' : 'female' };
}

/**
 * Personal ID number (số định danh cá nhân): 12 digits, no check digit; an assigned province
 * code (tables/vn-province-codes.ts), then the century/sex digit and the birth year, which must
 * not be after the year of `date` (the filing date, YYYY-MM-DD) when one is given.
 */
export function isPersonalId(value: string, date?: string): boolean {
  const birthYear = personalIdBirthYear(value);
  if (birthYear < 0) return false;
  return date === undefined || birthYear <= yearOf(date);
}

// Every identifier of a submission is checked against the same filing date: keep its year.
let lastDate = '';
let lastYear = 0; // Number('')

function yearOf(date: string): number {
  if (date !== lastDate) {
    lastYear = Number(date.slice(0, 4));
    lastDate = date;
  }
  return lastYear;
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
  let at: number;
  if (value.length === 10 && value.charCodeAt(0) === ZERO) at = 1;
  else if (value.length === 12 && value.startsWith('+84')) at = 3;
  else return false;
  return (
    allDigits(value, at, value.length) &&
    mobileNetwork[digitAt(value, at) * 10 + digitAt(value, at + 1)] === 1
  );
}
