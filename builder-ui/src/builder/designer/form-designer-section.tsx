/**
 * The "Biểu mẫu" tab: the visual designer of the applicant's form. The mapping between what is
 * shown here and JSON Schema + uiSchema + prefill lives in the core (functions/core/designer);
 * this file only wires the palette, the field list, the field dialog and the pages.
 */
import { useState } from 'react';
import { addField, containerAt } from '../../../../functions/core/designer/design-edits';
import type { PaletteItem } from '../../../../functions/core/designer/palette';
import { useText } from '../../i18n/lang';
import type { SectionProps } from '../sections';
import { FieldDialog } from './field-dialog';
import { FieldList } from './field-list';
import { PagesPanel } from './pages-panel';
import { PaletteBar } from './palette-bar';
import { DesignerContext, useDesignerState } from './use-designer';
import './designer.css';

export function FormDesignerSection({ definition, onChange, readOnly }: SectionProps) {
  const { L } = useText();
  const designer = useDesignerState(definition, onChange, readOnly);
  const [editing, setEditing] = useState<string[] | null>(null);
  const { design, problems, apply } = designer;

  const add = (item: PaletteItem) => {
    let key = '';
    apply((d) => {
      const next = addField(d, [], item.make());
      const fields = containerAt(next, [])?.fields ?? [];
      key = fields[fields.length - 1]?.key ?? '';
      return next;
    });
    if (key) setEditing([key]);
  };

  // The dialog is removed rather than closed, so the browser would leave the focus on the page's
  // body: put it back on the edited field's "Sửa" button (for a new field, its new row).
  const close = () => {
    const edited = editing?.join('/');
    setEditing(null);
    if (edited)
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(`[data-field="${CSS.escape(edited)}"] .designer-field-actions button`)
          ?.focus(),
      );
  };

  return (
    <DesignerContext.Provider value={designer}>
      <section className="section designer" aria-labelledby="designer-title">
        <h2 id="designer-title" className="designer-title">
          {L('Thiết kế biểu mẫu điện tử', 'Form designer')}
        </h2>
        <fieldset className="plain" disabled={readOnly}>
          <div className="row wrap">
            <label className="field grow">
              <span>{L('Tên biểu mẫu', 'Form title')}</span>
              <input
                value={design.title ?? ''}
                onChange={(e) => apply((d) => ({ ...d, title: e.target.value || undefined }))}
              />
            </label>
            <label className="field grow">
              <span>{L('Tên biểu mẫu (tiếng Anh)', 'Form title (English)')}</span>
              <input
                value={design.titleEn ?? ''}
                onChange={(e) => apply((d) => ({ ...d, titleEn: e.target.value || undefined }))}
              />
            </label>
          </div>
          <div className="row wrap">
            <label className="field grow">
              <span>{L('Mô tả biểu mẫu (tiếng Việt)', 'Form description (Vietnamese)')}</span>
              <textarea
                rows={2}
                value={design.description ?? ''}
                onChange={(e) => apply((d) => ({ ...d, description: e.target.value || undefined }))}
              />
            </label>
            <label className="field grow">
              <span>{L('Mô tả biểu mẫu (tiếng Anh)', 'Form description (English)')}</span>
              <textarea
                rows={2}
                value={design.descriptionEn ?? ''}
                onChange={(e) => apply((d) => ({ ...d, descriptionEn: e.target.value || undefined }))}
              />
            </label>
          </div>
        </fieldset>
        {problems.length > 0 && (
          <p className="alert error" role="status" data-testid="designer-problems">
            {L(
              `Biểu mẫu còn ${problems.length} lỗi; các thay đổi chưa được đưa vào định nghĩa cho đến khi sửa xong.`,
              `The form has ${problems.length} problem(s); changes are not written into the definition until they are fixed.`,
            )}
          </p>
        )}
        <div className="designer-layout">
          {!readOnly && <PaletteBar onAdd={add} label={L('Thêm trường', 'Add a field')} />}
          <div className="designer-main">
            <FieldList container={design.root} parent={[]} onEdit={setEditing} />
            <PagesPanel />
          </div>
        </div>
      </section>
      {editing && <FieldDialog path={editing} onPathChange={setEditing} onClose={close} />}
    </DesignerContext.Provider>
  );
}
