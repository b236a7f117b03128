/** Pages for citizens (contract 1, `ui:pages`): add, name, remove; fields are moved between pages in the field editor. */
import { addPage, pageOf, removePage, renamePage } from '../../../../functions/core/designer/design-edits';
import { useText } from '../../i18n/lang';
import { useDesigner } from './use-designer';

export function PagesPanel() {
  const { L } = useText();
  const { design, apply, readOnly } = useDesigner();
  const pages = design.pages ?? [];
  return (
    <fieldset className="designer-group" disabled={readOnly}>
      <legend>{L('Trang của biểu mẫu', 'Form pages')}</legend>
      {design.pagesVerbatim ? (
        <p className="small">
          {L(
            'Các trang được viết dạng nâng cao; sửa trong chế độ JSON.',
            'Pages are written in an advanced form; edit them in the JSON view.',
          )}
        </p>
      ) : pages.length === 0 ? (
        <p className="small muted">
          {L(
            'Biểu mẫu hiện là một trang. Chia trang giúp người dân điền trên điện thoại.',
            'The form is one page. Pages help citizens on a phone.',
          )}
        </p>
      ) : (
        <ol className="designer-pages">
          {pages.map((p, i) => {
            const count = design.root.fields.filter((f) => pageOf(design, f.key) === p.id).length;
            return (
              <li key={p.id} className="row wrap">
                <label className="field">
                  <span>{L(`Tên trang ${i + 1}`, `Page ${i + 1} title`)}</span>
                  <input
                    value={p.title.vi}
                    onChange={(e) => apply((d) => renamePage(d, p.id, { ...p.title, vi: e.target.value }))}
                  />
                </label>
                <label className="field">
                  <span>{L(`Tên trang ${i + 1} (tiếng Anh)`, `Page ${i + 1} title (English)`)}</span>
                  <input
                    value={p.title.en ?? ''}
                    onChange={(e) => {
                      const title: { vi: string; en?: string } = { ...p.title, en: e.target.value };
                      if (!e.target.value) delete title.en;
                      apply((d) => renamePage(d, p.id, title));
                    }}
                  />
                </label>
                <span className="small muted">{L(`${count} trường`, `${count} field(s)`)}</span>
                <button type="button" className="link" onClick={() => apply((d) => removePage(d, p.id))}>
                  {L('Bỏ trang', 'Remove page')}
                  <span className="sr-only"> {p.title.vi}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {!design.pagesVerbatim && (
        <button
          type="button"
          onClick={() =>
            apply((d) => addPage(d, { vi: L(`Trang ${pages.length + 1}`, `Trang ${pages.length + 1}`) }))
          }
        >
          {L('+ Thêm trang', '+ Add a page')}
        </button>
      )}
    </fieldset>
  );
}
