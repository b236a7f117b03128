/**
 * Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact. Filing dates,
 * policy windows and due dates are Vietnamese calendar dates: a dossier filed at 23:30 UTC is
 * filed "tomorrow" in Hà Nội.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The Vietnam-local calendar date of an instant, as YYYY-MM-DD. Example: 2026-01-01T18:00Z → 2026-01-02. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Vietnam-local hour (0–23) of an instant. */
export function vietnamHour(instant: Date): number {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).getUTCHours();
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}
