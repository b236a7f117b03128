/**
 * The buttons an officer may press on this version, by role and state: authors save and submit,
 * approvers approve or send back with a comment, publishers publish. Every call names the
 * revision it read, so two officers cannot overwrite each other.
 */
import { useState } from 'react';
import { useText } from '../i18n/lang';

export type WorkflowAction =
  | 'save'
  | 'submit'
  | 'approve'
  | 'send-back'
  | 'publish'
  | 'new-version'
  | 'release';

interface Props {
  status: string;
  isLatest: boolean;
  roles: string[];
  dirty: boolean;
  busy: boolean;
  onAction(action: WorkflowAction, comment?: string): void;
}

/** The action bar of the editor. */
export function WorkflowActions({ status, isLatest, roles, dirty, busy, onAction }: Props) {
  const { L } = useText();
  const [comment, setComment] = useState('');
  const can = (role: string) => roles.includes(role) || roles.includes('admin');
  return (
    <div className="actions" role="toolbar" aria-label={L('Thao tác', 'Actions')}>
      {status === 'draft' && can('author') && (
        <>
          <button
            type="button"
            className="primary"
            disabled={busy || !dirty}
            onClick={() => onAction('save')}
          >
            {L('Lưu', 'Save')}
          </button>
          <button
            type="button"
            disabled={busy || dirty}
            onClick={() => onAction('submit')}
            title={dirty ? L('Lưu trước khi gửi duyệt', 'Save first') : undefined}
          >
            {L('Gửi duyệt', 'Submit for review')}
          </button>
        </>
      )}
      {(status === 'in-review' || status === 'approved') && can('approver') && (
        <>
          {status === 'in-review' && (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => onAction('approve', comment)}
            >
              {L('Phê duyệt', 'Approve')}
            </button>
          )}
          <label className="field grow">
            <span>{L('Ý kiến (bắt buộc khi trả lại)', 'Comment (required to send back)')}</span>
            <input value={comment} onChange={(e) => setComment(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={busy || comment.trim() === ''}
            onClick={() => onAction('send-back', comment)}
          >
            {L('Trả lại để sửa', 'Send back')}
          </button>
        </>
      )}
      {status === 'approved' && can('publisher') && (
        <button type="button" className="primary" disabled={busy} onClick={() => onAction('publish')}>
          {L('Công bố', 'Publish')}
        </button>
      )}
      {status === 'published' && isLatest && can('author') && (
        <button type="button" disabled={busy} onClick={() => onAction('new-version')}>
          {L('Tạo phiên bản mới để sửa', 'Start a new version')}
        </button>
      )}
      {status === 'published' && can('publisher') && (
        <button type="button" disabled={busy} onClick={() => onAction('release')}>
          {L('Cập nhật lên Cổng dịch vụ công', 'Update the public portal')}
        </button>
      )}
    </div>
  );
}
