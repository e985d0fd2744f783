// How long an application has waited, in Kazakhstan's working days, and when a returned one may be closed as abandoned.
import {
  buildCalendar,
  dateInKazakhstan,
  type WorkingCalendar,
  workingDaysBetween,
} from '../../../shared/calendar/working-days';

const calendars = new Map<string, WorkingCalendar>();

function calendarFor(from: string, to: string): WorkingCalendar {
  const key = `${from.slice(0, 4)}-${to.slice(0, 4)}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    const first = Number(from.slice(0, 4));
    const years = Array.from({ length: Math.max(1, Number(to.slice(0, 4)) - first + 1) }, (_, i) => first + i);
    calendar = buildCalendar(years);
    calendars.set(key, calendar);
  }
  return calendar;
}

/** Working days after `since` up to `until` (calendar dates in Kazakhstan); null when there is no `since`. */
export function ageInWorkingDays(since: Date | null, until: Date): number | null {
  if (!since) return null;
  const from = dateInKazakhstan(since);
  const to = dateInKazakhstan(until);
  return workingDaysBetween(from, to, calendarFor(from, to));
}

/** The administrator's settings for abandoned applications, each with the default an absent setting means. */
export const AbandonmentSetting = {
  /** A returned application may be closed once it has waited this many working days (and the notice was sent). */
  closeAfter: 'abandon_after_working_days',
  /** The employer is told it may be closed once it has waited this many working days. */
  noticeAfter: 'abandon_notice_working_days',
} as const;
export type AbandonmentSettingKey = (typeof AbandonmentSetting)[keyof typeof AbandonmentSetting];

export type AbandonmentSettings = { closeAfterWorkingDays: number; noticeAfterWorkingDays: number };

// A platform policy, not a rule of the regulation: a month of working days to correct, told a week before.
export const defaultAbandonmentSettings: AbandonmentSettings = {
  closeAfterWorkingDays: 20,
  noticeAfterWorkingDays: 15,
};

export type AbandonmentFacts = { returnedAt: Date | null; noticeSentAt: Date | null; closeAfterWorkingDays: number };

/** Why a returned application may not be closed as abandoned now; null when it may. */
export function abandonmentRefusal(
  facts: AbandonmentFacts,
  now: Date,
): 'subsidized_jobs.abandonment_notice_not_sent' | 'subsidized_jobs.abandonment_too_early' | null {
  const waited = ageInWorkingDays(facts.returnedAt, now);
  if (waited === null || waited < facts.closeAfterWorkingDays) return 'subsidized_jobs.abandonment_too_early';
  if (!facts.noticeSentAt) return 'subsidized_jobs.abandonment_notice_not_sent';
  return null;
}
