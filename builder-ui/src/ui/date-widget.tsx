/**
 * The date input of citizens' forms: typed as dd/mm/yyyy (the browser's own date picker shows
 * mm/dd in an English-configured phone), stored as YYYY-MM-DD. A half-typed date stays in the
 * box and reaches validation as typed.
 */
import { ariaDescribedByIds, type WidgetProps } from '@rjsf/utils';
import { useEffect, useState } from 'react';
import { displayToIso, isoToDisplay } from './vietnamese-date';

/** rjsf's DateWidget replacement. */
export function DateWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, rawErrors } = props;
  const [text, setText] = useState(() => isoToDisplay(value));
  // A value set from outside (prefill, defaults) replaces the text unless it is what was typed.
  useEffect(() => {
    setText((current) => (displayToIso(current) === (value ?? undefined) ? current : isoToDisplay(value)));
  }, [value]);
  return (
    <input
      id={id}
      name={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="dd/mm/yyyy"
      className="form-control date-input"
      value={text}
      required={required}
      disabled={disabled}
      readOnly={readonly}
      // biome-ignore lint/a11y/noAutofocus: only when the form author asked for it (ui:autofocus).
      autoFocus={autofocus}
      aria-invalid={rawErrors && rawErrors.length > 0 ? true : undefined}
      aria-describedby={ariaDescribedByIds(id)}
      onChange={(e) => {
        setText(e.target.value);
        onChange(displayToIso(e.target.value));
      }}
      onBlur={() => onBlur(id, displayToIso(text))}
      onFocus={() => onFocus(id, displayToIso(text))}
    />
  );
}
