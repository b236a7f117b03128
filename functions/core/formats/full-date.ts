/**
 * The `date` format exactly as ajv-formats defines it in full mode (RFC 3339 full-date:
 * YYYY-MM-DD with ASCII digits, a month 01–12 and a day that exists in that month, leap years
 * by the Gregorian rule), read from character codes. ajv-formats matches a regular expression
 * and converts three captured strings per value; every date field of every submission goes
 * through this, so it does the same check without allocating (issue 11).
 */
const ZERO = 48;
const DASH = 45;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The number written by the ASCII digits `s[from…to)`, or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** True when `s` is a full-date: what ajv-formats' `fullFormats.date.validate` answers. */
export function isFullDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS[month]!);
}
