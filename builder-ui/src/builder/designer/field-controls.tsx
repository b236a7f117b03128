/** Small labelled controls of the field editor; each shows its error right under it. */
import { type ReactNode, useId, useRef } from 'react';
import type { Choice } from '../../../../functions/core/designer/design-types';
import { useText } from '../../i18n/lang';
import { useUndoableRows } from '../lists/undo-removal';

export function ErrorText({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {text}
    </p>
  );
}

export function TextControl({
  label,
  value,
  onChange,
  error,
  multiline,
  autoFocus,
  testId,
  hint,
}: {
  label: string;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
  error?: string;
  multiline?: boolean;
  autoFocus?: boolean;
  testId?: string;
  /** A help line under the box, read with it. */
  hint?: string;
}) {
  const id = useId();
  const common = {
    value: value ?? '',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [error && `${id}-err`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined,
    'data-testid': testId,
    // The dialog focuses this after opening (showModal would otherwise pick the first control).
    'data-autofocus': autoFocus ? true : undefined,
    id: `${id}-in`,
  };
  return (
    <div className="field">
      <label htmlFor={`${id}-in`}>{label}</label>
      {multiline ? (
        <textarea
          rows={2}
          {...common}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        />
      ) : (
        <input {...common} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)} />
      )}
      {hint && (
        <span className="small muted" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <ErrorText id={`${id}-err`} text={error} />
    </div>
  );
}

/** A number input; an empty box means "no limit" (never 0). */
export function NumberControl({
  label,
  value,
  onChange,
  error,
  testId,
}: {
  label: string;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  error?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <label className="field narrow">
      <span>{label}</span>
      <input
        type="number"
        value={value ?? ''}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
      <ErrorText id={`${id}-err`} text={error} />
    </label>
  );
}

export function CheckControl({
  label,
  checked,
  onChange,
  error,
  testId,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (v: boolean) => void;
  error?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <div>
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          data-testid={testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      <ErrorText id={`${id}-err`} text={error} />
    </div>
  );
}

/**
 * The list of choices: stored value, Vietnamese display name (if different), English name, and
 * whether it can be picked on the portal now (`ui:enumDisabled`).
 */
export function ChoicesEditor({
  choices,
  onChange,
  error,
}: {
  choices: Choice[];
  onChange: (c: Choice[]) => void;
  error?: string;
}) {
  const { L } = useText();
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const { remove, notice } = useUndoableRows(choices, onChange, list);
  const set = (i: number, c: Choice) => onChange(choices.map((x, j) => (j === i ? c : x)));
  const move = (i: number, by: number) => {
    const next = [...choices];
    const [c] = next.splice(i, 1);
    next.splice(i + by, 0, c!);
    onChange(next);
  };
  return (
    <fieldset className="designer-group" aria-describedby={error ? `${id}-err` : undefined}>
      <legend>{L('Các lựa chọn', 'Choices')}</legend>
      <p id={`${id}-help`} className="small muted">
        {L(
          'Mỗi lựa chọn: ô đầu là giá trị lưu trong hồ sơ (người nộp thấy nó nếu không có tên hiển thị); tên hiển thị và tên tiếng Anh có thể để trống.',
          'Each choice: the first box is the value stored in the dossier (shown to the applicant unless a display name is given); the display and English names may stay empty.',
        )}
      </p>
      <ErrorText id={`${id}-err`} text={error} />
      <ol className="choices" ref={list}>
        {choices.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: choices are edited in place; the index is their identity while typing
          <li key={i} className="choice">
            <input
              aria-label={L(`Lựa chọn ${i + 1}`, `Choice ${i + 1}`)}
              aria-describedby={`${id}-help`}
              placeholder={L('Giá trị', 'Value')}
              value={String(c.value)}
              onChange={(e) =>
                set(i, { ...c, value: typeof c.value === 'number' ? Number(e.target.value) : e.target.value })
              }
            />
            <input
              aria-label={L(
                `Tên hiển thị của lựa chọn ${i + 1} (nếu khác giá trị)`,
                `Display name of choice ${i + 1} (if different)`,
              )}
              placeholder={L('Tên hiển thị', 'Display name')}
              value={c.vi ?? ''}
              onChange={(e) => {
                const next: Choice = { ...c, vi: e.target.value };
                if (e.target.value === '') delete next.vi;
                set(i, next);
              }}
            />
            <input
              aria-label={L(`Tên tiếng Anh của lựa chọn ${i + 1}`, `English name of choice ${i + 1}`)}
              placeholder={L('Tên tiếng Anh', 'English name')}
              value={c.en ?? ''}
              onChange={(e) => {
                const next: Choice = { ...c, en: e.target.value };
                if (e.target.value === '') delete next.en;
                set(i, next);
              }}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={c.disabled === true}
                onChange={(e) => {
                  const next: Choice = { ...c, disabled: true };
                  if (!e.target.checked) delete next.disabled;
                  set(i, next);
                }}
              />
              <span className="sr-only">{L(`Lựa chọn ${i + 1}: `, `Choice ${i + 1}: `)}</span>
              {L('Không cho chọn trên Cổng', 'Cannot be picked on the portal')}
            </label>
            <button
              type="button"
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={L(`Đưa lựa chọn ${i + 1} lên`, `Move choice ${i + 1} up`)}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={i === choices.length - 1}
              onClick={() => move(i, 1)}
              aria-label={L(`Đưa lựa chọn ${i + 1} xuống`, `Move choice ${i + 1} down`)}
            >
              ↓
            </button>
            <button
              type="button"
              className="link"
              data-remove={i}
              onClick={() => remove(i, c.vi || String(c.value) || L(`lựa chọn ${i + 1}`, `choice ${i + 1}`))}
              aria-label={L(`Xóa lựa chọn ${i + 1}`, `Remove choice ${i + 1}`)}
            >
              {L('Xóa', 'Remove')}
            </button>
          </li>
        ))}
      </ol>
      {notice}
      <button
        type="button"
        onClick={() => onChange([...choices, { value: `Lựa chọn ${choices.length + 1}` }])}
      >
        {L('+ Thêm lựa chọn', '+ Add a choice')}
      </button>
    </fieldset>
  );
}
