/** Number and date formatting for people (Vietnamese conventions in both languages for money). */
import { displayDate } from '../../../functions/core/display-date';
import type { Lang } from './lang';

// One formatter each: toLocaleString builds a new Intl.NumberFormat on every call (slow in a
// preview that re-renders fee lists on each keystroke).
const viNumber = new Intl.NumberFormat('vi-VN');
const enNumber = new Intl.NumberFormat('en-US');

/** Formats an integer amount of đồng: `50.000 đ` (vi) or `50,000 VND` (en). */
export function formatMoney(amount: number, lang: Lang): string {
  return lang === 'vi' ? `${viNumber.format(amount)} đ` : `${enNumber.format(amount)} VND`;
}

/** Formats YYYY-MM-DD (or an ISO timestamp) as a calendar date: 22/11/2026 or 22 Nov 2026. */
export function formatDate(value: string | undefined, lang: Lang): string {
  return value ? displayDate(value)[lang] : '';
}
