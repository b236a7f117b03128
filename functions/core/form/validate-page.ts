/**
 * Checks one page of a paged form before the citizen moves on, with the same compiled schema and
 * messages the server uses at submission: the whole answers are validated (a condition may read a
 * field on another page) and only the errors about this page's fields are kept, in the page's
 * order so the first one is the first the citizen sees.
 */
import { compileForm } from '../compile/compile-form';
import type { CoreError } from '../types';
import { answerErrors } from '../validate/answer-errors';
import { pageOfPath } from './form-pages';

/** Errors of the form that pages not yet shown will be asked about are not the citizen's fault yet. */
const NOT_THIS_STEP = new Set(['answers.hidden', 'answers.unknown']);

/**
 * The errors on `fields` (top-level names) for these answers, filed on `date` (YYYY-MM-DD, for
 * "not in the future" dates). Paths are under `/answers`, as the server reports them.
 *
 * @example validatePage(schema, answers, ['nguoiYeuCau', 'quanHeVoiTre'], '2026-03-01')
 */
export function validatePage(
  schema: object,
  answers: Record<string, unknown>,
  fields: readonly string[],
  date: string,
): CoreError[] {
  const { form, validateAnswers } = compileForm(schema);
  if (validateAnswers.call({ date }, answers) === true) return [];
  // One page per field: the page index is the field's position, so errors sort in display order.
  const byField = fields.map((f) => ({ id: f, title: { vi: f }, fields: [f] }));
  return answerErrors(validateAnswers.errors ?? [], form)
    .map((error) => ({ error, at: pageOfPath(byField, error.path) }))
    .filter(({ error, at }) => at >= 0 && !NOT_THIS_STEP.has(error.code))
    .sort((a, b) => a.at - b.at)
    .map(({ error }) => error);
}
