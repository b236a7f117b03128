/**
 * Four eyes on content: whoever wrote any revision of a version (created it or saved it) cannot
 * approve or publish it, whoever pressed "submit" — otherwise an admin who wrote the content could
 * let a colleague submit it and then approve and publish it alone.
 */
import { ForbiddenError } from '../../errors';
import type { Officer, ProcedureVersion } from '../../ports';

/** Everyone who wrote content into the version. */
export function authorsOf(version: ProcedureVersion): string[] {
  return version.authors ?? [version.createdBy];
}

/** The authors after `sub` saved a revision. */
export function withAuthor(version: ProcedureVersion, sub: string): string[] {
  const authors = authorsOf(version);
  return authors.includes(sub) ? authors : [...authors, sub];
}

/** 403 `review.own-content` when the officer wrote any revision of the version. */
export function assertNotAuthor(
  version: ProcedureVersion,
  officer: Officer,
  step: 'approve' | 'publish',
): void {
  if (!authorsOf(version).includes(officer.sub)) return;
  const vi = step === 'approve' ? 'phê duyệt' : 'công bố';
  throw new ForbiddenError('review.own-content', {
    vi: `Bạn đã soạn nội dung của phiên bản ${version.version} nên không thể tự ${vi} nó; cần một cán bộ khác.`,
    en: `You wrote content of version ${version.version}, so you cannot ${step} it yourself; another officer must.`,
  });
}
