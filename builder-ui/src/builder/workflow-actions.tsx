/**
 * The one path from draft to the citizen portal, shown as steps with the next one explained, and
 * exactly the buttons the signed-in officer may press on this version: authors save and submit,
 * another approver approves or sends back (four-eyes: never the submitter), publishers publish —
 * which also updates the portal's catalog. Every call names the revision it read.
 */
import { useState } from 'react';
import { useText } from '../i18n/lang';
import { allowedActions, type WorkflowAction } from './allowed-actions';

export type { WorkflowAction } from './allowed-actions';

interface Props {
  status: string;
  isLatest: boolean;
  roles: string[];
  /** The signed-in officer (sub). */
  me: string;
  /** Who submitted the version now in review (the API refuses them "approve"). */
  submittedBy?: string;
  dirty: boolean;
  busy: boolean;
  /** The published version is not in the portal's current catalog yet. */
  portalPending: boolean;
  onAction(action: WorkflowAction, comment?: string): void;
}

const STEPS = [
  ['draft', 'Bản nháp', 'Draft'],
  ['in-review', 'Chờ duyệt', 'In review'],
  ['approved', 'Đã duyệt', 'Approved'],
  ['published', 'Đã công bố', 'Published'],
  ['portal', 'Trên Cổng dịch vụ công', 'On the citizen portal'],
] as const;

/** The action bar of the editor. */
export function WorkflowActions(props: Props) {
  const { L } = useText();
  const { status, dirty, busy, onAction } = props;
  const [comment, setComment] = useState('');
  const allowed = new Set(allowedActions(props));
  const current = status === 'published' && !props.portalPending ? 'portal' : status;
  const at = STEPS.findIndex(([key]) => key === current);

  return (
    <section className="workflow" aria-label={L('Quy trình công bố', 'Publishing path')}>
      <ol className="steps-path">
        {STEPS.map(([key, vi, en], i) => (
          <li key={key} aria-current={i === at ? 'step' : undefined} className={i < at ? 'done' : ''}>
            {L(vi, en)}
          </li>
        ))}
      </ol>
      <p className="small" data-testid="workflow-next">
        {nextStep(props, L)}
      </p>
      <div className="actions" role="toolbar" aria-label={L('Thao tác', 'Actions')}>
        {allowed.has('save') && (
          <button
            type="button"
            className="primary"
            disabled={busy || !dirty}
            onClick={() => onAction('save')}
          >
            {L('Lưu', 'Save')}
          </button>
        )}
        {allowed.has('submit') && (
          <button
            type="button"
            disabled={busy || dirty}
            onClick={() => onAction('submit')}
            title={dirty ? L('Lưu trước khi gửi duyệt', 'Save first') : undefined}
          >
            {L('Gửi duyệt', 'Submit for review')}
          </button>
        )}
        {allowed.has('approve') && (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => onAction('approve', comment)}
          >
            {L('Phê duyệt', 'Approve')}
          </button>
        )}
        {allowed.has('send-back') && (
          <>
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
        {allowed.has('publish') && (
          <button type="button" className="primary" disabled={busy} onClick={() => onAction('publish')}>
            {L('Công bố và cập nhật Cổng dịch vụ công', 'Publish and update the portal')}
          </button>
        )}
        {allowed.has('new-version') && (
          <button type="button" disabled={busy} onClick={() => onAction('new-version')}>
            {L('Tạo phiên bản mới để sửa', 'Start a new version')}
          </button>
        )}
        {allowed.has('release') && (
          <button type="button" className="primary" disabled={busy} onClick={() => onAction('release')}>
            {L('Cập nhật lên Cổng dịch vụ công', 'Update the public portal')}
          </button>
        )}
      </div>
    </section>
  );
}

/** One sentence: what happens next and who does it. */
function nextStep(p: Props, L: (vi: string, en: string) => string): string {
  switch (p.status) {
    case 'draft':
      return p.dirty
        ? L(
            'Có thay đổi chưa lưu: bấm "Lưu", rồi "Gửi duyệt".',
            'Unsaved changes: press "Save", then "Submit for review".',
          )
        : L(
            'Tiếp theo: người soạn bấm "Gửi duyệt"; một cán bộ phê duyệt khác sẽ xem xét.',
            'Next: the author presses "Submit for review"; another approver reviews it.',
          );
    case 'in-review':
      return p.submittedBy === p.me && p.roles.some((r) => r === 'approver' || r === 'admin')
        ? L(
            'Bạn đã gửi duyệt phiên bản này nên không thể tự phê duyệt: cần một cán bộ phê duyệt khác.',
            'You submitted this version, so you cannot approve it: another approver must.',
          )
        : L(
            'Tiếp theo: cán bộ phê duyệt bấm "Phê duyệt" hoặc trả lại.',
            'Next: an approver approves or sends it back.',
          );
    case 'approved':
      return L(
        'Tiếp theo: cán bộ công bố bấm "Công bố": phiên bản có hiệu lực và Cổng dịch vụ công được cập nhật ngay.',
        'Next: a publisher presses "Publish": the version takes effect and the portal is updated at once.',
      );
    case 'published':
      return p.portalPending
        ? L(
            'Đã công bố nhưng Cổng dịch vụ công CHƯA cập nhật: người dân vẫn thấy bản cũ cho tới khi cán bộ công bố bấm "Cập nhật lên Cổng dịch vụ công".',
            'Published, but the portal is NOT updated yet: citizens see the old catalog until a publisher presses "Update the public portal".',
          )
        : L(
            'Đang áp dụng và hiển thị trên Cổng dịch vụ công. Muốn sửa: "Tạo phiên bản mới để sửa".',
            'Live on the citizen portal. To change it: "Start a new version".',
          );
    default:
      return '';
  }
}
