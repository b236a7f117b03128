/**
 * A date box for officers' legal dates (a resolution's signing and in-force dates, a legal text's
 * issue date, a level's retirement): typed as Vietnamese write dates, dd/mm/yyyy, whatever the
 * browser's language. The browser's own date input follows the browser's locale — mm/dd/yyyy in an
 * English-configured browser, where "01/12/2027" typed by habit would become 12 January instead of
 * 1 December. Stored as YYYY-MM-DD; a half-typed or impossible date (31/02/2027) stays in the box,
 * is named beside it, and is handed on as typed, so the save's checks refuse it instead of storing
 * a day that does not exist (see vietnamese-date.ts).
 */
import { type InputHTMLAttributes, useEffect, useId, useState } from 'react';
import { isFullDate } from '../../../functions/core/formats/full-date';
import { useText } from '../i18n/lang';
import { displayToIso, isoToDisplay } from './vietnamese-date';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** YYYY-MM-DD, empty, or what was typed when it is not a date yet. */
  value: string | undefined;
  /** YYYY-MM-DD when a whole date is typed, '' when cleared, else the text as typed. */
  onChange(value: string): void;
};

/** YYYY-MM-DD for a real calendar date typed as dd/mm/yyyy; '' for an empty box; else the text. */
function stored(text: string): string {
  const iso = displayToIso(text);
  if (iso === undefined) return '';
  return isFullDate(iso) ? iso : text.trim();
}

export function DateText({ value, onChange, ...rest }: Props) {
  const { L } = useText();
  const errorId = useId();
  const [text, setText] = useState(() => isoToDisplay(value));
  // A value set from outside (a loaded draft, another tab) replaces the text unless it is what was typed.
  useEffect(() => {
    setText((current) => (stored(current) === (value ?? '') ? current : isoToDisplay(value)));
  }, [value]);
  // Only a whole dd/mm/yyyy that names no real day is said here; a half-typed one is still being typed.
  const impossible = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(text.trim()) && !isFullDate(stored(text));
  const describedBy = [rest['aria-describedby'], impossible ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <>
      <input
        placeholder="dd/mm/yyyy"
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={impossible || rest['aria-invalid'] ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(stored(e.target.value));
        }}
      />
      {impossible && (
        <span id={errorId} className="field-error" role="alert">
          {L(`Không có ngày ${text.trim()} trong lịch`, `There is no such day as ${text.trim()}`)}
        </span>
      )}
    </>
  );
}
