/**
 * The appointment date (ngày hẹn trả) printed on a receipt, from the channel's processing time.
 * Working days skip Saturdays and Sundays; public holidays are not modelled yet (they change
 * by decree each year), so a due date may fall on one — the receipt says it is an estimate.
 */
import type { ProcessingTime } from '../../core/format/generated/procedure';
import { vietnamDate, vietnamHour } from '../forms/vietnam-date';

/** Days counted from the day after the dossier is received, skipping Sat/Sun. Example: Fri + 1 → Mon. */
export function addWorkingDays(date: string, days: number): string {
  let current = new Date(`${date}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    current = new Date(current.getTime() + 86_400_000);
    if (!isWeekend(current)) left -= 1;
  }
  return current.toISOString().slice(0, 10);
}

function addCalendarDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function isWeekend(day: Date): boolean {
  const weekday = day.getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The next working day on or after `date`. */
function onWorkingDay(date: string): string {
  return isWeekend(new Date(`${date}T00:00:00Z`)) ? addWorkingDays(date, 1) : date;
}

/**
 * The due date (Vietnam calendar date, YYYY-MM-DD) of a dossier received at `receivedAt`.
 * @example dueDate({ type: 'working-days', value: 3 }, new Date('2026-03-13T02:00:00Z')) // Fri → '2026-03-18'
 */
export function dueDate(time: ProcessingTime, receivedAt: Date): string {
  const received = vietnamDate(receivedAt);
  const value = time.value ?? 0;
  switch (time.type) {
    case 'working-days':
      return addWorkingDays(received, value);
    case 'calendar-days':
      return addCalendarDays(received, value);
    case 'hours':
      return onWorkingDay(vietnamDate(new Date(receivedAt.getTime() + value * 3_600_000)));
    case 'same-day': {
      const late = time.cutoffHour !== undefined && vietnamHour(receivedAt) >= time.cutoffHour;
      return late || isWeekend(new Date(`${received}T00:00:00Z`)) ? addWorkingDays(received, 1) : received;
    }
  }
}
