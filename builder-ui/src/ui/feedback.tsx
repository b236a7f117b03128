/** Small shared pieces: loading line, error box, empty-state text. */
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { type Localized, useText } from '../i18n/lang';

/** A polite loading line for screen readers and sighted users alike. */
export function Loading() {
  const { L } = useText();
  return (
    <p className="muted" role="status">
      {L('Đang tải…', 'Loading…')}
    </p>
  );
}

/** Shows what went wrong in the reader's language; unknown errors get a generic sentence. */
export function ErrorBox({
  error,
  places,
  children,
}: {
  error: unknown;
  /** The name of the control at a problem's pointer, said instead of the pointer where known. */
  places?: Readonly<Record<string, Localized>>;
  children?: ReactNode;
}) {
  const { L, tx } = useText();
  if (!error) return null;
  const text =
    error instanceof ApiError
      ? tx(error.messages)
      : L('Đã có lỗi xảy ra. Vui lòng thử lại.', 'Something went wrong. Please try again.');
  // The server names each problem's place (a JSON pointer); list them so the fix is findable.
  const problems = error instanceof ApiError ? error.errors : [];
  return (
    <div className="alert error" role="alert">
      <p>{text}</p>
      {problems.length > 0 && (
        <ul className="problems">
          {problems.slice(0, 20).map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id
            <li key={i}>
              {p.path && places?.[p.path] ? (
                <strong>{tx(places[p.path])}:</strong>
              ) : (
                p.path && <code>{p.path}</code>
              )}{' '}
              {tx(p.message)}
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
