/**
 * A readable diff between two versions of a procedure: the changes by JSON pointer (what the
 * editor can jump to) and a unified diff of the pretty-printed definitions (what a reviewer reads).
 */
import { createTwoFilesPatch } from 'diff';
import { definitionBounds } from '../../core/bounds/json-bounds';
import { BadRequestError } from '../../errors';
import type { AppDeps, Officer } from '../../ports';
import { assertJsonBounds } from '../assert-json-bounds';
import { type Change, describeChanges } from './describe-changes';
import { loadVersionFor } from './procedure-access';

export interface VersionDiff {
  procedureId: string;
  from: number;
  to: number;
  changes: Change[];
  unified: string;
}

/** Diff of `from` → `to`; both must be versions of the procedure (404 otherwise). */
export async function diffVersions(
  deps: Pick<AppDeps, 'procedures'>,
  officer: Officer,
  input: { procedureId: string; from: unknown; to: unknown },
): Promise<VersionDiff> {
  const from = versionNumber('from', input.from);
  const to = versionNumber('to', input.to);
  const a = await loadVersionFor(deps, officer, input.procedureId, from);
  const b = await loadVersionFor(deps, officer, input.procedureId, to);
  const before = a.version.definition;
  const after = b.version.definition;
  // Versions stored before bounds were enforced may be too deep for the (recursive) diff.
  for (const [n, definition] of [
    [from, before],
    [to, after],
  ] as const) {
    assertJsonBounds(definition, definitionBounds, { vi: `phiên bản ${n}`, en: `version ${n}` });
  }
  return {
    procedureId: input.procedureId,
    from,
    to,
    changes: describeChanges(before, after),
    unified: createTwoFilesPatch(
      `${input.procedureId}@v${from}.json`,
      `${input.procedureId}@v${to}.json`,
      `${JSON.stringify(before, null, 2)}\n`,
      `${JSON.stringify(after, null, 2)}\n`,
      undefined,
      undefined,
      { context: 3 },
    ),
  };
}

/** Parses a version number from the query string; 400 `diff.invalid-version` otherwise. */
export function versionNumber(name: string, raw: unknown): number {
  const value = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(value) || value < 1) {
    throw new BadRequestError('diff.invalid-version', {
      vi: `Tham số "${name}" phải là số phiên bản (số nguyên dương), ví dụ ?from=1&to=2.`,
      en: `The "${name}" parameter must be a version number (a positive integer), e.g. ?from=1&to=2.`,
    });
  }
  return value;
}
