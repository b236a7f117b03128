/**
 * An approver accepts a policy or registry version in review. Four-eyes: whoever submitted it or
 * wrote any of its content cannot approve it (403 `review.own-submission`), whatever their roles.
 */
import { ForbiddenError } from '../../errors';
import type { CatalogDocKind, Officer } from '../../ports';
import { type DocDeps, transitionDoc } from './transition-doc';

export function approveDoc(
  deps: DocDeps,
  officer: Officer,
  input: { kind: CatalogDocKind; id: string; version: number; ifMatch?: string; comment?: string },
) {
  return transitionDoc(deps, officer, {
    ...input,
    roles: ['approver'],
    from: ['in-review'],
    to: 'approved',
    action: `${input.kind}.approve`,
    guard: (version) => {
      if (version.submittedBy === officer.sub || version.authors.includes(officer.sub)) {
        throw new ForbiddenError('review.own-submission', {
          vi: 'Bạn không thể tự phê duyệt nội dung do chính mình gửi duyệt; cần một cán bộ phê duyệt khác.',
          en: 'You cannot approve what you submitted yourself; another approver must review it.',
        });
      }
    },
    patch: { approvedBy: officer.sub, reviewComment: input.comment },
    detail: input.comment ? { comment: input.comment } : {},
  });
}
