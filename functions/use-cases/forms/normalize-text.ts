/**
 * Vietnamese users often type without diacritics ("dang ky khai sinh"), so search compares text
 * with accents removed. `đ` is a separate letter, not a composed one, and needs its own mapping.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
