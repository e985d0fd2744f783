// Kazakhstan's working-day calendar (five-day week), DOMAIN.md §2: rule-based holidays with their carry-over, plus days entered by hand.
export type CalendarDayKind = 'holiday' | 'day_off' | 'moved_day_off' | 'working_weekend';

export type CalendarDay = { date: string; kind: CalendarDayKind; source: string; note?: string };

/** Public holidays by month-day; `carries` says whether one on a weekend moves the day off to the next working day. */
const fixedHolidays: { monthDay: string; note: string; carries: boolean }[] = [
  { monthDay: '01-01', note: 'Жаңа жыл / Новый год', carries: true },
  { monthDay: '01-02', note: 'Жаңа жыл / Новый год', carries: true },
  { monthDay: '01-07', note: 'Православное Рождество', carries: false },
  { monthDay: '03-08', note: 'Халықаралық әйелдер күні / Международный женский день', carries: true },
  { monthDay: '03-21', note: 'Наурыз мейрамы', carries: true },
  { monthDay: '03-22', note: 'Наурыз мейрамы', carries: true },
  { monthDay: '03-23', note: 'Наурыз мейрамы', carries: true },
  {
    monthDay: '05-01',
    note: 'Қазақстан халқының бірлігі мерекесі / Праздник единства народа Казахстана',
    carries: true,
  },
  { monthDay: '05-07', note: 'Отан қорғаушы күні / День защитника Отечества', carries: true },
  { monthDay: '05-09', note: 'Жеңіс күні / День Победы', carries: true },
  { monthDay: '07-06', note: 'Астана күні / День столицы', carries: true },
  { monthDay: '08-30', note: 'Конституция күні / День Конституции', carries: true },
  { monthDay: '10-25', note: 'Республика күні / День Республики', carries: true },
  { monthDay: '12-16', note: 'Тәуелсіздік күні / День Независимости', carries: true },
];

const LABOUR_CODE = 'Трудовой кодекс РК ст. 84–85; Закон «О праздниках в Республике Казахстан»';

/** Days entered by hand each year: Курбан айт (set yearly, never carried) and the Minister's moves (Labour Code art. 85 p. 3). */
export const manualCalendarDays: CalendarDay[] = [
  {
    date: '2024-06-17',
    kind: 'holiday',
    source: 'Постановление Правительства РК (Курбан айт 2024)',
    note: 'Құрбан айт / Курбан айт',
  },
  {
    date: '2025-06-06',
    kind: 'holiday',
    source: 'Постановление Правительства РК (Курбан айт 2025)',
    note: 'Құрбан айт / Курбан айт',
  },
  {
    date: '2026-05-27',
    kind: 'holiday',
    source: 'Постановление Правительства РК (Курбан айт 2026)',
    note: 'Құрбан айт / Курбан айт',
  },
  {
    date: '2025-01-03',
    kind: 'moved_day_off',
    source: 'Приказ Министра труда и социальной защиты населения РК о переносе выходных дней в 2025 году',
    note: 'перенос с 5 января',
  },
  {
    date: '2025-01-05',
    kind: 'working_weekend',
    source: 'Приказ Министра труда и социальной защиты населения РК о переносе выходных дней в 2025 году',
    note: 'рабочее воскресенье',
  },
];

const DAY_MS = 86_400_000;

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function isWeekend(iso: string): boolean {
  const day = toDate(iso).getUTCDay();
  return day === 0 || day === 6;
}

export function addCalendarDays(iso: string, days: number): string {
  return toIso(new Date(toDate(iso).getTime() + days * DAY_MS));
}

/** The rule-based days of a year: fixed holidays and, for one on a weekend, the carried day off after it. */
export function generateRuleBasedDays(
  year: number,
  manual: readonly CalendarDay[] = manualCalendarDays,
): CalendarDay[] {
  const days: CalendarDay[] = fixedHolidays.map((h) => ({
    date: `${year}-${h.monthDay}`,
    kind: 'holiday',
    source: LABOUR_CODE,
    note: h.note,
  }));
  const taken = new Set([...days, ...manual].map((d) => d.date));
  for (const holiday of fixedHolidays) {
    const date = `${year}-${holiday.monthDay}`;
    if (!holiday.carries || !isWeekend(date)) continue;
    // The day off moves to the next weekday that is not itself a holiday or already a moved day off.
    let candidate = addCalendarDays(date, 1);
    while (isWeekend(candidate) || taken.has(candidate)) candidate = addCalendarDays(candidate, 1);
    taken.add(candidate);
    days.push({ date: candidate, kind: 'moved_day_off', source: LABOUR_CODE, note: `перенос с ${date}` });
  }
  return days;
}

/** The calendar of the given years: rule-based days plus the manual ones (a manual entry wins on the same date). */
export function buildCalendar(
  years: readonly number[],
  manual: readonly CalendarDay[] = manualCalendarDays,
): Map<string, CalendarDay> {
  const calendar = new Map<string, CalendarDay>();
  for (const year of years) for (const day of generateRuleBasedDays(year, manual)) calendar.set(day.date, day);
  for (const day of manual) calendar.set(day.date, day);
  return calendar;
}

export type WorkingCalendar = ReadonlyMap<string, CalendarDay>;

export function isWorkingDay(iso: string, calendar: WorkingCalendar): boolean {
  const entry = calendar.get(iso);
  if (entry) return entry.kind === 'working_weekend';
  return !isWeekend(iso);
}

/** The n-th working day after `iso` (n ≥ 1): "published on the 3rd working day" is addWorkingDays(submitted, 3). */
export function addWorkingDays(iso: string, n: number, calendar: WorkingCalendar): string {
  let date = iso;
  for (let counted = 0; counted < n; ) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, calendar)) counted++;
  }
  return date;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`): the age of a record. */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  let count = 0;
  for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
    if (isWorkingDay(date, calendar)) count++;
  }
  return count;
}

/** Kazakhstan has one time zone, UTC+5 since 1 March 2024: the calendar date of an instant there. */
export function dateInKazakhstan(instant: Date): string {
  return toIso(new Date(instant.getTime() + 5 * 3_600_000));
}
