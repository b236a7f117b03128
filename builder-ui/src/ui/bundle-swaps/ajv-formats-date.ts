/**
 * In the browser the `date` format is ajv-formats' own (already in the bundle for `time`,
 * `date-time`, `email` and `uri`): functions/core/formats/full-date.ts gives the same verdicts
 * without allocating, which pays only on a server checking hundreds of thousands of submissions
 * (test/core/format-fast-paths.test.ts compares the two), so the citizen's apply page leaves it out.
 */
import { fullFormats } from 'ajv-formats/dist/formats';

const date = fullFormats.date as { validate: (s: string) => boolean };

export function isFullDate(s: string): boolean {
  return date.validate(s);
}
