/**
 * The field editor: a modal dialog (native <dialog>: focus stays inside, Escape closes, focus
 * returns to the list) with every control of one field. Each change applies at once; an invalid
 * combination is shown next to its control and keeps the form from being written.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  changeKind,
  containerAt,
  fieldAt,
  moveFieldToPage,
  pageOf,
  setShowWhen,
  updateField,
} from '../../../../functions/core/designer/design-edits';
import type { DesignField, FieldKind } from '../../../../functions/core/designer/design-types';
import { kindLabels, textFormats } from '../../../../functions/core/designer/palette';
import { sharingCondition, showWhenOf } from '../../../../functions/core/designer/show-when';
import { problemsOf } from '../../../../functions/core/designer/validate-design';
import { addressListsOf } from '../../../../functions/core/designer/ward-lists';
import { designToForm, writeFieldSchema } from '../../../../functions/core/designer/write-design';
import type { Procedure } from '../../../../functions/core/types';
import { useText } from '../../i18n/lang';
import { ConditionEditor } from '../conditions/condition-editor';
import { CheckControl, ChoicesEditor, NumberControl, TextControl } from './field-controls';
import { MoreFieldControls, OverrideControls, RareFieldControls } from './field-more-controls';
import { PrefillPicker } from './prefill-picker';
import { useDesigner } from './use-designer';
import { WardListEditor } from './ward-list-editor';

const KINDS: FieldKind[] = [
  'text',
  'longText',
  'number',
  'date',
  'choice',
  'multiChoice',
  'yesNo',
  'email',
  'section',
  'group',
];
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function FieldDialog({
  path,
  onPathChange,
  onClose,
}: {
  path: string[];
  onPathChange: (p: string[]) => void;
  onClose: () => void;
}) {
  const { L, tx } = useText();
  const { design, problems, apply, procedure, readOnly } = useDesigner();
  const ref = useRef<HTMLDialogElement>(null);
  const field = fieldAt(design, path);
  const parent = useMemo(() => path.slice(0, -1), [path]);
  const container = containerAt(design, parent);

  // No close() on cleanup: its asynchronous "close" event would end the next mount (StrictMode
  // mounts twice); an unmounted dialog leaves the page with its element anyway.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  // What a show-condition may test: the fields next to this one (a section's condition is about the section).
  const conditionProcedure = useMemo((): Procedure => {
    let schema: unknown = designToForm(design).schema;
    if (parent.length > 0) {
      const owner = fieldAt(design, parent);
      const written = owner ? (writeFieldSchema(owner) as Record<string, unknown>) : {};
      schema = owner?.kind === 'group' ? written.items : written;
    }
    return {
      ...procedure,
      derived: [],
      form: { ...procedure.form, schema: schema as Procedure['form']['schema'] },
    };
  }, [design, parent, procedure]);

  if (!field || !container) return null;
  const errs = problemsOf(problems, path);
  const err = (...controls: string[]) => {
    const p = errs.find((x) => controls.includes(x.control));
    return p ? tx(p.message) : undefined;
  };
  const set = (changes: Partial<DesignField>) => apply((d) => updateField(d, path, changes));
  const label = field.title || field.key;
  const k = field.kind;
  const textLike = k === 'text' || k === 'longText' || k === 'email';
  const sharing = sharingCondition(container, field);
  const address = k === 'section' ? addressListsOf(field.container) : undefined;
  const inGroup = parent.some((_, i) => fieldAt(design, parent.slice(0, i + 1))?.kind === 'group');

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes; Escape is the dialog's own
    <dialog
      ref={ref}
      className="designer-dialog"
      aria-labelledby="field-dialog-title"
      onClose={onClose}
      onClick={(e) => {
        if (e.target === ref.current) ref.current?.close();
      }}
    >
      <form method="dialog" className="designer-dialog-body" onSubmit={() => onClose()}>
        <h3 id="field-dialog-title">{L(`Trường «${label}»`, `Field "${label}"`)}</h3>
        <fieldset disabled={readOnly} className="plain">
          {k === 'advanced' ? (
            <>
              <p>
                {L(
                  'Trường này dùng cấu trúc JSON Schema mà trình thiết kế chưa hiển thị được; nó được giữ nguyên. Sửa trong chế độ JSON.',
                  'This field uses JSON Schema the designer cannot show; it is kept as is. Edit it in the JSON view.',
                )}
              </p>
              <pre className="condition-json">{JSON.stringify(writeFieldSchema(field), null, 2)}</pre>
            </>
          ) : (
            <>
              <div className="row wrap">
                <label className="field">
                  <span>{L('Loại trường', 'Field type')}</span>
                  <select
                    value={k}
                    onChange={(e) => apply((d) => changeKind(d, path, e.target.value as FieldKind))}
                  >
                    {KINDS.map((x) => (
                      <option key={x} value={x}>
                        {tx(kindLabels[x])}
                      </option>
                    ))}
                  </select>
                </label>
                <KeyControl
                  field={field}
                  siblings={container.fields}
                  onCommit={(key) => {
                    set({ key });
                    onPathChange([...parent, key]);
                  }}
                />
              </div>
              <div className="row wrap">
                <TextControl
                  label={L('Nhãn (tiếng Việt)', 'Label (Vietnamese)')}
                  value={field.title}
                  onChange={(v) => set({ title: v })}
                  error={err('title')}
                  autoFocus
                  testId="field-title"
                />
                <TextControl
                  label={L('Nhãn (tiếng Anh)', 'Label (English)')}
                  value={field.titleEn}
                  onChange={(v) => set({ titleEn: v })}
                />
              </div>
              <div className="row wrap">
                <TextControl
                  label={L('Hướng dẫn (tiếng Việt)', 'Help (Vietnamese)')}
                  value={field.description}
                  onChange={(v) => set({ description: v })}
                  multiline
                />
                <TextControl
                  label={L('Hướng dẫn (tiếng Anh)', 'Help (English)')}
                  value={field.descriptionEn}
                  onChange={(v) => set({ descriptionEn: v })}
                  multiline
                />
              </div>
              <TextControl
                label={L('Ghi chú dưới ô nhập', 'Hint under the input')}
                value={field.hint}
                onChange={(v) => set({ hint: v })}
              />
              <OverrideControls field={field} set={set} err={err} />
              <MoreFieldControls field={field} set={set} err={err} />
              {(textLike || k === 'number') && (
                <TextControl
                  label={L('Chữ mờ gợi ý trong ô (mất đi khi người nộp gõ)', 'Placeholder')}
                  value={field.placeholder}
                  onChange={(v) => set({ placeholder: v })}
                />
              )}
              <div className="row wrap">
                <CheckControl
                  label={L('Bắt buộc', 'Required')}
                  checked={field.required}
                  onChange={(v) => set({ required: v })}
                  error={err('required')}
                  testId="field-required"
                />
                {k !== 'section' && k !== 'group' && (
                  <CheckControl
                    label={L('Chỉ đọc', 'Read-only')}
                    checked={field.readonly === true}
                    onChange={(v) => set({ readonly: v ? true : undefined })}
                  />
                )}
              </div>
              {textLike && (
                <div className="row wrap">
                  <NumberControl
                    label={L('Độ dài tối thiểu', 'Minimum length')}
                    value={field.minLength}
                    onChange={(v) => set({ minLength: v })}
                    error={err('minLength')}
                    testId="field-minLength"
                  />
                  <NumberControl
                    label={L('Độ dài tối đa', 'Maximum length')}
                    value={field.maxLength}
                    onChange={(v) => set({ maxLength: v })}
                    error={err('maxLength')}
                    testId="field-maxLength"
                  />
                </div>
              )}
              {k === 'text' && (
                <div className="row wrap">
                  <label className="field">
                    <span>{L('Định dạng', 'Format')}</span>
                    <select
                      value={field.format ?? ''}
                      onChange={(e) => set({ format: e.target.value || undefined })}
                    >
                      {textFormats.map((f) => (
                        <option key={f.id} value={f.id}>
                          {tx(f.label)}
                        </option>
                      ))}
                      {field.format && !textFormats.some((f) => f.id === field.format) && (
                        <option value={field.format}>{field.format}</option>
                      )}
                    </select>
                  </label>
                  <TextControl
                    label={L('Mẫu ký tự cho phép (nâng cao)', 'Allowed characters pattern (advanced)')}
                    hint={L(
                      'Hầu hết các trường chỉ cần chọn "Định dạng". Ô này dành cho người biết viết biểu thức chính quy (regex).',
                      'Most fields only need a "Format". This box is for those who write regular expressions (regex).',
                    )}
                    value={field.pattern}
                    onChange={(v) => set({ pattern: v })}
                    error={err('pattern')}
                  />
                </div>
              )}
              {k === 'number' && (
                <div className="row wrap">
                  <NumberControl
                    label={L('Giá trị nhỏ nhất', 'Minimum')}
                    value={field.minimum}
                    onChange={(v) => set({ minimum: v })}
                    testId="field-minimum"
                  />
                  <NumberControl
                    label={L('Giá trị lớn nhất', 'Maximum')}
                    value={field.maximum}
                    onChange={(v) => set({ maximum: v })}
                    error={err('maximum')}
                    testId="field-maximum"
                  />
                  <NumberControl
                    label={L('Phải lớn hơn (không bằng)', 'Must be greater than')}
                    value={field.exclusiveMinimum}
                    onChange={(v) => set({ exclusiveMinimum: v })}
                  />
                  <NumberControl
                    label={L('Phải nhỏ hơn (không bằng)', 'Must be less than')}
                    value={field.exclusiveMaximum}
                    onChange={(v) => set({ exclusiveMaximum: v })}
                  />
                  <CheckControl
                    label={L('Chỉ số nguyên', 'Whole numbers only')}
                    checked={field.type === 'integer'}
                    onChange={(v) => set({ type: v ? 'integer' : 'number' })}
                  />
                </div>
              )}
              {k === 'date' && (
                <CheckControl
                  label={L('Không được sau ngày nộp hồ sơ', 'Not after the filing date')}
                  checked={field.notFuture === true}
                  onChange={(v) => set({ notFuture: v ? true : undefined })}
                  error={err('notFuture')}
                />
              )}
              {(k === 'multiChoice' || k === 'group') && (
                <div className="row wrap">
                  <NumberControl
                    label={L('Số mục tối thiểu', 'Minimum items')}
                    value={field.minItems}
                    onChange={(v) => set({ minItems: v })}
                    error={err('minItems')}
                  />
                  <NumberControl
                    label={L('Số mục tối đa', 'Maximum items')}
                    value={field.maxItems}
                    onChange={(v) => set({ maxItems: v })}
                    error={err('maxItems')}
                  />
                </div>
              )}
              {(k === 'choice' || k === 'multiChoice') && (
                <>
                  <ChoicesEditor
                    choices={field.choices ?? []}
                    onChange={(choices) => set({ choices })}
                    error={err('choices')}
                  />
                  {k === 'choice' && (
                    <label className="field">
                      <span>{L('Cách hiển thị', 'Display')}</span>
                      <select
                        value={field.widget ?? ''}
                        onChange={(e) => set({ widget: e.target.value || undefined })}
                      >
                        <option value="">{L('Danh sách thả xuống', 'Drop-down list')}</option>
                        <option value="radio">{L('Nút chọn', 'Radio buttons')}</option>
                      </select>
                    </label>
                  )}
                </>
              )}
              {(k === 'choice' || k === 'yesNo') && (
                <label className="field">
                  <span>{L('Giá trị mặc định', 'Default value')}</span>
                  <select
                    value={field.default === undefined ? '' : JSON.stringify(field.default)}
                    aria-invalid={err('default') ? true : undefined}
                    onChange={(e) =>
                      set({ default: e.target.value === '' ? undefined : JSON.parse(e.target.value) })
                    }
                  >
                    <option value="">{L('(không có)', '(none)')}</option>
                    {(k === 'yesNo' ? [true, false] : (field.choices ?? []).map((c) => c.value)).map((v) => (
                      <option key={JSON.stringify(v)} value={JSON.stringify(v)}>
                        {v === true ? L('Có', 'Yes') : v === false ? L('Không', 'No') : String(v)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {k === 'yesNo' && (
                <label className="field">
                  <span>{L('Cách hiển thị', 'Display')}</span>
                  <select
                    value={field.widget ?? ''}
                    onChange={(e) => set({ widget: e.target.value || undefined })}
                  >
                    <option value="">{L('Ô đánh dấu', 'Checkbox')}</option>
                    <option value="radio">{L('Nút Có / Không', 'Yes / No buttons')}</option>
                  </select>
                </label>
              )}
              {err('fields') && <p className="field-error">{err('fields')}</p>}
              {address && <WardListEditor path={path} address={address} apply={apply} />}
              {inGroup && k !== 'section' && k !== 'group' && (
                <p className="small muted">
                  {L(
                    'Trường thuộc nhóm lặp lại: điền sẵn vào mục đầu tiên của nhóm (thường là người nộp), không khóa được.',
                    'A field of a repeating group: the first item is prefilled (usually the applicant); it cannot be locked.',
                  )}
                </p>
              )}
              {k !== 'section' && k !== 'group' && (
                <PrefillPicker
                  lockable={!inGroup}
                  field={field}
                  value={field.prefill}
                  onChange={(prefill) => set({ prefill })}
                  error={err('prefill')}
                />
              )}
            </>
          )}
          {k !== 'advanced' && <RareFieldControls field={field} set={set} />}
          <ConditionEditor
            label={L('Hiện trường này khi…', 'Show this field when…')}
            whenEmpty={L('luôn hiện', 'always shown')}
            condition={showWhenOf(container, field)}
            procedure={conditionProcedure}
            onChange={(c) => apply((d) => setShowWhen(d, path, c))}
          />
          {sharing.length > 0 && (
            <p className="small muted">
              {L('Cùng điều kiện với: ', 'Same condition as: ')}
              {sharing.map((f) => f.title || f.key).join(', ')}
            </p>
          )}
          {err('showWhen') && <p className="field-error">{err('showWhen')}</p>}
          {parent.length === 0 && design.pages && (
            <label className="field">
              <span>{L('Trang', 'Page')}</span>
              <select
                value={pageOf(design, field.key)}
                onChange={(e) => apply((d) => moveFieldToPage(d, field.key, e.target.value))}
              >
                {design.pages.map((p) => (
                  <option key={p.id} value={p.id}>
                    {tx(p.title)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
        {errs.length > 0 && (
          <p className="alert error" role="status">
            {L(
              'Trường còn lỗi: biểu mẫu chưa được cập nhật vào định nghĩa cho đến khi sửa xong.',
              'The field has problems: the form is not written into the definition until they are fixed.',
            )}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {L('Xong', 'Done')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The property name: checked as typed, applied only when valid and unused (a clash would merge two fields). */
