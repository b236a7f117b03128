/** The date widget's conversions: dd/mm/yyyy typed, YYYY-MM-DD stored. */
import { describe, expect, it } from 'vitest';
import { displayToIso, isoToDisplay } from '../../builder-ui/src/ui/vietnamese-date';

describe('dates typed as Vietnamese write them', () => {
  it('stores dd/mm/yyyy (also d/m/yyyy, with dots or dashes) as YYYY-MM-DD', () => {
    expect(displayToIso('15/01/2026')).toBe('2026-01-15');
    expect(displayToIso(' 5/1/2026 ')).toBe('2026-01-05');
    expect(displayToIso('05.01.2026')).toBe('2026-01-05');
    expect(displayToIso('05-01-2026')).toBe('2026-01-05');
  });

  it('keeps an ISO date, forgets an empty box, and passes anything else on for validation to name', () => {
    expect(displayToIso('2026-01-15')).toBe('2026-01-15');
    expect(displayToIso('   ')).toBeUndefined();
    expect(displayToIso('15/01')).toBe('15/01');
  });

  it('shows a stored date as dd/mm/yyyy and a half-typed one as it is', () => {
    expect(isoToDisplay('2026-01-15')).toBe('15/01/2026');
    expect(isoToDisplay('15/01')).toBe('15/01');
    expect(isoToDisplay(undefined)).toBe('');
  });
});
