/** Small shared pieces: loading line, error box, empty-state text. */
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useText } from '../i18n/lang';

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
export function ErrorBox({ error, children }: { error: unknown; children?: ReactNode }) {
  const { L, tx } = useText();
  if (!error) return null;
  const text =
    error instanceof ApiError
      ? tx(error.messages)
      : L('Đã có lỗi xảy ra. Vui lòng thử lại.', 'Something went wrong. Please try again.');
  return (
    <div className="alert error" role="alert">
      <p>{text}</p>
      {children}
    </div>
  );
}
