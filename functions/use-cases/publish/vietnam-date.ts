/** Vietnam has one time zone, UTC+7, with no daylight saving: its calendar date is a fixed shift. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
