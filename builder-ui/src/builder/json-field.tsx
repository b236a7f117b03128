/**
 * A textarea that edits one JSON value of the definition. The text is kept as typed; the value
 * changes only when the text parses, and a parse error is shown beside the box (never lost work).
 */
import { useEffect, useId, useState } from 'react';
import { useText } from '../i18n/lang';
import { jsonSyntax } from './json-diagnostics';
import { countJsonInput } from './json-input-counter';

interface Props {
  label: string;
  value: unknown;
  onChange(value: unknown): void;
  rows?: number;
  hint?: string;
}

/** Edits `value` as pretty-printed JSON. */
export function JsonField({ label, value, onChange, rows = 14, hint }: Props) {
  const { L, tx } = useText();
  const id = useId();
  const pretty = JSON.stringify(value ?? null, null, 2);
  const [text, setText] = useState(pretty);
  const [error, setError] = useState<string | null>(null);

  // Another control changed the value: show it, unless the text already says the same.
  useEffect(() => {
    setText((current) => {
      try {
        return JSON.stringify(JSON.parse(current)) === JSON.stringify(value ?? null) ? current : pretty;
      } catch {
        return current;
      }
    });
  }, [value, pretty]);

  const edit = (next: string) => {
    countJsonInput();
    setText(next);
    const { value: parsed, diagnostics } = jsonSyntax(next);
    if (parsed === undefined) {
      const first = diagnostics[0]!;
      const line = next.slice(0, first.from).split('\n').length;
      setError(`${tx(first.message)} — ${L('dòng', 'line')} ${line}`);
      return;
    }
    setError(null);
    onChange(parsed);
  };

  return (
    <div className="field json">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="small muted">{hint}</p>}
      <textarea
        id={id}
        rows={rows}
        spellCheck={false}
        value={text}
        aria-invalid={error !== null}
        onChange={(e) => edit(e.target.value)}
      />
      {error && (
        <p className="field-error" role="alert">
          {L('JSON chưa hợp lệ (chưa áp dụng): ', 'Invalid JSON (not applied): ')}
          {error}
        </p>
      )}
    </div>
  );
}
