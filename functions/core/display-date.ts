/** A catalog date (YYYY-MM-DD) as people read it: `15/01/2026` in Vietnamese, `15 Jan 2026` in English. */
import type { Message } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Both readings of a date; anything that does not start with YYYY-MM-DD is returned unchanged.
 *
 * @example displayDate('2025-09-29') // { vi: '29/09/2025', en: '29 Sep 2025' }
 */
export function displayDate(value: string): Message {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return { vi: value, en: value };
  const [, y, mo, d] = m;
  return { vi: `${d}/${mo}/${y}`, en: `${Number(d)} ${MONTHS[Number(mo) - 1] ?? mo} ${y}` };
}
