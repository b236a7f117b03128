/** Formats an amount of đồng the Vietnamese way. Example: 8000 → "8.000 đ". */
export function formatDong(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;
}
