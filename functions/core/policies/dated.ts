/**
 * A value that changes on known days: segments sorted by `from` (null = since always). The value
 * of a day is the one of the last segment starting on or before it.
 */
export interface DatedSegment<T> {
  from: string | null;
  value: T;
}

/** The segment in force on `date` (YYYY-MM-DD); the first one when `date` precedes them all. */
export function segmentAt<T>(
  segments: readonly DatedSegment<T>[],
  date: string,
): DatedSegment<T> | undefined {
  let found = segments[0];
  for (const s of segments) if (s.from === null || s.from <= date) found = s;
  return found;
}

/**
 * Builds segments from change days: one for "before the first change" and one per change day,
 * dropping a segment whose value equals the previous one (`same` decides equality).
 */
export function segmentsOver<T>(
  changeDays: readonly string[],
  valueOn: (date: string | null) => T,
  same: (a: T, b: T) => boolean,
): DatedSegment<T>[] {
  const out: DatedSegment<T>[] = [];
  for (const from of [null, ...changeDays]) {
    const value = valueOn(from);
    const last = out[out.length - 1];
    if (last && same(last.value, value)) continue;
    out.push({ from, value });
  }
  return out;
}
