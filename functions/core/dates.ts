/**
 * Calendar dates as the catalog writes them: YYYY-MM-DD, Vietnam local date, no time zone.
 * Comparing two valid dates as strings orders them correctly, so the hot paths do that.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a valid calendar date, else undefined (e.g. 2025-02-30). */
export function dayNumber(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return Math.round(t / DAY_MS);
}

let lastValid = '';

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: unknown): value is string {
  // A server checks the same filing date for every submission of the day: remember the last one.
  if (value === lastValid && value !== '') return true;
  const ok = dayNumber(value) !== undefined;
  if (ok) lastValid = value as string;
  return ok;
}
