/**
 * A publisher publishes an approved version to take effect on a legal date ("có hiệu lực từ").
 * Until that day the version in force keeps serving and the portal announces the coming change;
 * on that day readers switch to it by date (in-force.ts). Same four-eyes rule as publishing.
 */

import { isCalendarDate } from '../../core/index';
import { BadRequestError } from '../../errors';
import type { AppDeps, Officer } from '../../ports';
import { vietnamDate } from '../forms/vietnam-date';
import { assertNotAuthor } from './four-eyes';
import { settledPointers } from './in-force';
import { transitionVersion } from './transition-version';

/** approved → published, in force from `effectiveFrom` (a day after today). */
export function scheduleVersion(
  deps: Pick<AppDeps, 'procedures' | 'audit' | 'clock'>,
  officer: Officer,
  input: { procedureId: string; version: number; effectiveFrom: unknown; ifMatch?: string },
) {
  const today = vietnamDate(deps.clock.now());
  const from = input.effectiveFrom;
  if (!isCalendarDate(from) || from <= today) {
    throw new BadRequestError('schedule.invalid-date', {
      vi: `Ngày có hiệu lực phải là một ngày sau hôm nay (${today}), dạng YYYY-MM-DD; để áp dụng ngay, hãy dùng "Công bố".`,
      en: `The effective date must be a day after today (${today}), as YYYY-MM-DD; to apply it now, publish it.`,
    });
  }
  return transitionVersion(deps, officer, {
    procedureId: input.procedureId,
    version: input.version,
    ifMatch: input.ifMatch,
    roles: ['publisher'],
    from: ['approved'],
    to: 'published',
    action: 'procedure.schedule',
    guard: (version) => assertNotAuthor(version, officer, 'publish'),
    patch: { publishedAt: deps.clock.now().toISOString(), effectiveFrom: from },
    headPatch: (head) => ({
      publishedVersion: settledPointers(head, today).publishedVersion,
      scheduled: { version: input.version, from },
    }),
    detail: (before) => ({
      effectiveFrom: from,
      inForceUntilThen: settledPointers(before, today).publishedVersion,
    }),
  });
}
