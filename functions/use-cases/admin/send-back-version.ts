/** An approver returns a version to its author with a comment saying what to fix. */
import { BadRequestError } from '../../errors';
import type { AppDeps, Officer } from '../../ports';
import { transitionVersion } from './transition-version';

/** in-review | approved → draft; the comment is required and kept on the version. */
export function sendBackVersion(
  deps: Pick<AppDeps, 'procedures' | 'audit' | 'clock'>,
  officer: Officer,
  input: { procedureId: string; version: number; ifMatch?: string; comment: unknown },
) {
  const comment = typeof input.comment === 'string' ? input.comment.trim() : '';
  if (comment === '' || comment.length > 2000) {
    throw new BadRequestError('review.comment-required', {
      vi: 'Khi trả lại cần ghi nhận xét (trường "comment", 1–2000 ký tự) để người soạn biết cần sửa gì.',
      en: 'Sending back needs a comment ("comment", 1–2000 characters) telling the author what to fix.',
    });
  }
  return transitionVersion(deps, officer, {
    procedureId: input.procedureId,
    version: input.version,
    ifMatch: input.ifMatch,
    roles: ['approver'],
    from: ['in-review', 'approved'],
    to: 'draft',
    action: 'procedure.send-back',
    patch: { reviewComment: comment },
    detail: { comment },
  });
}