function KeyControl({
  field,
  siblings,
  onCommit,
}: {
  field: DesignField;
  siblings: DesignField[];
  onCommit: (key: string) => void;
}) {
  const { L } = useText();
  const [text, setText] = useState(field.key);
  useEffect(() => setText(field.key), [field.key]);
  const clash = text !== field.key && siblings.some((f) => f.key === text);
  const error = !KEY.test(text)
    ? L(
        'Chỉ chữ không dấu, số và dấu gạch dưới; không bắt đầu bằng số.',
        'ASCII letters, digits and underscores only; not starting with a digit.',
      )
    : clash
      ? L(`Tên «${text}» đã có trường khác dùng.`, `"${text}" is used by another field.`)
      : undefined;
  return (
    <div className="field">
      <label htmlFor="field-key">{L('Tên kỹ thuật (khóa)', 'Key')}</label>
      <input
        id="field-key"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'field-key-err field-key-help' : 'field-key-help'}
        onChange={(e) => {
          const v = e.target.value;
          setText(v);
          if (v !== field.key && KEY.test(v) && !siblings.some((f) => f.key === v)) onCommit(v);
        }}
      />
      <small id="field-key-help" className="muted">
        {L(
          'Tên lưu trong hồ sơ, người nộp không thấy; thường để nguyên.',
          'The name stored in the dossier, not shown to the applicant; usually left as is.',
        )}
      </small>
      {error && (
        <p id="field-key-err" className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
