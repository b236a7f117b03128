/**
 * Why a document is asked for only sometimes, in words a citizen reads on the procedure page, so
 * nobody gathers papers they do not need. A case with a `when` is named by its own title. A
 * document's own `when` reads form answers the release does not carry to this page (it leaves
 * the form out), so it is said in general words that point to the form.
 */
import type { DocumentCase } from '../../../functions/core/format/generated/procedure';
import type { Localized } from '../i18n/lang';

type Doc = DocumentCase['documents'][number];

/** A `when` that may not hold: absent or `true` always holds (catalogs/README.md). */
const conditional = (when: unknown) => when !== undefined && when !== true;

/**
 * The sentences saying when `doc` (in `docCase`) is needed; empty when it always is.
 *
 * @example conditionNotes(mangThaiHoCase, doc)
 * // [{ vi: 'Chỉ cần trong trường hợp: Trẻ em sinh ra do mang thai hộ', en: 'Only needed in the case: …' }]
 */
export function conditionNotes(docCase: DocumentCase, doc: Doc): Localized[] {
  const notes: Localized[] = [];
  if (conditional(docCase.when)) {
    notes.push({
      vi: `Chỉ cần trong trường hợp: ${docCase.title.vi}`,
      en: `Only needed in the case: ${docCase.title.en ?? docCase.title.vi}`,
    });
  }
  if (conditional(doc.when)) {
    notes.push({
      vi: 'Chỉ cần trong một số trường hợp, tùy câu trả lời trong tờ khai',
      en: 'Only needed in some cases, depending on your answers in the form',
    });
  }
  return notes;
}
