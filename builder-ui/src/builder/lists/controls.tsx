/**
 * Labelled controls for the builder's visual editors. Each carries `data-pointer` (its place in
 * the procedure, so a checker finding or a checklist item can bring the officer to it) and shows
 * beside it, linked by aria-describedby, both the problem of the value typed (the tab's rules) and
 * the checker's findings about that place. A cleared number is reported as null, never 0.
 */
import { type ReactNode, useId } from 'react';
import { type Localized, useText } from '../../i18n/lang';
import { DateText } from '../../ui/date-text';
import {
  describedBy,
  FindingMessages,
  hasError,
  InlineFindings,
  useFindingsAt,
} from '../findings/findings-context';
import type { Problem } from '../problems-list';
import { useIssue } from './field-issues-context';

/**
 * The checker's findings to show under a control. When the control's own rule already says what is
 * wrong ("Chưa nhập tên khoản thu"), the format's generic error at the same place ("Phải có ít nhất 1
 * ký tự", code `format.*`) is the same problem said twice, less clearly: it stays in the tab's list only.
 */
function besideIssue(issue: Localized | undefined, findings: readonly Problem[]): readonly Problem[] {
  return issue ? findings.filter((f) => !(f.severity === 'error' && f.code.startsWith('format.'))) : findings;
}

/** The message under a control; `id` is what the control's aria-describedby names. */
export function FieldError({ id, issue }: { id: string; issue: Localized | undefined }) {
  const { tx } = useText();
  if (!issue) return null;
  return (
    <p className="field-error" id={id} role="alert">
      {tx(issue)}
    </p>
  );
}

interface TextProps {
  label: string;
  value: string | undefined;
  onChange(next: string): void;
  at: string;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'date' | 'url';
  required?: boolean;
}

