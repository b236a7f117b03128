/**
 * Sending a version in review back to its author, with the reason they will read — and that
 * reason shown on the draft it comes back as. Used by the fee-policy and registry editors (the
 * procedure editor's workflow bar has the same pair). The API refuses a send-back without a reason
 * (send-back-doc.ts), so the button waits for one.
 */
import { useState } from 'react';
import { useText } from '../i18n/lang';

export function SendBack({
  busy,
  onSend,
}: {
  busy: boolean;
  /** Resolves true when the version was sent back; a refusal keeps the reason in the box. */
  onSend(comment: string): Promise<boolean>;
}) {
  const { L } = useText();
  const [comment, setComment] = useState('');
  return (
    <div className="send-back stack">
      <label>
        {L('Lý do trả lại (người soạn sẽ thấy)', 'Why it is sent back (the author sees it)')}
        <textarea value={comment} maxLength={2000} rows={2} onChange={(e) => setComment(e.target.value)} />
      </label>
      <p>
        <button
          type="button"
          disabled={busy || comment.trim() === ''}
          onClick={() => void onSend(comment.trim()).then((sent) => sent && setComment(''))}
        >
          {L('Trả lại để sửa', 'Send back for changes')}
        </button>
      </p>
    </div>
  );
}

/** The reason a draft was sent back, above the form that is to be fixed. */
export function ReviewComment({ comment }: { comment: string | undefined }) {
  const { L } = useText();
  if (!comment) return null;
  return (
    <p className="alert" data-testid="review-comment">
      {L('Ý kiến khi trả lại: ', 'Sent back with: ')}
      {comment}
    </p>
  );
}
