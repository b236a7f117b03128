/**
 * "Kiểm tra lại thông tin": every answer, page by page, with a "Sửa" (change) link back to its
 * page — the GOV.UK check-your-answers pattern, so a citizen on a phone reviews a long form
 * before filing it.
 */

import { summarizeAnswers } from '../../../functions/core/form/answer-summary';
import type { FormPage } from '../../../functions/core/form/form-pages';
import { useText } from '../i18n/lang';

interface Props {
  schema: unknown;
  uiSchema: unknown;
  answers: Record<string, unknown>;
  pages: readonly FormPage[];
  onEdit: (page: number) => void;
}

/** The list of answers with edit links. */
export function CheckAnswers({ schema, uiSchema, answers, pages, onEdit }: Props) {
  const { L, tx } = useText();
  return (
    <div className="check-answers">
      {pages.map((page, i) => {
        const rows = summarizeAnswers(schema, uiSchema, answers, page.fields);
        const title = tx(page.title);
        return (
          <section key={page.id} aria-labelledby={`kiem-tra-${page.id}`} data-page={page.id}>
            <div className="row check-head">
              <h3 id={`kiem-tra-${page.id}`} className="grow">
                {title}
              </h3>
              <button
                type="button"
                className="link"
                onClick={() => onEdit(i)}
                aria-label={L(`Sửa: ${title}`, `Change: ${title}`)}
              >
                {L('Sửa', 'Change')}
              </button>
            </div>
            {rows.length === 0 ? (
              <p className="muted small">{L('Không khai gì ở phần này.', 'Nothing entered here.')}</p>
            ) : (
              <dl className="answers">
                {rows.map((row) =>
                  row.value === undefined ? (
                    <div key={row.path} className={`answer-group depth-${row.depth}`}>
                      <dt>{tx(row.label)}</dt>
                    </div>
                  ) : (
                    <div key={row.path} className={`answer depth-${row.depth}`} data-path={row.path}>
                      <dt>{tx(row.label)}</dt>
                      <dd>{tx(row.value)}</dd>
                    </div>
                  ),
                )}
              </dl>
            )}
          </section>
        );
      })}
    </div>
  );
}
