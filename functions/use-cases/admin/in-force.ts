/**
 * Which published version serves on a day. A version scheduled "có hiệu lực từ" a date takes over
 * from that day (Vietnam calendar) by read-time selection — nothing has to run at midnight, and a
 * reader on the day before still gets the previous version.
 */
import type { ProcedureHead } from '../../ports';

/** The version number in force on `date` (YYYY-MM-DD), or null when nothing is published. */
export function versionInForce(head: ProcedureHead, date: string): number | null {
  if (head.scheduled && head.scheduled.from <= date) return head.scheduled.version;
  return head.publishedVersion;
}

/** The head pointers with a schedule whose day has come folded into `publishedVersion`. */
export function settledPointers(
  head: ProcedureHead,
  date: string,
): Pick<ProcedureHead, 'publishedVersion' | 'scheduled'> {
  if (head.scheduled && head.scheduled.from <= date)
    return { publishedVersion: head.scheduled.version, scheduled: undefined };
  return { publishedVersion: head.publishedVersion, scheduled: head.scheduled };
}
