/** An author hands a draft to the approvers. Only a draft that validates clean may go (422 otherwise). */
import { ValidationFailedError } from '../../errors';
import type { AppDeps, Officer } from '../../ports';
import { checkDefinition } from './check-definition';
import { transitionVersion } from './transition-version';

/** draft → in-review, after format + semantic checks + the embedded test cases all pass. */
export function submitForReview(
  deps: Pick<AppDeps, 'procedures' | 'audit' | 'clock' | 'catalog'>,
  officer: Officer,
  input: { procedureId: string; version: number; ifMatch?: string },
) {
  return transitionVersion(deps, officer, {
    ...input,
    roles: ['author'],
    from: ['draft'],
    to: 'in-review',
    action: 'procedure.submit',
    guard: (version) => {
      const report = checkDefinition(deps.catalog, version.definition);
      if (!report.valid) {
        throw new ValidationFailedError(report.errors, {
          vi: 'Bản nháp chưa đạt kiểm tra (định dạng, ngữ nghĩa hoặc ca kiểm thử) nên chưa gửi duyệt được.',
          en: 'The draft does not pass its checks (format, semantics or test cases), so it cannot be submitted.',
        });
      }
    },
    patch: { reviewComment: undefined },
  });
}
