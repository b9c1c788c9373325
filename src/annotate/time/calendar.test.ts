import { describe, expect, it } from 'vitest';
import { addDays, formatCivilDate, parseCivilDate, weekdayOf, weekStart } from './calendar.ts';

describe('calendar', () => {
  it('reads a date and the local date of an ISO time, and rejects days that do not exist', () => {
    expect(parseCivilDate('2026-03-12')).toEqual({ year: 2026, month: 3, day: 12 });
    expect(parseCivilDate('2026-03-12T23:30:00-05:00')).toEqual({ year: 2026, month: 3, day: 12 });
    expect(parseCivilDate('2025-02-29')).toBeUndefined();
    expect(parseCivilDate('12 March 2026')).toBeUndefined();
  });

  it('counts days across month and year ends and knows the weekday', () => {
    expect(formatCivilDate(addDays({ year: 2024, month: 12, day: 30 }, 3))).toBe('2025-01-02');
    expect(formatCivilDate(addDays({ year: 2024, month: 3, day: 1 }, -1))).toBe('2024-02-29');
    expect(weekdayOf({ year: 2026, month: 3, day: 12 })).toBe(4);
    expect(formatCivilDate(weekStart({ year: 2026, month: 3, day: 15 }))).toBe('2026-03-09');
  });
});