/** A labelled text input (or textarea). */
export function TextField({
  label,
  value,
  onChange,
  at,
  hint,
  multiline,
  type = 'text',
  required,
}: TextProps) {
  const id = useId();
  const issue = useIssue(at);
  const findings = besideIssue(issue, useFindingsAt(at));
  const common = {
    id,
    value: value ?? '',
    'data-pointer': at,
    'aria-invalid': issue || hasError(findings) ? true : undefined,
    'aria-describedby': describedBy(
      issue && `${id}-err`,
      findings.length > 0 && `${id}-findings`,
      hint && `${id}-hint`,
    ),
    'aria-required': required || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="req"> *</span>}
      </label>
      {multiline ? (
        <textarea rows={2} {...common} onChange={(e) => onChange(e.target.value)} />
      ) : // Dates as Vietnamese write them, whatever the browser's language (ui/date-text.tsx).
      type === 'date' ? (
        <DateText {...common} onChange={onChange} />
      ) : (
        <input type={type} {...common} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <span className="small muted" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldError id={`${id}-err`} issue={issue} />
      <FindingMessages id={`${id}-findings`} findings={findings} />
    </div>
  );
}

interface NumberProps {
  label: string;
  value: number | null | undefined;
  /** null when the officer cleared the box (the rules then say it is missing). */
  onChange(next: number | null): void;
  at: string;
  unit?: string;
  step?: number;
  placeholder?: string;
  testId?: string;
  required?: boolean;
  /** The label is read by screen readers only (a table cell under a column header). */
  hideLabel?: boolean;
}

/** A labelled number input; what is typed is passed on as typed (negative, fractional, cleared). */
export function NumberField({
  label,
  value,
  onChange,
  at,
  unit,
  step = 1,
  placeholder,
  testId,
  required,
  hideLabel,
}: NumberProps) {
  const id = useId();
  const issue = useIssue(at);
  const findings = besideIssue(issue, useFindingsAt(at));
  return (
    <div className="field number">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>
        {label}
        {unit && <span className="muted"> ({unit})</span>}
        {required && <span className="req"> *</span>}
      </label>
      <input
        id={id}
        type="number"
        step={step}
        inputMode="numeric"
        value={value === null || value === undefined || Number.isNaN(value) ? '' : value}
        placeholder={placeholder}
        data-pointer={at}
        data-testid={testId}
        aria-invalid={issue || hasError(findings) ? true : undefined}
        aria-describedby={describedBy(issue && `${id}-err`, findings.length > 0 && `${id}-findings`)}
        onChange={(e) => onChange(e.target.value.trim() === '' ? null : Number(e.target.value))}
      />
      <FieldError id={`${id}-err`} issue={issue} />
      <FindingMessages id={`${id}-findings`} findings={findings} />
    </div>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange(next: T): void;
  at: string;
  /** Shown first with an empty value when nothing is chosen yet. */
  placeholder?: string;
  disabled?: boolean;
  hint?: string;
}

/** A labelled select. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  at,
  placeholder,
  disabled,
  hint,
}: SelectProps<T>) {
  const id = useId();
  const issue = useIssue(at);
  const findings = besideIssue(issue, useFindingsAt(at));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        data-pointer={at}
        disabled={disabled}
        aria-invalid={issue || hasError(findings) ? true : undefined}
        aria-describedby={describedBy(
          issue && `${id}-err`,
          findings.length > 0 && `${id}-findings`,
          hint && `${id}-hint`,
        )}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {(placeholder !== undefined || !value) && <option value="">{placeholder ?? '—'}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <span className="small muted" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldError id={`${id}-err`} issue={issue} />
      <FindingMessages id={`${id}-findings`} findings={findings} />
    </div>
  );
}

/** A labelled checkbox ("switch"). */
export function CheckField({
  label,
  checked,
  onChange,
  at,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange(next: boolean): void;
  at?: string;
  hint?: string;
}) {
  const id = useId();
  // Weak: where a box edits the value this switch turns on (a cap), the box shows the findings.
  const findings = useFindingsAt(at, 0);
  return (
    <div>
      <label className="check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          data-pointer={at}
          aria-invalid={hasError(findings) ? true : undefined}
          aria-describedby={describedBy(findings.length > 0 && `${id}-findings`, hint && `${id}-hint`)}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{label}</span>
      </label>
      <FindingMessages id={`${id}-findings`} findings={findings} />
      {hint && (
        <p className="small muted" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A group of checkboxes choosing several values; its problem (e.g. "pick at least one") below. */
export function CheckGroup<T extends string>({
  legend,
  values,
  options,
  onChange,
  at,
}: {
  legend: string;
  values: readonly T[];
  options: readonly { value: T; label: string }[];
  onChange(next: T[]): void;
  at: string;
}) {
  const id = useId();
  const issue = useIssue(at);
  const findings = besideIssue(issue, useFindingsAt(at));
  return (
    <fieldset
      className="check-group"
      data-pointer={at}
      aria-describedby={describedBy(issue && `${id}-err`, findings.length > 0 && `${id}-findings`)}
    >
      <legend>{legend}</legend>
      <div className="row wrap">
        {options.map((o) => (
          <label key={o.value} className="check">
            <input
              type="checkbox"
              checked={values.includes(o.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? options.map((x) => x.value).filter((v) => v === o.value || values.includes(v))
                    : values.filter((v) => v !== o.value),
                )
              }
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-err`} issue={issue} />
      <FindingMessages id={`${id}-findings`} findings={findings} />
    </fieldset>
  );
}

/** A Vietnamese + English pair (LocalizedText); an emptied English part is dropped. */
export function LocalizedFields({
  label,
  value,
  onChange,
  at,
  multiline,
  required = true,
}: {
  label: string;
  value: Localized | undefined;
  onChange(next: { vi: string; en?: string }): void;
  at: string;
  multiline?: boolean;
  required?: boolean;
}) {
  const { L } = useText();
  const vi = value?.vi ?? '';
  return (
    <div className="row wrap">
      <TextField
        label={`${label} — ${L('tiếng Việt', 'Vietnamese')}`}
        value={vi}
        at={`${at}/vi`}
        multiline={multiline}
        required={required}
        onChange={(next) => onChange({ ...value, vi: next })}
      />
      <TextField
        label={`${label} — ${L('tiếng Anh', 'English')}`}
        value={value?.en}
        at={`${at}/en`}
        multiline={multiline}
        onChange={(next) => {
          const { en: _dropped, ...rest } = { ...value, vi };
          onChange(next.trim() === '' ? rest : { ...rest, en: next });
        }}
      />
    </div>
  );
}

/** A titled group inside a tab. */
export function Group({ title, children, at }: { title: string; children: ReactNode; at?: string }) {
  return (
    <fieldset className="section" data-pointer={at}>
      <legend>{title}</legend>
      {/* Weak: a list editor of the same place shows them instead. */}
      {at !== undefined && <InlineFindings pointer={at} weight={0} />}
      {children}
    </fieldset>
  );
}
