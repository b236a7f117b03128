/**
 * Orders search results the way a citizen expects: what they typed, found in the procedure's
 * name, comes before the same words found only in keywords or the agency. Searching "khai sinh"
 * puts "Thủ tục đăng ký khai sinh" above "Cấp bản sao Trích lục hộ tịch" (whose keywords mention
 * khai sinh). Within a tier a shorter name ranks first — the query is more of what it is about
 * ("Thủ tục đăng ký khai sinh" before "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh"),
 * the length normalisation of BM25 — and then the release's own order is kept.
 */
import { normalizeText } from './normalize-text';

/** What ranking reads of an entry, already normalised (see `normalizeText`). */
export interface RankedText {
  /** Vietnamese and English names. */
  names: string;
  /** Everything searchable: code, names, keywords, agency, field. */
  all: string;
}

/**
 * The tier of one entry for a query (lower ranks first): 0 the whole phrase in the name,
 * 1 every word in the name, 2 the whole phrase elsewhere, 3 the words scattered elsewhere.
 *
 * @example matchTier('khai sinh', { names: 'thu tuc dang ky khai sinh', all: '…' }) // 0
 */
export function matchTier(query: string, text: RankedText): number {
  const phrase = normalizeText(query);
  return tierOf(phrase, phrase.split(' ').filter(Boolean), text);
}

/** `matchTier` for a query already normalised and split (done once per search, not per entry). */
function tierOf(phrase: string, words: readonly string[], text: RankedText): number {
  if (containsPhrase(text.names, phrase)) return 0;
  if (words.every((w) => text.names.includes(w))) return 1;
  if (containsPhrase(text.all, phrase)) return 2;
  return 3;
}

/** True when `phrase` appears in `text` starting and ending at word boundaries. */
function containsPhrase(text: string, phrase: string): boolean {
  if (phrase === '') return false;
  let from = text.indexOf(phrase);
  while (from >= 0) {
    const before = from === 0 ? ' ' : text[from - 1]!;
    const after = text[from + phrase.length] ?? ' ';
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = text.indexOf(phrase, from + 1);
  }
  return false;
}

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

/** A copy of `items` ordered by tier for `query`, then by name length; ties keep their order. */
export function rankEntries<T>(items: readonly T[], query: string, textOf: (item: T) => RankedText): T[] {
  const phrase = normalizeText(query);
  if (phrase === '') return [...items];
  const words = phrase.split(' ').filter(Boolean);
  return items
    .map((item, index) => {
      const text = textOf(item);
      return { item, index, tier: tierOf(phrase, words, text), length: text.names.length };
    })
    .sort((a, b) => a.tier - b.tier || a.length - b.length || a.index - b.index)
    .map((r) => r.item);
}
