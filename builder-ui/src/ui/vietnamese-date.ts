/**
 * Dates as Vietnamese write them (dd/mm/yyyy) on screen, as the catalog stores them
 * (YYYY-MM-DD) in the answers.
 */

/** `2026-01-15` → `15/01/2026`; anything else (a half-typed date) unchanged. */
export function isoToDisplay(value: unknown): string {
  if (typeof value !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/**
 * What a typed date stores: `15/1/2026` (also with `.` or `-`) → `2026-01-15`; an ISO date as is;
 * empty → undefined; anything else as typed, so validation names it instead of losing it.
 */
export function displayToIso(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return t;
}
