/** Number and date formatting for people (Vietnamese conventions in both languages for money). */
import type { Lang } from './lang';

/** Formats an integer amount of đồng: `50.000 đ` (vi) or `50,000 VND` (en). */
export function formatMoney(amount: number, lang: Lang): string {
  return lang === 'vi' ? `${amount.toLocaleString('vi-VN')} đ` : `${amount.toLocaleString('en-US')} VND`;
}

/** Formats YYYY-MM-DD (or an ISO timestamp) as a local calendar date: 22/11/2026 or 22 Nov 2026. */
export function formatDate(value: string | undefined, lang: Lang): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (lang === 'vi') return `${d}/${mo}/${y}`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(d)} ${months[Number(mo) - 1] ?? mo} ${y}`;
}
