import { describe, expect, it } from 'vitest';
import { addWorkingDays, dueDate } from '../../../functions/use-cases/submissions/due-date';

describe('due date on the receipt', () => {
  it('skips the weekend when counting working days', () => {
    // 2026-03-13 is a Friday.
    expect(addWorkingDays('2026-03-13', 1)).toBe('2026-03-16');
    expect(addWorkingDays('2026-03-13', 3)).toBe('2026-03-18');
    expect(addWorkingDays('2026-03-11', 2)).toBe('2026-03-13');
  });

  it('uses the Vietnamese calendar date of the filing instant', () => {
    // 18:00 UTC on Thursday is already Friday 01:00 in Vietnam.
    expect(dueDate({ type: 'working-days', value: 1 }, new Date('2026-03-12T18:00:00Z'))).toBe('2026-03-16');
    expect(dueDate({ type: 'calendar-days', value: 3 }, new Date('2026-03-12T18:00:00Z'))).toBe('2026-03-16');
  });

  it('returns same-day results the next working day after the cut-off hour', () => {
    const sameDay = { type: 'same-day', cutoffHour: 15 } as const;
    expect(dueDate(sameDay, new Date('2026-03-12T07:00:00Z'))).toBe('2026-03-12'); // 14:00 in Vietnam
    expect(dueDate(sameDay, new Date('2026-03-13T08:30:00Z'))).toBe('2026-03-16'); // Friday 15:30 → Monday
  });
});
