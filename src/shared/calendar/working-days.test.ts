import { describe, expect, it } from 'vitest';
import { addWorkingDays, buildCalendar, dateInKazakhstan, isWorkingDay, workingDaysBetween } from './working-days';

const calendar = buildCalendar([2024, 2025, 2026]);

function nonWorkingWeekdays(year: number): string[] {
  const days: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d = new Date(d.getTime() + 86_400_000)) {
    const iso = d.toISOString().slice(0, 10);
    const weekday = d.getUTCDay() !== 0 && d.getUTCDay() !== 6;
    if (weekday && !isWorkingDay(iso, calendar)) days.push(iso);
  }
  return days;
}

function workingDaysIn(year: number): number {
  return workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`, calendar);
}

describe('working-day calendar (DOMAIN.md §2)', () => {
  it('2025: the non-working weekdays and 246 working days match the published calendar', () => {
    expect(nonWorkingWeekdays(2025)).toEqual([
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
      '2025-01-07',
      '2025-03-10',
      '2025-03-21',
      '2025-03-24',
      '2025-03-25',
      '2025-05-01',
      '2025-05-07',
      '2025-05-09',
      '2025-06-06',
      '2025-07-07',
      '2025-09-01',
      '2025-10-27',
      '2025-12-16',
    ]);
    expect(isWorkingDay('2025-01-05', calendar)).toBe(true); // Sunday worked by the Minister's order
    expect(workingDaysIn(2025)).toBe(246);
  });

  it('2026: the non-working weekdays and 246 working days match the published calendar', () => {
    expect(nonWorkingWeekdays(2026)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-03-09',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-05-01',
      '2026-05-07',
      '2026-05-11',
      '2026-05-27',
      '2026-07-06',
      '2026-08-31',
      '2026-10-26',
      '2026-12-16',
    ]);
    expect(workingDaysIn(2026)).toBe(246);
  });

  it('7 January is never carried over when it falls on a weekend', () => {
    // 7 Jan 2024 was a Sunday: no moved day off follows it.
    expect(isWorkingDay('2024-01-08', calendar)).toBe(true);
  });

  it('the 3rd working day skips weekends and holidays', () => {
    expect(addWorkingDays('2026-11-23', 3, calendar)).toBe('2026-11-26'); // Mon → Thu
    expect(addWorkingDays('2026-11-26', 3, calendar)).toBe('2026-12-01'); // Thu → Tue over a weekend
    expect(addWorkingDays('2026-03-20', 3, calendar)).toBe('2026-03-30'); // over Наурыз and its carried days
    expect(addWorkingDays('2026-12-14', 3, calendar)).toBe('2026-12-18'); // over Independence Day
  });

  it('counts the age of a record in working days', () => {
    expect(workingDaysBetween('2026-11-20', '2026-11-23', calendar)).toBe(1); // Fri → Mon
    expect(workingDaysBetween('2026-11-23', '2026-11-23', calendar)).toBe(0);
  });

  it('reads the calendar date in Kazakhstan (UTC+5)', () => {
    expect(dateInKazakhstan(new Date('2026-11-23T19:30:00Z'))).toBe('2026-11-24');
    expect(dateInKazakhstan(new Date('2026-11-23T18:59:59Z'))).toBe('2026-11-23');
  });
});
