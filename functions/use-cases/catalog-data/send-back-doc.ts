/** An approver returns a policy or registry version to draft, with a comment saying why. */
import { BadRequestError } from '../../errors';
import type { CatalogDocKind, Officer } from '../../ports';
import { type DocDeps, transitionDoc } from './transition-doc';

export function sendBackDoc(
  deps: DocDeps,
  officer: Officer,
  input: { kind: CatalogDocKind; id: string; version: number; ifMatch?: string; comment: unknown },
) {
  const comment = typeof input.comment === 'string' ? input.comment.trim() : '';
  if (comment === '') {
    throw new BadRequestError('review.comment-required', {
      vi: 'Cần ghi lý do trả lại để người soạn biết phải sửa gì.',
      en: 'Say why it is sent back, so the author knows what to fix.',
    });
  }
  return transitionDoc(deps, officer, {
    ...input,
    roles: ['approver'],
    from: ['in-review', 'approved'],
    to: 'draft',
    action: `${input.kind}.send-back`,
    patch: { reviewComment: comment },
    detail: { comment },
  });
}
