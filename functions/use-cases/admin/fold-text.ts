/**
 * Accent-insensitive text folding for search. Vietnamese officers often type without diacritics
 * ("dang ky khai sinh"), so both the query and the searched text are folded the same way:
 * NFD + dropping combining marks handles every tone and vowel mark, but "đ" is a letter of its
 * own (not d + a mark), so it is mapped explicitly.
 */

/** @example foldText('Đăng ký Khai sinh') === 'dang ky khai sinh' */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in one of the texts (after folding). */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.map(foldText).join(' \u0000 ');
  return words.every((word) => haystack.includes(word));
}
