/**
 * Texts the builder puts in a required part the officer has not filled yet, so the draft stays
 * valid against the format. They are for the officer only: the portal leaves such parts out.
 */

/** The legal-basis number of a new draft whose officer gave none. */
export const LEGAL_BASIS_PLACEHOLDER = 'Chưa nhập';

/** Whether a catalog text is empty or a builder placeholder, i.e. says nothing to a citizen. */
export function isPlaceholderText(text: string | undefined | null): boolean {
  const t = (text ?? '').trim();
  return t === '' || t === LEGAL_BASIS_PLACEHOLDER;
}
