/**
 * A publisher makes an approved version the live one — never one they wrote any revision of
 * (403 `review.own-content`, see four-eyes.ts). The version before it keeps its item
 * untouched (published versions are immutable) and is reported as superseded because the head no
 * longer points at it. The public catalog changes only when a release is built (publish-catalog).
 */
import type { AppDeps, Officer } from '../../ports';
import { assertNotAuthor } from './four-eyes';
import { transitionVersion } from './transition-version';

/** approved → published; head.publishedVersion moves to this version. */
export function publishVersion(
  deps: Pick<AppDeps, 'procedures' | 'audit' | 'clock'>,
  officer: Officer,
  input: { procedureId: string; version: number; ifMatch?: string },
) {
  return transitionVersion(deps, officer, {
    ...input,
    roles: ['publisher'],
    from: ['approved'],
    to: 'published',
    action: 'procedure.publish',
    guard: (version) => assertNotAuthor(version, officer, 'publish'),
    patch: { publishedAt: deps.clock.now().toISOString() },
    // publishing at once replaces a schedule of an older version (it would otherwise take over later)
    headPatch: (head) => ({
      publishedVersion: input.version,
      scheduled: head.scheduled && head.scheduled.version > input.version ? head.scheduled : undefined,
    }),
    detail: (before) => ({ supersedes: before.publishedVersion }),
  });
}
