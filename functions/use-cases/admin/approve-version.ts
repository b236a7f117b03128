/**
 * An approver accepts a version in review. Four-eyes rule: the officer who submitted it cannot
 * approve it (403 `review.own-submission`), nor can anyone who wrote any of its revisions (403
 * `review.own-content`), even holding the approver or admin role — the point of review is a
 * second person.
 */
import { ForbiddenError } from '../../errors';
import type { AppDeps, Officer } from '../../ports';
import { assertNotAuthor } from './four-eyes';
import { transitionVersion } from './transition-version';

/** in-review → approved. */
export function approveVersion(
  deps: Pick<AppDeps, 'procedures' | 'audit' | 'clock'>,
  officer: Officer,
  input: { procedureId: string; version: number; ifMatch?: string; comment?: string },
) {
  return transitionVersion(deps, officer, {
    ...input,
    roles: ['approver'],
    from: ['in-review'],
    to: 'approved',
    action: 'procedure.approve',
    guard: (version) => {
      // while in review, updatedBy is the submitter: nothing else writes an in-review version
      if (version.updatedBy === officer.sub) {
        throw new ForbiddenError('review.own-submission', {
          vi: 'Bạn không thể tự phê duyệt hồ sơ thủ tục do chính mình gửi duyệt; cần một cán bộ phê duyệt khác.',
          en: 'You cannot approve a version you submitted yourself; another approver must review it.',
        });
      }
      assertNotAuthor(version, officer, 'approve');
    },
    patch: { reviewComment: input.comment },
    detail: input.comment ? { comment: input.comment } : {},
  });
}
